// The verdicts of one run, kept up to date from what its streams appended since the last update: the page asks on
// every metrics message of up to eight runs, and verdictsFor rescans the whole history (~94,000 losses and ~2,000
// health samples after 50 epochs). Each rule keeps what it reads as running state: the latest windows, running
// extremes for "every window of the run", sliding exact sums for the loss means (exactSum.ts). An update costs what
// was appended plus a constant; the verdicts equal verdictsFor's exactly (verdictTracker.test.ts).
import { ExactMoments, SlidingWindow } from './exactSum';
import { findExplodingLoss, type ExplodingLoss } from './explodingLoss';
import { firstNonFinite, type HealthSample, type NonFiniteOrigin } from './health';
import {
  exploding,
  isFiniteSample,
  nonFiniteVerdict,
  unitRules,
  vanishingVerdict,
  vanishingWindow,
  type VanishingWindow,
} from './healthVerdicts';
import {
  beatsBest,
  blockBounds,
  cannotOverfitAfter,
  l12Pattern,
  lastHalfBounds,
  lrTooHigh,
  lrTooLow,
  type LossSummary,
  type Points,
} from './lossVerdicts';
import { inKindOrder, startLoss, THRESHOLDS as T, type Verdict, type VerdictInput } from './verdict';

type Evaluation = VerdictInput['evaluations'][number];

/** Everything read so far of one run's streams; a reset run starts a new one. */
class RunState {
  // What was read, to tell an append from a reset.
  trainingRead = 0;
  steps: readonly number[] | null = null;
  losses: readonly number[] | null = null;
  lastStep = NaN;
  lastLoss = NaN;
  healthRead = 0;
  evaluationsRead = 0;
  lastHealth: HealthSample | undefined;
  lastEvaluation: Evaluation | undefined;

  // nonFinite: the first non-finite loss, and the first one at each step (divergedAt names one).
  firstBadLoss: { step: number; loss: number } | null = null;
  badLossAt = new Map<number, number>();
  origin: NonFiniteOrigin | null = null;

  // Health: the latest finite samples; the latest vanishing window, the latest at or above the ratio, the worst.
  recent: HealthSample[] = [];
  now: VanishingWindow | null = null;
  lastHeld: VanishingWindow | null = null;
  worst: VanishingWindow | null = null;

  // Loss rules: the finite points, the first exploding one, and the windows their means are read over.
  points: Points = { steps: [], losses: [] };
  explodingRead = 0;
  exploded: ExplodingLoss | null = null;
  lastHalf = new SlidingWindow(new ExactMoments(true));
  halfStart = new SlidingWindow(new ExactMoments());
  halfEnd = new SlidingWindow(new ExactMoments());
  blocks = Array.from({ length: T.lossBlocks }, () => new SlidingWindow(new ExactMoments()));

  // Evaluations: the best test loss, the latest that measured the training set, and the training loss at each
  // (the mean since the previous one; the scan waits at `open` while the training points may still reach it).
  best = 0;
  latestWithTrain: Evaluation | undefined;
  closedMeans: number[] = [];
  scan = { index: 0, previous: -Infinity, sum: 0, count: 0 };
}

export class VerdictTracker {
  private state = new RunState();
  private cached: { key: readonly unknown[]; verdicts: Verdict[] } | null = null;

  /** The verdicts for the run so far: verdictsFor(input), reading only what was appended since the last call. */
  update(input: VerdictInput): Verdict[] {
    const key = [
      input.training.length,
      input.health.length,
      input.evaluations.length,
      input.settings,
      input.divergedAt,
    ] as const;
    if (this.cached && key.every((k, i) => Object.is(k, this.cached!.key[i])) && this.continues(input))
      return this.cached.verdicts;
    if (!this.continues(input)) this.state = new RunState();
    this.readTraining(input.training);
    this.readHealth(input.health);
    this.readEvaluations(input);
    const verdicts = this.verdicts(input);
    this.cached = { key, verdicts };
    return verdicts;
  }

  /** Whether input extends what was read: the streams only grow by appending until a run is reset. */
  private continues({ training, health, evaluations }: VerdictInput): boolean {
    const s = this.state;
    const last = s.trainingRead - 1;
    if (s.trainingRead > 0) {
      if (training.length < s.trainingRead || training.steps !== s.steps || training.losses !== s.losses) return false;
      // The same arrays emptied and refilled since would pass the checks above, but hardly with the same last point.
      if (training.steps[last] !== s.lastStep || !Object.is(training.losses[last], s.lastLoss)) return false;
    }
    if (health.length < s.healthRead || (s.healthRead > 0 && health[s.healthRead - 1] !== s.lastHealth)) return false;
    if (evaluations.length < s.evaluationsRead) return false;
    return s.evaluationsRead === 0 || evaluations[s.evaluationsRead - 1] === s.lastEvaluation;
  }

