// The vocabulary of verdicts: what a rule reads (VerdictInput), what it says (Verdict), every verdict's severity
// (KINDS; the titles and sentences are in verdictWords.ts), and every number a rule compares against (THRESHOLDS),
// so they are documented in one place.
import type { Experiment } from '../schema/experiment';
import type { Message } from '../schema/message';
import { EXPLODING_FACTOR } from './explodingLoss';
import type { HealthSample } from './health';
import { say } from './verdictWords';

/**
 * The run's settings the rules read, typed as the experiment types them: a misspelt value ('before' for
 * 'beforeActivation') does not compile. The page passes the run's whole experiment.
 */
export interface VerdictSettings extends Pick<
  Experiment,
  | 'activation'
  | 'initializer'
  | 'batchNorm'
  | 'trainingSubset'
  | 'optimizer'
  | 'learningRate'
  | 'batchSize'
  | 'clipping'
  | 'l2'
  | 'earlyStoppingPatience'
> {
  dropout: readonly number[];
}

export interface VerdictInput {
  settings: VerdictSettings;
  /** Training loss per step (parallel arrays; only the first `length` entries are in use). May hold NaN/Infinity at the end. */
  training: { steps: readonly number[]; losses: readonly number[]; length: number };
  /** Evaluations in step order; `train` present when the training set is small (≤ 4,096 examples). */
  evaluations: readonly {
    step: number;
    testLoss: number;
    testAccuracy: number;
    train?: { loss: number; accuracy: number };
  }[];
  health: readonly HealthSample[];
  /** Step of the first non-finite training loss, when the run diverged. */
  divergedAt: number | null;
  stepsPerEpoch: number;
}

/** Every verdict's severity, in the order verdictsFor lists them: the most fundamental first. */
export const KINDS = {
  nonFinite: 'problem',
  explodingGradients: 'problem',
  vanishingGradients: 'warning',
  deadRelus: 'warning',
  saturated: 'warning',
  lrTooHigh: 'problem',
  lrTooLow: 'warning',
  cannotOverfit: 'problem',
  bothRising: 'problem',
  stuck: 'problem',
  dataProblem: 'problem',
  overfitting: 'warning',
} as const satisfies Record<string, 'problem' | 'warning'>;

export type VerdictKind = keyof typeof KINDS;

export interface Verdict {
  kind: VerdictKind;
  severity: 'problem' | 'warning';
  /** short title */
  title: Message;
  /** the full sentence with numbers */
  message: Message;
  /** tip IDs from TIPS.md, e.g. ['T02'] */
  tips: string[];
  /** what to try, naming the knob */
  tryThis: Message;
}

export const THRESHOLDS = {
  /** Health rules read the median per layer of the latest 3 finite samples: one odd batch must not decide. */
  healthWindow: 3,
  /** Dead/saturated units must show in the latest 2 samples, so one noisy batch does not fire. */
  persistSamples: 2,
  /**
   * First layer's gradient relative to its weights (‖g‖/‖W‖) this many times below the largest later layer's.
   * Measured on MNIST (batch 32, first 400 steps): ReLU + He, tanh + N(0,1), the default net: 0.4–5×; 8×64
   * sigmoid + N(0,1): 100–140× until step ~100, then ~15×; 8×64 sigmoid + Glorot: 1,000–90,000×.
   */
  vanishingRatio: 50,
  /** Vanishing needs depth (T02): in shallow nets a smaller first-layer gradient is normal. */
  vanishingMinLayers: 4,
  /** First layer's gradient this many times the output layer's: the mirror image of vanishing. */
  explodingRatio: 100,
  /** Activation std above this is exploding: He init keeps it near 1, N(0,1) grows by √fan_in per layer (T05). */
  explodingActivationStd: 1e3,
  /** Half a layer's ReLUs dead on a whole batch is far past the ~10–20% of a healthy net (L11). */
  deadFraction: 0.5,
  /** Half a layer's sigmoid/tanh outputs at their limits: those units pass almost no gradient (T02). */
  saturatedFraction: 0.5,
  /** A finite loss above 10× the first one is exploding (L04); shared with the trainer's live check. */
  explodingLoss: EXPLODING_FACTOR,
  /** The starting loss is the median of the first 10 points: one noisy first batch must not set the scale. */
  startPoints: 10,
  /** Oscillation is judged over the last half of the run, and only once that half spans 100 steps. */
  oscillationMinSteps: 100,
  /** The half's std ≥ 10% of the starting loss: healthy batch noise at the end of a run is ~2–4% of it. */
  oscillationStd: 0.1,
  /** "No downward trend": the last quarter's mean is still ≥ 95% of the first quarter's. */
  oscillationTrend: 0.95,
  /** lrTooLow waits 300 steps: even a good learning rate can look flat for the first few dozen. */
  lrTooLowMinSteps: 300,
  /** …then a fall under 2% of the starting loss is flat… */
  lrTooLowFall: 0.02,
  /** …provided the loss never dipped below 80% of its start (a run that fell then plateaued is not "too low"). */
  lrTooLowFloor: 0.8,
  /** The loss is smoothed as the means of 10 equal blocks of the run: start, end and lowest are block means. */
  lossBlocks: 10,
  /** The L12 patterns read the last 4 evaluations; fewer cannot tell a trend from noise. */
  evaluations: 4,
  /** A relative change (least-squares, across those evaluations) under 5% is flat; batch noise is ~±5%. */
  flatChange: 0.05,
  /** Overfitting: the test loss has not beaten its best for 3 evaluations (a 1–2 evaluation tick-up is noise)… */
  overfitPatience: 3,
  /** …and the training loss sits ≥ 20% below the test loss (a clear gap, not a converged run). */
  overfitGap: 0.2,
  /** Stuck: flat while the training loss is still ≥ 50% of its start (a converged run is flat too, but low). */
  stuckLevel: 0.5,
  /** Data problem: the training loss sits ≥ 1.5× the test loss: the model fits unseen data better than its own. */
  dataProblemRatio: 1.5,
  /** Overfitting one batch (D01) should reach ~100% well within 200 steps with any sane setup. */
  cannotOverfitSteps: 200,
  /** …and "~100%" means at least 99% training accuracy. */
  cannotOverfitAccuracy: 0.99,
} as const;

const T = THRESHOLDS;
export const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
export const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
export const isBadInit = (s: VerdictInput['settings']) => s.initializer === 'standardNormal';
export const isSquashing = (s: VerdictInput['settings']) => s.activation === 'sigmoid' || s.activation === 'tanh';
/** A learning rate 10× smaller than the run's. */
export const tenth = (s: VerdictInput['settings']) => s.learningRate / 10;
export const make = (kind: VerdictKind, message: Message, tips: string[], tryThis: Message): Verdict => ({
  kind,
  severity: KINDS[kind],
  title: say(`kinds.${kind}`),
  message,
  tips,
  tryThis,
});

/** The verdicts found (null: the rule did not fire), in KINDS order. */
export function inKindOrder(found: readonly (Verdict | null)[]): Verdict[] {
  const order = Object.keys(KINDS);
  return found.filter((v) => v !== null).sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}

/** The loss at the start of the run (see THRESHOLDS.startPoints); NaN when there is none. */
export const startLoss = (losses: readonly number[]) => (losses.length ? median(losses.slice(0, T.startPoints)) : NaN);
