// What a lesson predicts about its runs, as data, and judgeOutcome(), which reads the runs' measured results and says
// whether the prediction holds, cannot be decided yet, or does not hold in this run, with the numbers it read. An
// outcome names runs by the lesson's own run keys (K), so a misspelt run does not compile. Pure: numbers in, words
// out.
import { renderPhrase, sayFrom, type Phrase, type PhraseParams } from './phrase';
import type { EvaluationRecord, StepColumns } from './runRecord';
import { VERDICT_TEXTS, type VerdictCode } from './verdictTexts';

/** A run's measured results as the judge reads them: runRecord's columns and evaluations, and how the run stands. */
export interface MeasuredRun {
  /** Training loss by step; only the first `length` entries are in use when `length` is given (the page's series). */
  series: Pick<StepColumns<readonly number[]>, 'steps' | 'losses'> & { length?: number };
  /** In step order. */
  evaluations: readonly Pick<EvaluationRecord, 'step' | 'testLoss' | 'testAccuracy'>[];
  /** 'running': may still train (training, paused, ready, not started yet); the others ended and cannot change. */
  status: 'running' | 'finished' | 'diverged' | 'stopped';
  /** The step whose loss was NaN or infinite, when the run diverged. */
  divergedAt: number | null;
}

/**
 * The building blocks. `beats`: `run` is ahead of `other` at step `atStep`, on test accuracy by at least `byPoints`
 * percentage points, or on a loss (test loss, or the training loss averaged over the TRAIN_LOSS_WINDOW steps up to
 * `atStep`) by a factor of at least `byFactor`. `matches`: the two runs' test accuracies at `atStep` differ by at most
 * `withinPoints` points (for claims that a knob matters little). `atStep: 'end'` reads each run's last evaluation once
 * it has finished (runs whose ends differ, e.g. one epoch at different batch sizes). `diverges`: the run's loss turns
 * NaN/±Infinity by step `withinSteps`. `staysFinite`: it does not, through step `throughStep` (or to its end).
 * `reachesFirst`: `run`'s test accuracy reaches `percent` at an earlier evaluation step than `other`'s does.
 * `improves`: the run's training loss (averaged as for `beats`) is at least `byFactor` times lower at `toStep` than at
 * `fromStep`: the trend falls, however noisy the steps. `explodes`: by step `withinSteps` the run's loss turns
 * NaN/±Infinity or reaches `factor` times its first loss (the loss "flies", whether or not it ends in NaN).
 * `allOf` / `anyOf` combine them.
 */
export type Outcome<K extends string> =
  | { kind: 'beats'; metric: 'testAccuracy'; run: K; other: K; atStep: DecidingStep; byPoints: number }
  | { kind: 'beats'; metric: 'testLoss' | 'trainLoss'; run: K; other: K; atStep: DecidingStep; byFactor: number }
  | { kind: 'matches'; metric: 'testAccuracy'; run: K; other: K; atStep: DecidingStep; withinPoints: number }
  | { kind: 'diverges'; run: K; withinSteps: number }
  | { kind: 'explodes'; run: K; withinSteps: number; factor: number }
  | { kind: 'staysFinite'; run: K; throughStep: number }
  | { kind: 'reachesFirst'; run: K; other: K; percent: number }
  | { kind: 'improves'; run: K; fromStep: number; toStep: number; byFactor: number }
  | { kind: 'allOf'; outcomes: readonly [Outcome<K>, ...Outcome<K>[]] }
  | { kind: 'anyOf'; outcomes: readonly [Outcome<K>, ...Outcome<K>[]] };

/** A step number, or 'end': each run's last evaluation, once it has finished. */
export type DecidingStep = number | 'end';

/**
 * The numbered steps an outcome is decided at, with whether that step must carry an evaluation; `reachesFirst` and
 * `atStep: 'end'` have none (decided whenever the first run gets there, or at the runs' ends).
 */
