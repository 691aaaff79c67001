// Lessons for "Reading the loss" (L01–L12) in TIPS.md, with the claims that are the same experiment (D08, M04,
// M07). Margins are measured on seeds 1–3 by `npm run lessons` (docs/lessons.md).
import { allFieldsExcept, defineLesson } from './lessons';
import { deep, STEADY } from './lessonParts';

/** L01, D08: a noisy loss with a falling trend. */
export const L01 = defineLesson({
  id: 'l01',
  title: 'A noisy loss can still be falling',
  summary: 'Batches of 8 at two learning rates, drawn raw and smoothed.',
  claims: ['L01', 'D08'],
  // 8,000 images in batches of 8: one epoch is 1,000 steps.
  base: { ...STEADY, batchSize: 8, trainingSubset: 'examples', trainingExamples: 8000 },
  runs: [
    { key: 'usual', name: 'Adam 0.001', settings: { learningRate: 0.001 } },
    { key: 'slow', name: 'Adam 0.0001', settings: { learningRate: 0.0001 } },
  ],
  hidden: allFieldsExcept('batchSize', 'learningRate'),
  view: { metric: 'trainLoss', smoothing: 0, logScale: true },
  question: {
    prompt:
      'With batches of 8 the loss of single steps jumps up and down. Over these 1,000 steps, does the slower run’s loss trend down at all?',
    choices: ['Yes, by at least half', 'Barely: it is only noise', 'No: it is stuck'],
    answer: 0,
  },
  watch:
    'The chart opens unsmoothed: single steps jump by a factor of several. Raise the smoothing to see the trend underneath, and switch the log scale off and on: the plot itself can hide or exaggerate what the loss does (D08).',
  expected: {
    kind: 'allOf',
    outcomes: [
      // Seed 1: 0.001 fell 6.79× (1.49 → 0.220), 0.0001 6.26× (2.21 → 0.353), from steps 1–50 to steps 951–1000.
      { kind: 'improves', run: 'usual', fromStep: 50, toStep: 1000, byFactor: 3 },
      { kind: 'improves', run: 'slow', fromStep: 50, toStep: 1000, byFactor: 3 },
    ],
  },
});

/** L02: wrong labels. */
export const L02 = defineLesson({
  id: 'l02',
  title: 'Wrong labels',
  summary: '0%, 20%, 50% and 100% of the training labels replaced by random ones.',
  claims: ['L02'],
  base: { ...STEADY, evalEverySteps: 125 },
  runs: [
    { key: 'clean', name: '0% random labels', settings: { labelNoise: 0 } },
    { key: 'noise20', name: '20% random labels', settings: { labelNoise: 20 } },
    { key: 'noise50', name: '50% random labels', settings: { labelNoise: 50 } },
    { key: 'noise100', name: '100% random labels', settings: { labelNoise: 100 } },
  ],
  hidden: allFieldsExcept('labelNoise'),
  view: { metric: 'testAccuracy' },
  question: {
    prompt:
      'Half the training labels are replaced by random digits. After one epoch, how accurate is that net on the clean test set?',
    choices: ['Near chance (about 10%)', 'About half as good as the clean net', 'Within a few points of the clean net'],
    answer: 2,
  },
  watch:
    'Compare the test accuracies, then the training losses: the noisy runs’ training loss stays high because the random labels cannot be fitted, while their test accuracy stays close to the clean run’s. Only 100% random labels leave nothing to learn.',
  expected: {
    kind: 'allOf',
    outcomes: [
      // Seed 1 at step 1875: clean 96.84%, 20% 95.30%, 50% 94.2% (swinging 91.5–94.2 over the last 750 steps), 100%
      // 9.66%; training losses 0.09 / 1.00 / 1.77 / 2.30.
      { kind: 'beats', metric: 'testAccuracy', run: 'clean', other: 'noise100', atStep: 1875, byPoints: 50 },
      { kind: 'matches', metric: 'testAccuracy', run: 'clean', other: 'noise20', atStep: 1875, withinPoints: 3 },
      { kind: 'matches', metric: 'testAccuracy', run: 'clean', other: 'noise50', atStep: 1875, withinPoints: 5 },
    ],
  },
  honestNote:
    'The article says wrong labels keep a net from converging. On MNIST, after one epoch, 20% random labels cost about 1.5 points of test accuracy and 50% about 3: the random labels of a class spread over all ten digits, so the true one still wins the vote. What they cost is training loss, which cannot fall below the noise. Only 100% random labels leave nothing to learn.',
});

