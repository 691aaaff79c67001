// Lessons for the Mechanics of TIPS.md (M01–M08) not already shown by another lesson (M01 is in T06, M02 in T05,
// M04 in L07, M06 in T01, M07 in L09, M08 in T08). Margins are measured on seeds 1–3 by `npm run lessons`.
import { allFieldsExcept, defineLesson } from './lessons';
import { STEADY } from './lessonParts';

/** M03: where batch norm goes. */
export const M03 = defineLesson({
  id: 'm03',
  title: 'Batch norm before or after the activation',
  summary: 'Batch norm between the weights and the ReLU, after the ReLU, and none.',
  claims: ['M03'],
  base: { ...STEADY, evalEverySteps: 125, batchNormMomentum: 0.99 },
  runs: [
    { key: 'before', name: 'Before the activation', settings: { batchNorm: 'beforeActivation' } },
    { key: 'after', name: 'After the activation', settings: { batchNorm: 'afterActivation' } },
    { key: 'off', name: 'No batch norm', settings: { batchNorm: 'off' } },
  ],
  hidden: allFieldsExcept('batchNorm', 'batchNormMomentum', 'batchNormEpsilon'),
  view: { metric: 'testAccuracy' },
  question: {
    prompt:
      'The article puts batch norm between the weights and the activation. After one epoch, how much does the other place cost?',
    choices: ['Several points', 'About a point or less', 'The other place is clearly better'],
    answer: 1,
  },
  watch:
    'Compare the runs with batch norm before and after the ReLU. Its momentum (0.99 here) sets how slowly the running mean and variance used for testing follow the batches: close to 1 is smooth.',
  // Seed 1 at step 1875: before 96.92%, after 96.51%, none 96.8%.
  expected: { kind: 'matches', metric: 'testAccuracy', run: 'before', other: 'after', atStep: 1875, withinPoints: 1.5 },
  honestNote:
    'The article’s placement is the original paper’s. On this two-layer net the placements end within about half a point of each other, and of the net without batch norm: batch norm earns its keep on deep nets and bad inits (lessons D04 and D09), not here.',
});

/** M05: fighting overfitting on a small training set. */
export const M05 = defineLesson({
  id: 'm05',
  title: 'Weight decay, max-norm and early stopping',
  summary: '1,000 training images for 40 epochs: no regularization, L2 weight decay, max-norm, early stopping.',
  claims: ['M05'],
  // 1,000 images in batches of 32: 31 steps per epoch, 1,240 steps in all.
  base: { ...STEADY, trainingSubset: 'examples', trainingExamples: 1000, epochs: 40, evalEverySteps: 62 },
  runs: [
    { key: 'none', name: 'No regularization', settings: {} },
    { key: 'l2', name: 'L2 1e-3', settings: { l2: 0.001 } },
    // He init gives each unit of the first layer incoming weights of norm about √2 ≈ 1.4: a limit of 1 binds at once.
    { key: 'maxNorm', name: 'Max-norm 1', settings: { maxNorm: 1 } },
    { key: 'early', name: 'Early stopping (patience 3)', settings: { earlyStoppingPatience: 3 } },
  ],
  hidden: allFieldsExcept('l1', 'l2', 'maxNorm', 'earlyStoppingPatience', 'dropout', 'trainingExamples'),
  view: { metric: 'testLoss' },
  question: {
    prompt:
      'With only 1,000 training images for 40 epochs, the unregularized net memorizes them. What do weight decay and early stopping change at the end?',
    choices: [
      'Test accuracy rises by several points',
      'The test loss is lower; test accuracy stays within about a point',
      'Nothing measurable',
    ],
    answer: 1,
  },
  watch:
    'Watch the test loss: without regularization it turns back up as the net memorizes its 1,000 images. Early stopping ends its run once the test loss has not improved for 3 evaluations; the other two keep the weights small.',
  expected: {
    kind: 'allOf',
    outcomes: [
      // Seed 1: test loss at the end 0.458 without regularization (up from 0.38 at step 372), 0.38 with L2, 0.403 with
      // early stopping (at step 496); test accuracy 89.9 / 89.0 / 89.5%. Max-norm 2 never bound (identical to none).
      { kind: 'beats', metric: 'testLoss', run: 'l2', other: 'none', atStep: 'end', byFactor: 1.1 },
      { kind: 'beats', metric: 'testLoss', run: 'early', other: 'none', atStep: 'end', byFactor: 1.05 },
    ],
  },
});