export function decidingSteps(outcome: Outcome<string>): { step: number; evaluated: boolean }[] {
  switch (outcome.kind) {
    case 'beats':
    case 'matches':
      return outcome.atStep === 'end' ? [] : [{ step: outcome.atStep, evaluated: outcome.metric !== 'trainLoss' }];
    case 'diverges':
    case 'explodes':
      return [{ step: outcome.withinSteps, evaluated: false }];
    case 'staysFinite':
      return [{ step: outcome.throughStep, evaluated: false }];
    case 'reachesFirst':
      return [];
    case 'improves':
      return [{ step: outcome.toStep, evaluated: false }];
    case 'allOf':
    case 'anyOf':
      return outcome.outcomes.flatMap(decidingSteps);
  }
}

/** How far the runs must train for the outcome to be decided: Infinity (their end) for `reachesFirst` and 'end'. */
export function lastDecidingStep(outcome: Outcome<string>): number {
  const toEnd = (o: Outcome<string>): boolean =>
    o.kind === 'reachesFirst' ||
    ((o.kind === 'beats' || o.kind === 'matches') && o.atStep === 'end') ||
    ((o.kind === 'allOf' || o.kind === 'anyOf') && o.outcomes.some(toEnd));
  if (toEnd(outcome)) return Infinity;
  return Math.max(...decidingSteps(outcome).map((d) => d.step));
}

/**
 * 'undecided' only while the outcome could still change (a run has not reached the deciding step yet); once it
 * cannot, it holds or fails — a run that ended before the deciding step fails to show the outcome.
 */
export type OutcomeVerdict = 'holds' | 'undecided' | 'fails';

export interface Judgement {
  verdict: OutcomeVerdict;
  /** What was read, as data: the page renders it in its language. */
  phrase: VerdictPhrase;
  /** The same in English, e.g. "Holds: ReLU 91.20% vs Sigmoid 11.30% test accuracy at step 300 (…)." */
  text: string;
}

/** A verdict's sentence or one of its parts, by code (see verdictTexts.ts). */
export type VerdictPhrase = Phrase<VerdictCode>;

/** Steps the training loss is averaged over for `beats` on 'trainLoss': one step's batch loss is too noisy. */
export const TRAIN_LOSS_WINDOW = 50;

const say = (code: VerdictCode, params: PhraseParams = {}): VerdictPhrase => ({ code, params });

interface Finding {
  verdict: OutcomeVerdict;
  /** Without the verdict's prefix or a final full stop, so findings can be joined. */
  detail: VerdictPhrase | readonly VerdictPhrase[];
}

/** A run nothing was measured for yet (a lesson's run missing from the results). */
const NOT_STARTED: MeasuredRun = {
  series: { steps: [], losses: [] },
  evaluations: [],
  status: 'running',
  divergedAt: null,
};

/** Runs' display names by key, for the texts. */
export type RunNames<K extends string> = Readonly<Record<K, string>>;

/** Judges one outcome against the runs' results; a run missing from `results` counts as not started. */
export function judgeOutcome<K extends string>(
  outcome: Outcome<K>,
  results: Partial<Record<K, MeasuredRun>>,
  names: RunNames<K>,
): Judgement {
  const { verdict, detail } = find(outcome, results, names);
  const phrase = say(verdict, { detail });
  return { verdict, phrase, text: renderPhrase(phrase, sayFrom(VERDICT_TEXTS)) };
}