/** L03: depth. */
export const L03 = defineLesson({
  id: 'l03',
  title: 'Too shallow?',
  summary: 'One, three and eight hidden layers of 64 units.',
  claims: ['L03'],
  base: { ...STEADY, evalEverySteps: 125 },
  runs: [
    { key: 'one', name: '1 layer', settings: { hiddenLayers: [64] } },
    { key: 'three', name: '3 layers', settings: { hiddenLayers: deep(64, 3) } },
    { key: 'eight', name: '8 layers', settings: { hiddenLayers: deep(64, 8) } },
  ],
  hidden: allFieldsExcept('hiddenLayers'),
  view: { metric: 'testAccuracy' },
  question: {
    prompt:
      'One, three or eight hidden layers of 64 ReLU units. After one epoch on MNIST, how far behind is the one-layer net?',
    choices: ['Far behind: it underfits', 'Within a couple of points', 'Ahead: deeper nets are harder to train'],
    answer: 1,
  },
  watch:
    'Compare the test-accuracy curves, and the training losses: a net that underfits has a training loss that stops falling early.',
  // Seed 1 at step 1875: 1 layer 95.07%, 3 layers 96.11%, 8 layers 95.0%; training losses 0.156 / 0.132 / 0.186.
  expected: {
    kind: 'allOf',
    outcomes: [
      { kind: 'matches', metric: 'testAccuracy', run: 'one', other: 'three', atStep: 1875, withinPoints: 2.5 },
      { kind: 'matches', metric: 'testAccuracy', run: 'eight', other: 'three', atStep: 1875, withinPoints: 2.5 },
    ],
  },
  honestNote:
    'The article says a net too shallow for the task underfits. MNIST is an easy task: after one epoch one hidden layer of 64 units is about a point behind three, and eight are no better than three, so depth cannot show much of its worth here.',
});

/** L04: too high a learning rate. */
export const L04 = defineLesson({
  id: 'l04',
  title: 'Too high a learning rate diverges',
  summary: 'Plain SGD at 10, 1, 0.1 and 0.001.',
  claims: ['L04'],
  base: { ...STEADY, optimizer: 'sgd', evalEverySteps: 100 },
  runs: [
    { key: 'lr10', name: 'SGD 10', settings: { learningRate: 10 } },
    { key: 'lr1', name: 'SGD 1', settings: { learningRate: 1 } },
    { key: 'lr01', name: 'SGD 0.1', settings: { learningRate: 0.1 } },
    { key: 'lr0001', name: 'SGD 0.001', settings: { learningRate: 0.001 } },
  ],
  hidden: allFieldsExcept('learningRate', 'optimizer'),
  view: { metric: 'trainLoss', logScale: true },
  question: {
    prompt: 'Plain SGD at 10, 1, 0.1 and 0.001. What happens to the run at 10?',
    choices: [
      'It learns fastest',
      'Its loss flies up by orders of magnitude, and may turn NaN',
      'It learns, only more noisily',
    ],
    answer: 1,
  },
  watch:
    'Watch the loss of the run at 10 on the log scale: it shoots up by many orders of magnitude; on some seeds the run stops with a NaN, which the run card reports with the step, on others every ReLU dies and the loss sits at 2.3. At 1 the loss jumps to about 20 and recovers, slowly; 0.1 learns fastest and 0.001 crawls: bisecting between the extremes finds the rate.',
  expected: {
    kind: 'allOf',
    outcomes: [
      // Seed 1 at step 500: SGD 1 74.6% (its loss peaked at 19.2 and stayed finite), 0.1 93.1%, 0.01 87.2%, 0.001 50.2%.
      // At SGD 10 the loss flies on every seed but turns NaN only on some: seed 1 NaN at step 10; seeds 2 and 3 peaked
      // at 5.0e15 and 7.6e7 and stayed finite. Hence `explodes`, not `diverges`.
      { kind: 'explodes', run: 'lr10', withinSteps: 500, factor: 1000 },
      { kind: 'staysFinite', run: 'lr01', throughStep: 500 },
      { kind: 'beats', metric: 'testAccuracy', run: 'lr01', other: 'lr1', atStep: 500, byPoints: 5 },
      { kind: 'beats', metric: 'testAccuracy', run: 'lr01', other: 'lr0001', atStep: 500, byPoints: 20 },
    ],
  },
  honestNote:
    'The article says the loss suddenly flies and the weights become NaN. The loss flies on every seed measured (to 10¹⁵ and beyond), but a NaN is a matter of luck: seed 1 hit one at step 10, seeds 2 and 3 stayed finite while their ReLUs died. A NaN is one way a too-high rate ends, not the only one.',
});

