// Each optimizer's usual learning rate, and what switching the optimizer does to a run's rate: SGD left at Adam's
// 0.001 barely moves, and a learner concludes that SGD fails. A rate still at the old optimizer's usual one was not
// the person's choice, so it follows the optimizer; a rate they chose stays, with the usual one offered.
import { EXPERIMENT_FIELDS, type Experiment } from './experiment';
import { fillTemplate } from './phrase';

export type Optimizer = Experiment['optimizer'];

/**
 * The rate each optimizer is usually started at, for the playground's MNIST-sized nets:
 * - SGD 0.1: common for MNIST MLPs with ReLU and cross-entropy (Keras' SGD default, 0.01, is slow here).
 * - Momentum and Nesterov 0.01: with β = 0.9 a steady step is lr / (1 − β), 10× lr, as plain SGD at 0.1.
 * - AdaGrad 0.01: PyTorch's default, and Keras' before tf.keras (0.001).
 * - RMSProp 0.001: Keras' default.
 * - Adam 0.001: Kingma & Ba (2015), and T01.
 * - Adamax 0.002 (Kingma & Ba, 2015, Algorithm 2) and Nadam 0.002 (Dozat, 2016, as Keras 2 took it): the papers'
 *   and PyTorch's defaults; tf.keras uses 0.001 for both.
 */
export const USUAL_LEARNING_RATES = {
  sgd: 0.1,
  momentum: 0.01,
  nesterov: 0.01,
  adagrad: 0.01,
  rmsprop: 0.001,
  adam: 0.001,
  adamax: 0.002,
  nadam: 0.002,
} as const satisfies Record<Optimizer, number>;

export const isOptimizer = (value: unknown): value is Optimizer =>
  typeof value === 'string' && Object.hasOwn(USUAL_LEARNING_RATES, value);

/** The optimizer's name as its control shows it, e.g. "SGD with momentum". */
export const optimizerLabel = (optimizer: Optimizer) =>
  EXPERIMENT_FIELDS.optimizer.options.find((option) => option.value === optimizer)?.label ?? optimizer;

/** What the page tells a person about the learning rate after they switched the optimizer. */
export type LearningRateNote =
  /** The rate was the previous optimizer's usual one, and was set to the new one's. */
  | { kind: 'set'; optimizer: Optimizer; rate: number; previousOptimizer: Optimizer; previousRate: number }
  /** The rate was the person's own, and stays; the new optimizer's usual rate is offered. */
  | { kind: 'kept'; optimizer: Optimizer; rate: number; usualRate: number };

/**
 * The learning rate a run gets when its optimizer changes from `from.optimizer` to `optimizer`, and what to tell the
 * person (null: nothing worth saying, e.g. between two optimizers with the same usual rate).
 */
export function switchOptimizer(
  from: Pick<Experiment, 'optimizer' | 'learningRate'>,
  optimizer: Optimizer,
): { learningRate: number; note: LearningRateNote | null } {
  const rate = from.learningRate;
  const usualRate = USUAL_LEARNING_RATES[optimizer];
  if (optimizer === from.optimizer || rate === usualRate) return { learningRate: rate, note: null };
  if (rate === USUAL_LEARNING_RATES[from.optimizer])
    return {
      learningRate: usualRate,
      note: { kind: 'set', optimizer, rate: usualRate, previousOptimizer: from.optimizer, previousRate: rate },
    };
  return { learningRate: rate, note: { kind: 'kept', optimizer, rate, usualRate } };
}

/** Whether the note still describes the run: it goes once the optimizer or the rate changes again. */
export const noteHolds = (note: LearningRateNote, experiment: Pick<Experiment, 'optimizer' | 'learningRate'>) =>
  experiment.optimizer === note.optimizer && experiment.learningRate === note.rate;

/** The note's English, by kind; `{{name}}` marks a value (the UI's catalog says the same in the page's language). */
export const LEARNING_RATE_NOTE_TEXTS = {
  set: "Learning rate set to {{rate}}, {{optimizer}}'s usual rate (it was {{previousRate}}, {{previousOptimizer}}'s).",
  kept: "{{optimizer}}'s usual learning rate is {{usualRate}}; this run keeps its own, {{rate}}.",
} as const satisfies Record<LearningRateNote['kind'], string>;

/** The note in words, with `label` naming each optimizer; a 'kept' note comes with a button that applies `usualRate`. */
export function learningRateNoteText(
  note: LearningRateNote,
  label = optimizerLabel,
  say = (kind: LearningRateNote['kind'], values: Readonly<Record<string, string | number>>) =>
    fillTemplate(LEARNING_RATE_NOTE_TEXTS[kind], values),
): string {
  const values: Record<string, string | number> =
    note.kind === 'set'
      ? {
          rate: note.rate,
          optimizer: label(note.optimizer),
          previousRate: note.previousRate,
          previousOptimizer: label(note.previousOptimizer),
        }
      : { rate: note.rate, optimizer: label(note.optimizer), usualRate: note.usualRate };
  return say(note.kind, values);
}