function find<K extends string>(
  outcome: Outcome<K>,
  results: Partial<Record<K, MeasuredRun>>,
  names: RunNames<K>,
): Finding {
  const run = (key: K): MeasuredRun => results[key] ?? NOT_STARTED;
  switch (outcome.kind) {
    case 'beats':
      return beats(outcome, run(outcome.run), run(outcome.other), names[outcome.run], names[outcome.other]);
    case 'matches':
      return matches(outcome, run(outcome.run), run(outcome.other), names[outcome.run], names[outcome.other]);
    case 'diverges':
      return diverges(run(outcome.run), names[outcome.run], outcome.withinSteps);
    case 'explodes':
      return explodes(run(outcome.run), names[outcome.run], outcome);
    case 'staysFinite':
      return staysFinite(run(outcome.run), names[outcome.run], outcome.throughStep);
    case 'improves':
      return improves(outcome, run(outcome.run), names[outcome.run]);
    case 'reachesFirst':
      return reachesFirst(run(outcome.run), run(outcome.other), names[outcome.run], names[outcome.other], outcome);
    case 'allOf':
      return combine(
        outcome.outcomes.map((o) => find(o, results, names)),
        'fails',
      );
    case 'anyOf':
      return combine(
        outcome.outcomes.map((o) => find(o, results, names)),
        'holds',
      );
    default: {
      const unknown: never = outcome;
      throw new Error(`Unknown outcome ${JSON.stringify(unknown)}`);
    }
  }
}

/** allOf: any failure decides it ('fails'); anyOf: any success does ('holds'). Else undecided, else the other. */
function combine(findings: Finding[], decisive: 'holds' | 'fails'): Finding {
  const settle = (verdict: OutcomeVerdict): Finding | null => {
    const these = findings.filter((f) => f.verdict === verdict);
    return these.length ? { verdict, detail: these.flatMap((f) => f.detail) } : null;
  };
  return settle(decisive) ?? settle('undecided') ?? settle(decisive === 'fails' ? 'holds' : 'fails')!;
}

// ── Reading a run ──────────────────────────────────────────────────────────────────────────────────────────────

function stepCount(run: MeasuredRun): number {
  return Math.min(run.series.length ?? run.series.steps.length, run.series.steps.length, run.series.losses.length);
}

/** The last trained step, 0 before the first. */
function lastStep(run: MeasuredRun): number {
  const n = stepCount(run);
  return n ? run.series.steps[n - 1]! : 0;
}

/** The first step with a non-finite loss, or the reported one, whichever is earlier; null when none. */
function divergedStep(run: MeasuredRun): number | null {
  const n = stepCount(run);
  let first: number | null = null;
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(run.series.losses[i]!)) {
      first = run.series.steps[i]!;
      break;
    }
  }
  if (run.divergedAt !== null && (first === null || run.divergedAt < first)) return run.divergedAt;
  return first;
}

function hasEnded(run: MeasuredRun): boolean {
  return run.status !== 'running' || divergedStep(run) !== null;
}

/** The training losses at steps from..to (inclusive). */
function lossesBetween(run: MeasuredRun, from: number, to: number): number[] {
  const losses: number[] = [];
  for (let i = 0; i < stepCount(run); i++) {
    const step = run.series.steps[i]!;
    if (step >= from && step <= to) losses.push(run.series.losses[i]!);
  }
  return losses;
}

/** The mean training loss of the TRAIN_LOSS_WINDOW steps up to `step`; null when none of them was trained. */
function windowMean(run: MeasuredRun, step: number): number | null {
  const losses = lossesBetween(run, step - TRAIN_LOSS_WINDOW + 1, step);
  return losses.length ? losses.reduce((sum, loss) => sum + loss, 0) / losses.length : null;
}

// ── Numbers as the texts show them ─────────────────────────────────────────────────────────────────────────────

const percent = (fraction: number): string =>
  Number.isFinite(fraction) ? `${(fraction * 100).toFixed(2)}%` : String(fraction);

/** 3 significant digits; very large or small losses in short exponent form (1.99e8), as the first D04 losses are. */
export function formatLoss(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const size = Math.abs(value);
  if (size !== 0 && (size >= 1e4 || size < 1e-3)) return value.toExponential(2).replace('e+', 'e');
  return value.toPrecision(3);
}

const points = (value: number): string => value.toFixed(2);

// ── beats ──────────────────────────────────────────────────────────────────────────────────────────────────────

type Reading =
  | {
      kind: 'value';
      value: number;
      /** where it was measured: atStep, or the last evaluation before it */ step: number;
    }
  | { kind: 'diverged'; detail: VerdictPhrase }
  | { kind: 'short'; detail: VerdictPhrase }
  | { kind: 'pending' };