/** L05: width. */
export const L05 = defineLesson({
  id: 'l05',
  title: 'Width matters less than you think',
  summary: 'One hidden layer of 32, 256 and 1,024 units.',
  claims: ['L05'],
  base: { ...STEADY, evalEverySteps: 125 },
  runs: [
    { key: 'w32', name: '32 units', settings: { hiddenLayers: [32] } },
    { key: 'w256', name: '256 units', settings: { hiddenLayers: [256] } },
    { key: 'w1024', name: '1,024 units', settings: { hiddenLayers: [1024] } },
  ],
  hidden: allFieldsExcept('hiddenLayers'),
  view: { metric: 'testAccuracy' },
  question: {
    prompt: 'One hidden layer of 32, 256 or 1,024 units. After one epoch, how far apart are 256 and 1,024 units?',
    choices: ['1,024 is far ahead', 'Within about a point', '256 is far ahead'],
    answer: 1,
  },
  watch:
    'Compare the curves: 32 units is a few points behind; 256 and 1,024 are hard to tell apart, though 1,024 takes four times the work per step.',
  expected: {
    kind: 'allOf',
    outcomes: [
      // Seed 1 at step 1875: 32 units 93.63%, 256 96.75%, 1,024 97.04% (1,024 took 6× as long).
      { kind: 'matches', metric: 'testAccuracy', run: 'w256', other: 'w1024', atStep: 1875, withinPoints: 1 },
      { kind: 'beats', metric: 'testAccuracy', run: 'w256', other: 'w32', atStep: 1875, byPoints: 1.5 },
    ],
  },
});

