// Verdicts read from the loss curves and evaluations: learning rate too high or too low, a tiny training set that
// cannot be overfitted (D01), and L12's train-vs-test patterns.
import { always, REMEDIES, tryRemedies } from './advice';
import { exactMean, exactStd } from './exactSum';
import { findExplodingLoss, type ExplodingLoss } from './explodingLoss';
import type { Message } from '../schema/message';
import { make, mean, startLoss, tenth, THRESHOLDS as T, type Verdict, type VerdictInput } from './verdict';
import { say } from './verdictWords';

export interface Points {
  steps: number[];
  losses: number[];
}

export function finitePoints({ steps, losses, length }: VerdictInput['training']): Points {
  const out: Points = { steps: [], losses: [] };
  for (let i = 0; i < length; i++) {
    if (!Number.isFinite(losses[i])) continue;
    out.steps.push(steps[i]!);
    out.losses.push(losses[i]!);
  }
  return out;
}

/**
 * What the learning-rate rules read of the finite loss points. verdictsFor sums it afresh (lossSummary),
 * VerdictTracker keeps it running; the means and the std come from exact sums (exactSum.ts), so both agree exactly.
 */
export interface LossSummary {
  points: Points;
  exploded: ExplodingLoss | null;
  /** The last half of the points: the means of its first and last quarters, and its standard deviation. */
  lastHalf: { start: number; end: number; std: number };
  /** Means of THRESHOLDS.lossBlocks equal blocks of the points (of each point, while there are fewer). */
  blockMeans: number[];
}

/** Where the last half of n points starts, and how long its quarters are. */
export function lastHalfBounds(n: number) {
  const from = n >> 1;
  return { from, quarter: (n - from) >> 2 };
}

/** Where each of the loss blocks of n points starts, and the end of the last. */
export function blockBounds(n: number): number[] {
  const blocks = Math.min(T.lossBlocks, n);
  return Array.from({ length: blocks + 1 }, (_, b) => Math.floor((b * n) / blocks));
}

export function lossSummary(points: Points): LossSummary {
  const { steps, losses } = points;
  const n = losses.length;
  const { from, quarter } = lastHalfBounds(n);
  const at = blockBounds(n);
  return {
    points,
    exploded: findExplodingLoss(steps, losses),
    lastHalf: {
      start: exactMean(losses.slice(from, from + quarter)),
      end: exactMean(losses.slice(n - quarter)),
      std: exactStd(losses.slice(from)),
    },
    blockMeans: at.slice(1).map((end, b) => exactMean(losses.slice(at[b], end))),
  };
}

export function lrTooHigh({ settings }: VerdictInput, { points, exploded, lastHalf }: LossSummary): Verdict | null {
  const tooHigh = (message: Message) =>
    make('lrTooHigh', message, ['L04', 'D02'], say('try.tenthRate', { rate: tenth(settings) }));
  const rate = settings.learningRate;
  if (exploded)
    return tooHigh(
      say('rate.exploded', {
        loss: exploded.loss,
        step: exploded.step,
        factor: T.explodingLoss,
        first: exploded.firstLoss,
        rate,
      }),
    );
  const { steps, losses } = points;
  const { from } = lastHalfBounds(losses.length);
  const span = steps.at(-1)! - steps[from]!;
  const first = startLoss(losses);
  if (losses.length - from < 8 || span < T.oscillationMinSteps || !(first > 0)) return null;
  const { start, end, std } = lastHalf;
  if (end < T.oscillationTrend * start || std < T.oscillationStd * first) return null;
  return tooHigh(say('rate.swings', { span, std, share: std / first, start, end, rate }));
}

export function lrTooLow({ settings }: VerdictInput, { points, blockMeans: means }: LossSummary): Verdict | null {
  const { steps, losses } = points;
  if (losses.length === 0 || steps.at(-1)! < T.lrTooLowMinSteps) return null;
  const [start, end] = [means[0]!, means.at(-1)!];
  if (!(start > 0) || start - end >= T.lrTooLowFall * start || Math.min(...means) < T.lrTooLowFloor * start)
    return null;
  return make(
    'lrTooLow',
    say('rate.flat', { steps: steps.at(-1)!, start, end, fall: T.lrTooLowFall, rate: settings.learningRate }),
    ['D02', 'L04'],
    say('rate.tryLarger', { rate: settings.learningRate * 10 }),
  );
}

type Evaluation = VerdictInput['evaluations'][number];

export function cannotOverfit({ settings, evaluations }: VerdictInput): Verdict | null {
  return cannotOverfitAfter(
    settings,
    evaluations.findLast((e) => e.train !== undefined),
  );
}

/** The training sets D01 asks a model to overfit. */
const TINY_SETS: Partial<Record<VerdictInput['settings']['trainingSubset'], Message>> = {
  oneBatch: say('overfit.oneBatch'),
  oneExample: say('overfit.oneExample'),
};

/** D01 from the latest evaluation that measured the training set. */
export function cannotOverfitAfter(settings: VerdictInput['settings'], latest: Evaluation | undefined): Verdict | null {
  const what = TINY_SETS[settings.trainingSubset];
  if (!what || !latest?.train || latest.step < T.cannotOverfitSteps) return null;
  if (latest.train.accuracy >= T.cannotOverfitAccuracy) return null;
  return make(
    'cannotOverfit',
    say('overfit.cannot', { steps: latest.step, what, accuracy: latest.train.accuracy }),
    ['D01'],
    say('overfit.tryCheck'),
  );
}