function readAt(
  run: MeasuredRun,
  name: string,
  metric: 'testAccuracy' | 'testLoss' | 'trainLoss',
  atStep: DecidingStep,
): Reading {
  if (atStep === 'end') return readAtEnd(run, name, metric);
  const diverged = divergedStep(run);
  if (diverged !== null && diverged <= atStep)
    return { kind: 'diverged', detail: say('divergedAt', { name, step: diverged }) };
  const last = lastStep(run);
  if (hasEnded(run) && last < atStep)
    return { kind: 'short', detail: say('endedBefore', { name, last, step: atStep }) };
  if (metric === 'trainLoss') {
    if (last < atStep) return { kind: 'pending' };
    return { kind: 'value', value: windowMean(run, atStep)!, step: atStep };
  }
  // An evaluation comes after its step's training: the step's loss alone does not mean its evaluation is in.
  if (!hasEnded(run) && !run.evaluations.some((e) => e.step >= atStep)) return { kind: 'pending' };
  const measured = run.evaluations.filter((e) => e.step <= atStep).at(-1);
  if (!measured) return { kind: 'short', detail: say('noEvaluationBy', { name, step: atStep }) };
  return { kind: 'value', value: measured[metric], step: measured.step };
}

/** The last evaluation of a run that finished; a run stopped early has no end to read. */
function readAtEnd(run: MeasuredRun, name: string, metric: 'testAccuracy' | 'testLoss' | 'trainLoss'): Reading {
  const diverged = divergedStep(run);
  if (diverged !== null) return { kind: 'diverged', detail: say('divergedAt', { name, step: diverged }) };
  if (run.status === 'stopped')
    return { kind: 'short', detail: say('stoppedBeforeEnd', { name, step: lastStep(run) }) };
  if (run.status === 'running') return { kind: 'pending' };
  if (metric === 'trainLoss') {
    const last = lastStep(run);
    const mean = windowMean(run, last);
    if (mean === null) return { kind: 'short', detail: say('endedBeforeFirstStep', { name }) };
    return { kind: 'value', value: mean, step: last };
  }
  const measured = run.evaluations.at(-1);
  if (!measured) return { kind: 'short', detail: say('endedWithoutEvaluation', { name }) };
  return { kind: 'value', value: measured[metric], step: measured.step };
}

/** "at step 300", or where 'end' was read: "at the end (step 937)" / "at their ends (steps 60000 and 1875)". */
function whereRead(atStep: DecidingStep, a: number, b: number): VerdictPhrase {
  if (atStep !== 'end')
    return a !== atStep || b !== atStep
      ? say('atStepLastMeasured', { step: atStep, a, b })
      : say('atStep', { step: atStep });
  return a === b ? say('atEndStep', { step: a }) : say('atEnds', { a, b });
}

