// Lessons for "Debugging a network that does not learn" (D01–D09) in TIPS.md, with the claims that are the same
// experiment (D05, L08). Margins are measured on seeds 1–3 by `npm run lessons` (docs/lessons.md).
import { allFieldsExcept, defineLesson } from './lessons';
import { deep, SMALL_CNN, STEADY } from './lessonParts';

/** D01: overfit one batch first. */
export const D01 = defineLesson({
  id: 'd01',
  title: 'First overfit one batch',
  summary: 'Both nets train on the same 32 images only: a sound one, and one with a bug in its output layer.',
  claims: ['D01'],
  // One batch of 32 is one step per epoch: 300 epochs are 300 steps on the same images.
  base: { ...STEADY, trainingSubset: 'oneBatch', epochs: 300, evalEverySteps: 100 },
  runs: [
    { key: 'sound', name: 'Sound net', settings: { outputActivation: 'none' } },
    { key: 'broken', name: 'Sigmoid on the output (bug)', settings: { outputActivation: 'sigmoid' } },
  ],
  hidden: allFieldsExcept('trainingSubset', 'outputActivation'),
  view: { metric: 'trainLoss', logScale: true },
  question: {
    prompt:
      'Each net sees the same 32 images over and over. After 300 steps, how low does each one’s training loss get?',
    choices: [
      'Both near zero: any net can memorize 32 images',
      'The sound net near zero; the buggy one stuck well above it',
      'Neither gets far: 32 images are too few to learn from',
    ],
    answer: 1,
  },
  watch:
    'Watch the training loss on the log scale: a sound net drives one batch’s loss down by orders of magnitude. The buggy net’s outputs are squashed into 0–1 before the softmax, so its loss cannot go below about 1.46.',
  // Seed 1: the sound net's loss 1.3e-4 over steps 251–300, the buggy one's 1.46 (its floor), 11,000× apart.
  expected: { kind: 'beats', metric: 'trainLoss', run: 'sound', other: 'broken', atStep: 300, byFactor: 100 },
});

/** D02: the learning rate trades speed for a finer minimum. */
export const D02 = defineLesson({
  id: 'd02',
  title: 'Learning rate: fast feedback or a finer minimum',
  summary: 'Adam at 0.01, 0.001 and 0.0001 for one epoch.',
  claims: ['D02'],
  base: { ...STEADY, evalEverySteps: 125 },
  runs: [
    { key: 'high', name: 'Adam 0.01', settings: { learningRate: 0.01 } },
    { key: 'usual', name: 'Adam 0.001', settings: { learningRate: 0.001 } },
    { key: 'low', name: 'Adam 0.0001', settings: { learningRate: 0.0001 } },
  ],
  hidden: allFieldsExcept('learningRate'),
  view: { metric: 'testAccuracy' },
  question: {
    prompt: 'Adam at three learning rates, ten times apart. Which one ends the epoch ahead?',
    choices: ['0.01: bigger steps go further', '0.001', '0.0001: small steps settle finest'],
    answer: 1,
  },
  watch:
    'Early on, the lowest rate is behind: slow feedback. The highest rate’s loss stays noisy and its accuracy jumps between evaluations: it oscillates around a minimum it cannot settle into.',
  expected: {
    kind: 'allOf',
    outcomes: [
      // Seed 1: at step 250, 0.001 92.46% vs 0.0001 85.79%; at 1875, 0.001 96.84% vs 0.01 95.07% (0.01 swings between
      // 92.6 and 95.2% over its last 500 steps; 0.0001 ends at 94.0%).
      { kind: 'beats', metric: 'testAccuracy', run: 'usual', other: 'low', atStep: 250, byPoints: 3 },
      { kind: 'beats', metric: 'testAccuracy', run: 'usual', other: 'high', atStep: 1875, byPoints: 0.5 },
    ],
  },
});

/** D03, D05, L08: batch size at equal epochs. */
export const D03 = defineLesson({
  id: 'd03',
  title: 'Batch size at equal epochs',
  summary: 'Two epochs over 6,000 images with batches of 1, 32 and 512.',
  claims: ['D03', 'D05', 'L08'],
  // 6,000 images × 2 epochs: 12,000 steps at batch 1, 374 at batch 32, 22 at batch 512. Each run is judged at its end.
  base: { ...STEADY, trainingSubset: 'examples', trainingExamples: 6000, epochs: 2, evalEverySteps: 0 },
  runs: [
    { key: 'b1', name: 'Batch 1', settings: { batchSize: 1 } },
    { key: 'b32', name: 'Batch 32', settings: { batchSize: 32 } },
    { key: 'b512', name: 'Batch 512', settings: { batchSize: 512 } },
  ],
  hidden: allFieldsExcept('batchSize', 'trainingExamples'),
  view: { metric: 'trainLoss', xAxis: 'epoch', logScale: true },
  question: {
    prompt: 'The same two passes over 6,000 images, in batches of 1, 32 or 512. Which batch size ends clearly behind?',
    choices: ['Batch 1', 'Batch 32', 'Batch 512'],
    answer: 2,
  },
  watch:
    'With the x axis in epochs, all three runs see the same images: batch 512 makes only 22 steps of them. Batch 1’s loss is the noisiest (D05: a larger batch averages its gradient over more examples), yet it learns from every single image.',
  // Seed 1 at the ends: batch 1 92.2% (12,000 steps, 71 s), batch 32 91.83% (374 steps, 6 s), batch 512 87.43% (22 steps).
  expected: { kind: 'beats', metric: 'testAccuracy', run: 'b32', other: 'b512', atStep: 'end', byPoints: 2 },
  honestNote:
    'The article says batch size 1 gives the finest-grained feedback, and that too large a batch lowers accuracy. Both show here, but batch 1 ended about level with batch 32 at equal epochs (seed 1: 92.2% vs 91.8%) while taking more than ten times as long: its feedback is fine-grained, and slow to get on a GPU that works best on many examples at once.',
});