  private readTraining({ steps, losses, length }: VerdictInput['training']): void {
    const s = this.state;
    [s.steps, s.losses] = [steps, losses];
    for (; s.trainingRead < length; s.trainingRead++) {
      const [step, loss] = [steps[s.trainingRead]!, losses[s.trainingRead]!];
      [s.lastStep, s.lastLoss] = [step, loss];
      if (Number.isFinite(loss)) {
        s.points.steps.push(step);
        s.points.losses.push(loss);
        continue;
      }
      s.firstBadLoss ??= { step, loss };
      if (!s.badLossAt.has(step)) s.badLossAt.set(step, loss);
    }
    const pointLosses = s.points.losses;
    const n = pointLosses.length;
    if (s.explodingRead < n) {
      s.exploded ??= findExplodingLoss(s.points.steps, pointLosses, s.explodingRead);
      s.explodingRead = n;
    }
    const { from, quarter } = lastHalfBounds(n);
    s.lastHalf.cover(pointLosses, from, n);
    s.halfStart.cover(pointLosses, from, from + quarter);
    s.halfEnd.cover(pointLosses, n - quarter, n);
    const at = blockBounds(n);
    for (let b = 0; b + 1 < at.length; b++) s.blocks[b]!.cover(pointLosses, at[b]!, at[b + 1]!);
  }

  private readHealth(health: readonly HealthSample[]): void {
    const s = this.state;
    for (; s.healthRead < health.length; s.healthRead++) {
      const sample = health[s.healthRead]!;
      s.lastHealth = sample;
      s.origin ??= firstNonFinite([sample]);
      if (!isFiniteSample(sample)) continue;
      s.recent.push(sample);
      if (s.recent.length > T.healthWindow) s.recent.shift();
      if (s.recent.length < T.healthWindow) continue;
      const window = vanishingWindow(s.recent);
      if (!window) continue;
      s.now = window;
      if (window.ratio < T.vanishingRatio) continue;
      s.lastHeld = window;
      if (!s.worst || window.ratio > s.worst.ratio) s.worst = window;
    }
  }

  private readEvaluations({ evaluations, training }: VerdictInput): void {
    const s = this.state;
    for (; s.evaluationsRead < evaluations.length; s.evaluationsRead++) {
      const e = evaluations[s.evaluationsRead]!;
      s.lastEvaluation = e;
      if (beatsBest(e, evaluations[s.best]!)) s.best = s.evaluationsRead;
      if (e.train !== undefined) s.latestWithTrain = e;
    }
    // The mean training loss since the previous evaluation, as trainLosses scans it: an evaluation's window closes
    // at the first point past its step; until then more points may still fall in it.
    const scan = s.scan;
    while (s.closedMeans.length < evaluations.length) {
      const step = evaluations[s.closedMeans.length]!.step;
      for (; scan.index < training.length && training.steps[scan.index]! <= step; scan.index++) {
        const loss = training.losses[scan.index]!;
        if (training.steps[scan.index]! <= scan.previous || !Number.isFinite(loss)) continue;
        scan.sum += loss;
        scan.count++;
      }
      if (scan.index === training.length) break;
      s.closedMeans.push(scan.count ? scan.sum / scan.count : NaN);
      [scan.previous, scan.sum, scan.count] = [step, 0, 0];
    }
  }

  /** The training loss at evaluation i, as trainLosses gives it for the streams read so far. */
  private trainLossAt(evaluations: VerdictInput['evaluations'], i: number): number {
    const { closedMeans, scan } = this.state;
    const open = closedMeans.length;
    const windowMean = i < open ? closedMeans[i]! : i === open && scan.count ? scan.sum / scan.count : NaN;
    return evaluations[i]!.train?.loss ?? windowMean;
  }

  private verdicts(input: VerdictInput): Verdict[] {
    const { settings, divergedAt, evaluations } = input;
    const s = this.state;
    const [lossAt, lossValue] =
      divergedAt === null
        ? [s.firstBadLoss?.step ?? null, s.firstBadLoss?.loss ?? NaN]
        : // (nonFinite compares steps with ===, under which no NaN step is divergedAt; a Map key would be.)
          [divergedAt, Number.isNaN(divergedAt) ? NaN : (s.badLossAt.get(divergedAt) ?? NaN)];
    const diverged = nonFiniteVerdict(settings, lossAt, lossValue, s.origin);
    const found = [
      diverged,
      exploding(input, s.recent),
      vanishingVerdict(settings, s.now, s.lastHeld, s.worst),
      ...unitRules(input, s.recent),
    ];
    if (!diverged) {
      const summary = this.lossSummary();
      const high = lrTooHigh(input, summary);
      const low = high ? null : lrTooLow(input, summary);
      found.push(high, low, cannotOverfitAfter(settings, s.latestWithTrain));
      if (evaluations.length >= T.evaluations) {
        const last = Array.from({ length: T.evaluations }, (_, k) => evaluations.length - T.evaluations + k);
        const train = last.map((i) => this.trainLossAt(evaluations, i));
        const firstLoss = s.points.losses.length ? startLoss(s.points.losses) : this.trainLossAt(evaluations, 0);
        found.push(l12Pattern(input, train, s.best, firstLoss, low !== null));
      }
    }
    return inKindOrder(found);
  }

  private lossSummary(): LossSummary {
    const s = this.state;
    const blocks = Math.min(T.lossBlocks, s.points.losses.length);
    return {
      points: s.points,
      exploded: s.exploded,
      lastHalf: {
        start: s.halfStart.moments.mean(),
        end: s.halfEnd.moments.mean(),
        std: Math.sqrt(s.lastHalf.moments.variance()),
      },
      blockMeans: s.blocks.slice(0, blocks).map((w) => w.moments.mean()),
    };
  }
}