function beats(
  outcome: Extract<Outcome<string>, { kind: 'beats' }>,
  run: MeasuredRun,
  other: MeasuredRun,
  name: string,
  otherName: string,
): Finding {
  const { metric, atStep } = outcome;
  const a = readAt(run, name, metric, atStep);
  const b = readAt(other, otherName, metric, atStep);
  const at = atStep === 'end' ? say('atEnd') : say('atStep', { step: atStep });
  const what =
    metric === 'trainLoss'
      ? atStep === 'end'
        ? say('trainLossLast', { window: TRAIN_LOSS_WINDOW })
        : say('trainLossSteps', { from: Math.max(1, atStep - TRAIN_LOSS_WINDOW + 1), to: atStep })
      : say(metric);
  if (a.kind === 'diverged' || a.kind === 'short') return { verdict: 'fails', detail: a.detail };
  if (b.kind === 'short') return { verdict: 'fails', detail: b.detail };
  if (a.kind === 'pending' || b.kind === 'pending') return pending(what, at, run, other, name, otherName);
  const show = metric === 'testAccuracy' ? percent : formatLoss;
  if (b.kind === 'diverged') {
    const where = atStep === 'end' ? say('atEndStep', { step: a.step }) : at;
    const values = { name, value: show(a.value), what, where, diverged: b.detail };
    return Number.isFinite(a.value)
      ? { verdict: 'holds', detail: say('valueAgainstDiverged', values) }
      : { verdict: 'fails', detail: say('notFiniteAgainstDiverged', { ...values, value: String(a.value) }) };
  }
  const measured = say('measured', {
    name,
    value: show(a.value),
    otherName,
    otherValue: show(b.value),
    what,
    where: whereRead(atStep, a.step, b.step),
  });
  if (!Number.isFinite(a.value)) return { verdict: 'fails', detail: measured };
  if (!Number.isFinite(b.value)) return { verdict: 'holds', detail: measured };
  if (outcome.metric === 'testAccuracy') {
    const lead = (a.value - b.value) * 100;
    const gap = lead >= 0 ? say('aheadBy', { points: points(lead) }) : say('behindBy', { points: points(-lead) });
    return {
      verdict: lead >= outcome.byPoints - 1e-9 ? 'holds' : 'fails',
      detail: say('pointsNeeded', { measured, gap, needed: outcome.byPoints }),
    };
  }
  const ratio = b.value / a.value; // how many times lower run's loss is
  const gap =
    ratio >= 1
      ? say('timesLower', { ratio: ratio.toPrecision(3) })
      : say('timesHigher', { ratio: (1 / ratio).toPrecision(3) });
  return {
    verdict: ratio >= outcome.byFactor * (1 - 1e-12) ? 'holds' : 'fails',
    detail: say('factorNeeded', { measured, gap, needed: outcome.byFactor }),
  };
}

function pending(
  what: VerdictPhrase,
  at: VerdictPhrase,
  run: MeasuredRun,
  other: MeasuredRun,
  name: string,
  otherName: string,
): Finding {
  return {
    verdict: 'undecided',
    detail: say('notMeasuredYet', { what, at, name, step: lastStep(run), otherName, otherStep: lastStep(other) }),
  };
}

// ── matches ────────────────────────────────────────────────────────────────────────────────────────────────────

function matches(
  outcome: Extract<Outcome<string>, { kind: 'matches' }>,
  run: MeasuredRun,
  other: MeasuredRun,
  name: string,
  otherName: string,
): Finding {
  const { atStep, withinPoints } = outcome;
  const a = readAt(run, name, 'testAccuracy', atStep);
  const b = readAt(other, otherName, 'testAccuracy', atStep);
  const at = atStep === 'end' ? say('atEnd') : say('atStep', { step: atStep });
  // Either run failing to get there decides it: there is nothing to match.
  for (const reading of [a, b])
    if (reading.kind === 'diverged' || reading.kind === 'short') return { verdict: 'fails', detail: reading.detail };
  if (a.kind !== 'value' || b.kind !== 'value') return pending(say('testAccuracy'), at, run, other, name, otherName);
  const measured = say('measured', {
    name,
    value: percent(a.value),
    otherName,
    otherValue: percent(b.value),
    what: say('testAccuracy'),
    where: whereRead(atStep, a.step, b.step),
  });
  const gap = Math.abs(a.value - b.value) * 100;
  if (!Number.isFinite(gap)) return { verdict: 'fails', detail: measured };
  return {
    verdict: gap <= withinPoints + 1e-9 ? 'holds' : 'fails',
    detail: say('pointsApart', { measured, points: points(gap), allowed: withinPoints }),
  };
}

// ── improves ───────────────────────────────────────────────────────────────────────────────────────────────────