/** L07, M04: dropout on a small training set. */
export const L07 = defineLesson({
  id: 'l07',
  title: 'Dropout on a small training set',
  summary: '2,000 training images for 30 epochs, with dropout 0, 0.25 and 0.5.',
  claims: ['L07', 'M04'],
  // 2,000 images in batches of 32: 62 steps per epoch, 1,860 steps in all.
  base: { ...STEADY, trainingSubset: 'examples', trainingExamples: 2000, epochs: 30, evalEverySteps: 124 },
  runs: [
    { key: 'none', name: 'No dropout', settings: { dropout: [0] } },
    { key: 'quarter', name: 'Dropout 0.25', settings: { dropout: [0.25] } },
    { key: 'half', name: 'Dropout 0.5', settings: { dropout: [0.5] } },
  ],
  hidden: allFieldsExcept('dropout', 'mcDropoutSamples', 'trainingExamples'),
  view: { metric: 'testLoss' },
  question: {
    prompt: 'With only 2,000 training images for 30 epochs, what does dropout 0.5 change at the end?',
    choices: [
      'Test accuracy rises by several points',
      'The test loss is a little lower; test accuracy about the same',
      'Nothing at all',
    ],
    answer: 1,
  },
  watch:
    'Watch the test loss: without dropout it turns back up once the net has memorized the 2,000 images, while the runs with dropout keep it down. Dropout is inverted: units are scaled up at training time, so testing needs no change.',
  // Seed 1 at the end (step 1860): test loss 0.363 without dropout (up from 0.30 at step 496), 0.36 at 0.25, 0.320 at
  // 0.5; test accuracy 92.3 / 92.3 / 92.4%. Training losses 0.0005 / 0.016 / 0.063.
  expected: { kind: 'beats', metric: 'testLoss', run: 'half', other: 'none', atStep: 'end', byFactor: 1.05 },
  honestNote:
    'The article says to regularize even with lots of data, and that dropout can speed MNIST training. On 2,000 images dropout 0.5 ends with a test loss 12–16% lower (seeds 1–3), and test accuracy about the same (seed 1: 92.4% with it, 92.3% without); it does not speed training here. What it visibly does is keep the training loss from collapsing to zero: the net memorizes less.',
});

/** L09, M07: gradient clipping at a high learning rate. */
export const L09 = defineLesson({
  id: 'l09',
  title: 'Gradient clipping at a high learning rate',
  summary: 'SGD at 3, a rate that blows up, without clipping, clipped by value and clipped by norm.',
  claims: ['L09', 'M07'],
  base: { ...STEADY, optimizer: 'sgd', learningRate: 3, evalEverySteps: 100 },
  runs: [
    { key: 'none', name: 'No clipping', settings: { clipping: 'none' } },
    { key: 'value', name: 'Clip by value (1)', settings: { clipping: 'value', clipThreshold: 1 } },
    { key: 'norm', name: 'Clip by norm (1)', settings: { clipping: 'norm', clipThreshold: 1 } },
  ],
  hidden: allFieldsExcept('clipping', 'clipThreshold', 'learningRate'),
  view: { metric: 'trainLoss', logScale: true },
  question: {
    prompt: 'SGD at a learning rate of 3, which blows the loss up. After 500 steps, which runs are still learning?',
    choices: [
      'None: clipping cannot save so high a rate',
      'Only the one clipped by norm',
      'Both clipped runs',
      'All three',
    ],
    answer: 1,
  },
  watch:
    'Without clipping the loss flies to about 10²⁴ and then sits at 2.3: every ReLU has died (see the dead-unit readout). Clipping by value cuts each component at ±1, which changes the gradient’s direction ([100, 1] becomes [1, 1]), and dies the same way; clipping by norm scales the whole gradient down, keeps its direction, and keeps learning.',
  expected: {
    kind: 'allOf',
    outcomes: [
      // Seed 1 at step 500: no clipping 10.1% (largest loss 4.9e24, every ReLU dead), by value 10.1% (99–100% dead), by
      // norm 52.5% (36–53% from step 100 on). At SGD 10 instead, the unclipped run turns NaN at step 10 and both
      // clipped runs stay finite at chance: SGD 3 is where the two clippings part.
      { kind: 'beats', metric: 'testAccuracy', run: 'norm', other: 'none', atStep: 500, byPoints: 10 },
      { kind: 'beats', metric: 'testAccuracy', run: 'norm', other: 'value', atStep: 500, byPoints: 10 },
    ],
  },
  honestNote:
    'Clipping by norm keeps the run alive, but at 27–53% test accuracy (seeds 1–3) where SGD at 0.1 reaches 93% in the same steps (lesson L04): it treats the symptom. Lowering the rate is the cure.',
});

