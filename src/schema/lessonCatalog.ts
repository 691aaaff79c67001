// The lessons, as data (see lessons.ts). Every margin here is to be measured on 3 seeds by the coming
// `npm run lessons` harness before a classroom relies on it; until then each lesson says what was measured, once.
import { allFieldsExcept, defineLesson, type Lesson } from './lessons';
import { deep } from './lessonParts';
import { T01, T03, T04, T05, T06, T08, T09, T10 } from './lessonsGeneral';
import { D01, D02, D03, D06, D07, D09 } from './lessonsDebugging';
import { L01, L02, L03, L04, L05, L07, L09, L11, L12 } from './lessonsLoss';
import { M03, M05 } from './lessonsMechanics';

/** D04: batch norm hides a bad init. */
export const D04 = defineLesson({
  id: 'd04',
  title: 'Batch norm can hide a bad initialization',
  summary: 'Eight ReLU layers from N(0, 1) weights, with and without batch norm.',
  claims: ['D04'],
  base: {
    hiddenLayers: deep(256, 8),
    activation: 'relu',
    initializer: 'standardNormal',
    outputInitializer: 'glorot',
    optimizer: 'adam',
    learningRate: 0.001,
    batchSize: 64,
    schedule: 'constant',
    epochs: 1,
    evalEverySteps: 100,
    seed: 1,
  },
  runs: [
    { key: 'withoutBatchNorm', name: 'Without batch norm', settings: { batchNorm: 'off' } },
    { key: 'withBatchNorm', name: 'With batch norm', settings: { batchNorm: 'beforeActivation' } },
  ],
  hidden: allFieldsExcept('batchNorm', 'initializer', 'outputInitializer'),
  view: { metric: 'trainLoss', logScale: true },
  question: {
    prompt:
      'Eight ReLU layers start from N(0, 1) weights, far too large for 256 inputs per unit. What does the run without batch norm do?',
    choices: [
      'Its loss turns NaN within a few steps and the run stops.',
      'It trains, but with enormous losses and clearly lower test accuracy than the run with batch norm.',
      'It ends up about as good as the run with batch norm.',
    ],
    answer: 1,
  },
  watch:
    'Compare the first training losses on the log scale: without batch norm they start around 10⁸, with it around 2. Then compare test accuracy at each evaluation, every 100 steps, up to the end of the epoch.',
  // Decided at step 400, where the lead has settled, so that a class sees the verdict within minutes (and CI can train
  // it through the page); the runs go on to the epoch's end (937 steps). Seed 2 (wasm): with batch norm 69.2 / 83.1 /
  // 86.5% at steps 200 / 300 / 400, without 69.9 / 74.9 / 76.1% — level at 200, 10.4 points apart at 400. At the
  // epoch's end, seeds 1 / 2 / 3: 92.59 / 92.22 / 91.92% with batch norm against 83.23 / 81.88 / 83.09% without.
  expected: {
    kind: 'beats',
    metric: 'testAccuracy',
    run: 'withBatchNorm',
    other: 'withoutBatchNorm',
    atStep: 400,
    byPoints: 5,
  },
  honestNote:
    'The article says that without batch norm the loss turns NaN at the second step. Not on MNIST with this net and Adam: the first loss is about 2·10⁸, yet every loss stays finite and the run ends the epoch at about 83% test accuracy, against about 93% with batch norm. Batch norm still hides the bad init; what it hides is a much worse run, not a dead one.',
});

/** T02: sigmoid's gradient vanishes through depth; ReLU's does not. */
export const T02 = defineLesson({
  id: 't02',
  title: 'Sigmoid fades through depth, ReLU does not',
  summary: 'Eight hidden layers, the same init: sigmoid against ReLU.',
  // One init for both runs, Glorot (the one suited to sigmoid), so that only the activation differs and the lesson
  // shows T02 alone; with N(0,1) for sigmoid and He for ReLU it would show T05 as well.
  claims: ['T02'],
  base: {
    hiddenLayers: deep(128, 8),
    initializer: 'glorot',
    outputInitializer: 'glorot',
    optimizer: 'adam',
    learningRate: 0.001,
    batchSize: 32,
    schedule: 'constant',
    epochs: 1,
    evalEverySteps: 100,
    seed: 1,
  },
  runs: [
    { key: 'sigmoid', name: 'Sigmoid', settings: { activation: 'sigmoid' } },
    { key: 'relu', name: 'ReLU', settings: { activation: 'relu' } },
  ],
  hidden: allFieldsExcept('activation', 'hiddenLayers', 'initializer'),
  view: { metric: 'testAccuracy' },
  question: {
    prompt:
      'Two nets of 8 hidden layers with the same initialization; only the activation differs. After 200 steps, which one is ahead on test accuracy?',
    choices: ['ReLU, by a wide margin', 'Sigmoid, by a wide margin', 'Neither: they are about even'],
    answer: 0,
  },
  watch:
    'Watch test accuracy at steps 100 and 200. In the gradient chart, the sigmoid net’s first layers get far smaller gradients than its last ones; the ReLU net’s stay within a small factor.',
  // Measured in this form (scripts/train-link.mjs --until-step=200, wasm, test accuracy at step 200), seeds 1 / 2 / 3:
  // ReLU 89.65 / 88.80 / 88.03% vs sigmoid 18.88 / 18.86 / 19.18%, ahead by ~70 points; the 10-point margin holds
  // with room to spare on each.
  expected: { kind: 'beats', metric: 'testAccuracy', run: 'relu', other: 'sigmoid', atStep: 200, byPoints: 10 },
});

/** Every lesson, in the order the page lists them, each with its own ID and run keys as types (for the catalog). */
export const LESSON_LIST = [
  ...[T01, T02, T03, T04, T05, T06, T08, T09, T10],
  ...[D01, D02, D03, D04, D06, D07, D09],
  ...[L01, L02, L03, L04, L05, L07, L09, L11, L12],
  ...[M03, M05],
] as const;

/** Every lesson, in the order the page lists them. */
export const LESSONS: readonly Lesson[] = LESSON_LIST;

/** A declared lesson's ID, e.g. 't02'. */
export type LessonId = (typeof LESSON_LIST)[number]['id'];

/** The lesson a link's `lesson=…` names, if there is one. */
export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((lesson) => lesson.id === id);
}