function improves(
  { fromStep, toStep, byFactor }: Extract<Outcome<string>, { kind: 'improves' }>,
  run: MeasuredRun,
  name: string,
): Finding {
  const window = (step: number) => say('meanOfSteps', { from: Math.max(1, step - TRAIN_LOSS_WINDOW + 1), to: step });
  const before = readAt(run, name, 'trainLoss', fromStep);
  const after = readAt(run, name, 'trainLoss', toStep);
  if (before.kind === 'diverged' || before.kind === 'short') return { verdict: 'fails', detail: before.detail };
  if (after.kind === 'diverged' || after.kind === 'short') return { verdict: 'fails', detail: after.detail };
  if (before.kind !== 'value' || after.kind !== 'value') {
    return {
      verdict: 'undecided',
      detail: say('comparedAtStep', { name, step: lastStep(run), toStep }),
    };
  }
  const ratio = before.value / after.value;
  const change =
    ratio >= 1 ? say('fellBy', { ratio: ratio.toPrecision(3) }) : say('roseBy', { ratio: (1 / ratio).toPrecision(3) });
  return {
    verdict: ratio >= byFactor * (1 - 1e-12) ? 'holds' : 'fails',
    detail: say('lossChange', {
      name,
      change,
      before: formatLoss(before.value),
      beforeWindow: window(fromStep),
      after: formatLoss(after.value),
      afterWindow: window(toStep),
      needed: byFactor,
    }),
  };
}

// ── diverges / staysFinite ─────────────────────────────────────────────────────────────────────────────────────

function divergence(run: MeasuredRun, name: string, step: number): VerdictPhrase {
  const losses = lossesBetween(run, step, step);
  const loss = losses.find((value) => !Number.isFinite(value));
  return loss === undefined ? say('divergedAt', { name, step }) : say('lossBecame', { name, loss: String(loss), step });
}

/** The largest loss up to `step` (all finite there), as a text. */
function largest(run: MeasuredRun, step: number): VerdictPhrase {
  return say('largest', { loss: formatLoss(Math.max(...lossesBetween(run, 1, step))) });
}

function diverges(run: MeasuredRun, name: string, withinSteps: number): Finding {
  const diverged = divergedStep(run);
  if (diverged !== null && diverged <= withinSteps) {
    return {
      verdict: 'holds',
      detail: say('withinSteps', { event: divergence(run, name, diverged), steps: withinSteps }),
    };
  }
  const last = lastStep(run);
  if (last >= withinSteps) {
    return {
      verdict: 'fails',
      detail: say('stayedFiniteThrough', { name, step: withinSteps, largest: largest(run, withinSteps) }),
    };
  }
  if (hasEnded(run)) return { verdict: 'fails', detail: say('endedWithoutDiverging', { name, step: last }) };
  return { verdict: 'undecided', detail: say('finiteSoFar', { name, step: last, of: withinSteps }) };
}

function explodes(
  run: MeasuredRun,
  name: string,
  { withinSteps, factor }: { withinSteps: number; factor: number },
): Finding {
  const diverged = divergedStep(run);
  if (diverged !== null && diverged <= withinSteps) {
    return {
      verdict: 'holds',
      detail: say('withinSteps', { event: divergence(run, name, diverged), steps: withinSteps }),
    };
  }
  const losses = lossesBetween(run, 1, withinSteps);
  const first = losses[0];
  if (first !== undefined) {
    const peak = Math.max(...losses);
    const at = run.series.steps[run.series.losses.indexOf(peak)]!;
    const flight = say('lossReached', {
      name,
      peak: formatLoss(peak),
      step: at,
      ratio: formatLoss(peak / first),
      first: formatLoss(first),
    });
    if (peak >= factor * first)
      return { verdict: 'holds', detail: say('withinSteps', { event: flight, steps: withinSteps }) };
    if (lastStep(run) >= withinSteps || hasEnded(run)) {
      return {
        verdict: 'fails',
        detail: say('underFactor', { flight, factor, step: Math.min(withinSteps, lastStep(run)) }),
      };
    }
  } else if (hasEnded(run)) {
    return { verdict: 'fails', detail: say('endedBeforeFirstStep', { name }) };
  }
  return { verdict: 'undecided', detail: say('notYetFactor', { name, step: lastStep(run), of: withinSteps, factor }) };
}