/** Training loss at each evaluation: `train.loss`, else the mean training loss since the previous evaluation. */
function trainLosses({ training, evaluations }: VerdictInput): number[] {
  let [i, previous] = [0, -Infinity];
  return evaluations.map((e) => {
    const window: number[] = [];
    for (; i < training.length && training.steps[i]! <= e.step; i++)
      if (training.steps[i]! > previous && Number.isFinite(training.losses[i])) window.push(training.losses[i]!);
    previous = e.step;
    return e.train?.loss ?? (window.length ? mean(window) : NaN);
  });
}

/** Least-squares change across the values, relative to their mean: one noisy evaluation moves it less. */
function relativeTrend(ys: readonly number[]): number {
  const [n, my] = [ys.length, mean(ys)];
  const mx = (n - 1) / 2;
  const slope = ys.reduce((a, y, x) => a + (x - mx) * (y - my), 0) / ys.reduce((a, _, x) => a + (x - mx) ** 2, 0);
  return my > 0 ? (slope * (n - 1)) / my : 0;
}

/** Whether evaluation e's test loss beats the best one's so far. */
export const beatsBest = (e: Evaluation, best: Evaluation) =>
  Number.isFinite(e.testLoss) && !(e.testLoss >= best.testLoss);

/** L12's patterns over the last evaluations; both falling (learning) gives no verdict. */
export function lossPattern(input: VerdictInput, points: Points, lrTooLowFired: boolean): Verdict | null {
  const { evaluations: evals } = input;
  if (evals.length < T.evaluations) return null;
  const allTrain = trainLosses(input);
  const best = evals.reduce((b, e, i) => (beatsBest(e, evals[b]!) ? i : b), 0);
  const firstLoss = points.losses.length ? startLoss(points.losses) : allTrain[0]!;
  return l12Pattern(input, allTrain.slice(-T.evaluations), best, firstLoss, lrTooLowFired);
}

/**
 * The patterns, from the training loss at each of the last THRESHOLDS.evaluations evaluations (`train`), the index
 * of the evaluation with the best test loss, and the starting training loss.
 */
export function l12Pattern(
  { evaluations: evals, settings }: Pick<VerdictInput, 'evaluations' | 'settings'>,
  train: readonly number[],
  best: number,
  firstLoss: number,
  lrTooLowFired: boolean,
): Verdict | null {
  if (evals.length < T.evaluations) return null;
  const test = evals.slice(-T.evaluations).map((e) => e.testLoss);
  if (![...train, ...test].every(Number.isFinite)) return null;
  const trend = (ys: readonly number[]) => {
    const d = relativeTrend(ys);
    return d <= -T.flatChange ? 'falls' : d >= T.flatChange ? 'rises' : 'flat';
  };
  const [trainTrend, testTrend, tr, te] = [trend(train), trend(test), train.at(-1)!, test.at(-1)!];
  const range = (ys: readonly number[]) => say('curves.range', { from: ys[0]!, to: ys.at(-1)! });
  const both = say('curves.both', { evaluations: T.evaluations, train: range(train), test: range(test) });

  const sinceBest = evals.length - 1 - best;
  if (trainTrend === 'falls' && sinceBest >= T.overfitPatience && te - tr >= T.overfitGap * te)
    return make(
      'overfitting',
      say('curves.overfitting', {
        train: range(train),
        best: evals[best]!.testLoss,
        bestStep: evals[best]!.step,
        since: sinceBest,
        now: te,
      }),
      ['L12', 'M05', 'L07'],
      tryRemedies(settings, [REMEDIES.dropout, REMEDIES.l2, REMEDIES.moreData, REMEDIES.earlyStopping], {
        tail: say('try.tailM05L07'),
        otherwise: say('curves.overfittingOtherwise'),
      }),
    );
  if (trainTrend === 'rises' && testTrend === 'rises')
    return make(
      'bothRising',
      say('curves.bothRising', { both }),
      ['L12'],
      say('curves.tryThenArchitecture', { rate: tenth(settings) }),
    );
  // lrTooLow already explains a loss flat from the start, and names the knob.
  if (trainTrend === 'flat' && testTrend === 'flat' && tr >= T.stuckLevel * firstLoss && !lrTooLowFired)
    return make(
      'stuck',
      say('curves.stuck', { both, share: tr / firstLoss }),
      ['L12'],
      tryRemedies(settings, [always(say('remedy.lowerRate')), REMEDIES.smallerBatch], {
        tail: say('try.tailL12'),
        otherwise: say('curves.tryLower'),
      }),
    );
  // With dropout on, the minibatch training loss is inflated and cannot be compared with the test loss.
  const comparable = evals.at(-1)!.train !== undefined || !settings.dropout.some((d) => d > 0);
  if (trainTrend === 'flat' && testTrend === 'falls' && comparable && tr >= T.dataProblemRatio * te)
    return make(
      'dataProblem',
      say('curves.dataProblem', { test: range(test), train: tr, ratio: tr / te }),
      ['L12', 'L02'],
      say('curves.tryLabels'),
    );
  return null;
}