/** L11: dead ReLUs, and leaky ReLU. */
export const L11 = defineLesson({
  id: 'l11',
  title: 'Dead ReLUs at a high learning rate',
  summary: 'ReLU and leaky ReLU trained with plain SGD at 0.5, a rate that kills some units.',
  claims: ['L11'],
  base: { ...STEADY, optimizer: 'sgd', learningRate: 0.5, evalEverySteps: 125 },
  runs: [
    { key: 'relu', name: 'ReLU', settings: { activation: 'relu' } },
    { key: 'leaky', name: 'Leaky ReLU (0.2)', settings: { activation: 'leakyRelu', activationAlpha: 0.2 } },
  ],
  hidden: allFieldsExcept('activation', 'activationAlpha', 'learningRate'),
  view: { metric: 'testAccuracy' },
  question: {
    prompt: 'Plain SGD at 0.5, five times its usual rate. After one epoch, which activation is ahead?',
    choices: ['ReLU', 'Leaky ReLU', 'They end about level'],
    answer: 2,
  },
  watch:
    'Open the run’s health readout: it counts the ReLU units that output zero for every example of a batch (dead units). A dead unit gets no gradient and cannot recover; a leaky unit always passes a little.',
  // Seed 1 at step 1875: ReLU 94.62% with 17% / 4% of its units dead in layers 1 / 2, leaky ReLU 93.81%. Tried first:
  // Adam at 0.01 (ReLU 95.07% with 64% / 59% dead, leaky 91.88%) and SGD at 1 (ReLU 96% / 86% dead, its accuracy
  // falling from 87.6% to 30–57%; leaky ReLU diverged at step 9).
  expected: { kind: 'matches', metric: 'testAccuracy', run: 'leaky', other: 'relu', atStep: 1875, withinPoints: 2 },
  honestNote:
    'The article says a flat loss with ReLU can mean dead units, cured by leaky ReLU. Dead units are real here: at this rate about a sixth of the first layer dies (seed 1), and at SGD 1 nearly all of it does and accuracy collapses. But leaky ReLU is no cure on MNIST: at SGD 0.5 the two end level; at SGD 1 leaky ReLU diverges within 10 steps; with Adam at 0.01 ReLU ends ahead with more than half its units dead. The cure that works is a lower rate.',
});

/** L12: training loss against test loss. */
export const L12 = defineLesson({
  id: 'l12',
  title: 'Training loss against test loss',
  summary: '500 training images against all 60,000, for the same 1,000 steps.',
  claims: ['L12'],
  base: { ...STEADY, epochs: 64, evalEverySteps: 100 },
  runs: [
    // 500 images in batches of 32: 15 steps per epoch, 64 epochs = 960 steps.
    { key: 'small', name: '500 images', settings: { trainingSubset: 'examples', trainingExamples: 500 } },
    { key: 'full', name: 'All 60,000 images', settings: { trainingSubset: 'full', epochs: 1 } },
  ],
  hidden: allFieldsExcept('trainingSubset', 'trainingExamples', 'epochs'),
  view: { metric: 'testLoss' },
  question: {
    prompt:
      'One net sees 500 images over and over, the other sees new images at every step. After 900 steps, which has the lower training loss, and which the lower test loss?',
    choices: [
      'The 500-image net has both',
      'The 500-image net has the lower training loss, the other the lower test loss',
      'The full net has both',
    ],
    answer: 1,
  },
  watch:
    'Compare the training losses, then the test losses: the 500-image net’s training loss falls towards zero while its test loss stalls and climbs — overfitting. Each run card’s verdict reads the two curves the same way.',
  expected: {
    kind: 'allOf',
    outcomes: [
      // Seed 1 at step 900: training loss 3.9e-4 (500 images) vs 0.163 (all), test accuracy 86.07% vs 95.36%; the
      // 500-image net's test loss climbs from 0.51 at step 100 to 0.63.
      { kind: 'beats', metric: 'trainLoss', run: 'small', other: 'full', atStep: 900, byFactor: 20 },
      { kind: 'beats', metric: 'testAccuracy', run: 'full', other: 'small', atStep: 900, byPoints: 5 },
    ],
  },
});