function staysFinite(run: MeasuredRun, name: string, throughStep: number): Finding {
  const diverged = divergedStep(run);
  if (diverged !== null && diverged <= throughStep) {
    return { verdict: 'fails', detail: divergence(run, name, diverged) };
  }
  const last = lastStep(run);
  if (last >= throughStep) {
    return {
      verdict: 'holds',
      detail: say('stayedFiniteThrough', { name, step: throughStep, largest: largest(run, throughStep) }),
    };
  }
  if (!hasEnded(run))
    return { verdict: 'undecided', detail: say('finiteSoFar', { name, step: last, of: throughStep }) };
  if (last === 0) return { verdict: 'fails', detail: say('endedBeforeFirstStep', { name }) };
  return { verdict: 'holds', detail: say('stayedFiniteToEnd', { name, step: last, largest: largest(run, last) }) };
}

// ── reachesFirst ───────────────────────────────────────────────────────────────────────────────────────────────

interface Reach {
  /** The first evaluation step at or above the threshold; undefined while it has not been reached. */
  at: number | undefined;
  /** The last evaluation's step, 0 before the first. */
  evaluatedTo: number;
  best: VerdictPhrase;
  ended: boolean;
}

function reachOf(run: MeasuredRun, threshold: number): Reach {
  const reached = run.evaluations.find((e) => e.testAccuracy * 100 >= threshold - 1e-9);
  const accuracies = run.evaluations.map((e) => e.testAccuracy).filter(Number.isFinite);
  return {
    at: reached?.step,
    evaluatedTo: run.evaluations.at(-1)?.step ?? 0,
    best: accuracies.length ? say('best', { value: percent(Math.max(...accuracies)) }) : say('notEvaluatedYet'),
    ended: hasEnded(run),
  };
}

function reachesFirst(
  run: MeasuredRun,
  other: MeasuredRun,
  name: string,
  otherName: string,
  { percent: threshold }: { percent: number },
): Finding {
  const x = reachOf(run, threshold);
  const y = reachOf(other, threshold);
  const target = say('accuracyTarget', { percent: threshold });
  if (x.at !== undefined && y.at !== undefined) {
    if (x.at === y.at) return { verdict: 'fails', detail: say('bothReached', { name, otherName, target, step: x.at }) };
    const [first, firstAt, second, secondAt] =
      x.at < y.at ? [name, x.at, otherName, y.at] : [otherName, y.at, name, x.at];
    return {
      verdict: x.at < y.at ? 'holds' : 'fails',
      detail: say('reachedFirst', { first, target, step: firstAt, second, secondStep: secondAt }),
    };
  }
  if (x.at !== undefined) {
    // y has not reached it: decided once y was evaluated at x's step or later, or ended.
    const yState = y.ended ? say('neverDid') : say('hadNotBy', { step: y.evaluatedTo });
    if (y.ended || y.evaluatedTo >= x.at) {
      return {
        verdict: 'holds',
        detail: say('reachedOtherNot', { name, target, step: x.at, otherName, state: yState, best: y.best }),
      };
    }
    return {
      verdict: 'undecided',
      detail: say('reachedOtherAt', { name, target, step: x.at, otherName, otherStep: lastStep(other), best: y.best }),
    };
  }
  if (y.at !== undefined) {
    const xState = x.ended ? say('neverDid') : say('hadNotBy', { step: x.evaluatedTo });
    if (x.ended || x.evaluatedTo >= y.at) {
      return {
        verdict: 'fails',
        detail: say('reachedOtherNot', {
          name: otherName,
          target,
          step: y.at,
          otherName: name,
          state: xState,
          best: x.best,
        }),
      };
    }
    return {
      verdict: 'undecided',
      detail: say('reachedOtherAt', {
        name: otherName,
        target,
        step: y.at,
        otherName: name,
        otherStep: lastStep(run),
        best: x.best,
      }),
    };
  }
  if (x.ended) return { verdict: 'fails', detail: say('endedWithoutReaching', { name, target, best: x.best }) };
  return {
    verdict: 'undecided',
    detail: say('neitherReached', { target, name, best: x.best, otherName, otherBest: y.best }),
  };
}