/** D06: a wrong reshape destroys what a CNN relies on. */
export const D06 = defineLesson({
  id: 'd06',
  title: 'A wrong reshape blinds a CNN',
  summary: 'The same small CNN fed the images as they are, and with their pixels scrambled as a bad reshape would.',
  claims: ['D06'],
  base: { ...SMALL_CNN, evalEverySteps: 150 },
  runs: [
    { key: 'correct', name: 'Correct layout', settings: { wrongReshape: false } },
    { key: 'scrambled', name: 'Wrong reshape', settings: { wrongReshape: true } },
  ],
  hidden: allFieldsExcept('wrongReshape', 'architecture'),
  view: { metric: 'testAccuracy' },
  question: {
    prompt:
      'The scrambled images hold the same pixels, in a fixed but wrong order. After 300 steps, what does the CNN make of them?',
    choices: [
      'As well as of the real images: the pixels are all there',
      'Clearly worse: its 3×3 filters now see unrelated pixels',
      'Nothing at all: chance level',
    ],
    answer: 1,
  },
  watch:
    'Compare test accuracy: a 3×3 filter looks for strokes among neighbouring pixels, and after the bad reshape its neighbours come from all over the image.',
  expected: { kind: 'beats', metric: 'testAccuracy', run: 'correct', other: 'scrambled', atStep: 300, byPoints: 3 },
});

/** D07: L1 against L2 when some targets are wrong. */
export const D07 = defineLesson({
  id: 'd07',
  title: 'L1 is less sensitive to outliers than L2',
  summary: 'Regression on the digit’s value with 30% random labels, trained with L1 and with L2 loss.',
  claims: ['D07'],
  base: { ...STEADY, task: 'regression', labelNoise: 30 },
  runs: [
    { key: 'l1', name: 'L1 loss', settings: { regressionLoss: 'l1' } },
    { key: 'l2', name: 'L2 loss', settings: { regressionLoss: 'l2' } },
  ],
  hidden: allFieldsExcept('regressionLoss', 'labelNoise', 'task'),
  view: { metric: 'testAccuracy' },
  question: {
    prompt:
      'The net predicts each digit’s value (0–9); 30% of the training labels are random. Judged on clean test digits (a prediction counts when it rounds to the digit), which loss does better?',
    choices: ['L1 (absolute error)', 'L2 (squared error)', 'Neither: about the same'],
    answer: 0,
  },
  watch:
    'Compare test accuracy: L2 pulls each prediction towards the mean of the labels it saw, random ones included; L1 towards their median, which the 30% random labels move much less.',
  // Seed 1 at step 1875: L1 64.85%, L2 25.03% (L2's accuracy hovers at 17–29% all epoch).
  expected: { kind: 'beats', metric: 'testAccuracy', run: 'l1', other: 'l2', atStep: 1875, byPoints: 20 },
});

/** D09: the four-run case study. */
export const D09 = defineLesson({
  id: 'd09',
  title: 'Case study: clipping and batch norm hid a bad init',
  summary: 'A deep net from N(0, 1) weights, then with clipping, then with clipping and batch norm, and the real fix.',
  claims: ['D09'],
  base: { ...STEADY, hiddenLayers: deep(128, 8), batchSize: 64, evalEverySteps: 100 },
  runs: [
    { key: 'bad', name: 'N(0, 1)', settings: { initializer: 'standardNormal' } },
    {
      key: 'clipped',
      name: 'N(0, 1) + clipping',
      settings: { initializer: 'standardNormal', clipping: 'value', clipThreshold: 1 },
    },
    {
      key: 'masked',
      name: 'N(0, 1) + clipping + batch norm',
      settings: { initializer: 'standardNormal', clipping: 'value', clipThreshold: 1, batchNorm: 'beforeActivation' },
    },
    { key: 'fixed', name: 'He, no clipping, no batch norm', settings: { initializer: 'he' } },
  ],
  hidden: allFieldsExcept('initializer', 'clipping', 'clipThreshold', 'batchNorm'),
  view: { metric: 'testAccuracy' },
  question: {
    prompt:
      'A deep net starts from N(0, 1) weights. Clipping, then batch norm are added; or the init is fixed instead. Which run is ahead after 600 steps?',
    choices: ['N(0, 1) + clipping', 'N(0, 1) + clipping + batch norm', 'He, with neither'],
    answer: 2,
  },
  watch:
    'Clipping keeps the updates bounded but not the activations; batch norm rescales the activations, so the run with both looks healthy. The run that simply starts from He weights needs neither.',
  expected: {
    kind: 'allOf',
    outcomes: [
      // Seed 1 at step 600: N(0, 1) 71.5%, + clipping 73.02%, + clipping + batch norm 85.10%, He 94.06%; first losses
      // 2.3e7 for both N(0, 1) runs without batch norm, 2.59 with it, 2.30 for He.
      { kind: 'beats', metric: 'testAccuracy', run: 'masked', other: 'clipped', atStep: 600, byPoints: 5 },
      { kind: 'beats', metric: 'testAccuracy', run: 'fixed', other: 'clipped', atStep: 600, byPoints: 10 },
      { kind: 'beats', metric: 'testAccuracy', run: 'fixed', other: 'masked', atStep: 600, byPoints: 3 },
    ],
  },
});
