// Verdicts: pure rules that read a run's metric streams and tell a learner, in plain words, why the run fails and
// which knob to try, citing the tips of shared/TIPS.md. Every number a rule compares against lives in THRESHOLDS.
import { EXPLODING_FACTOR, findExplodingLoss } from './explodingLoss';
import { firstNonFinite, type HealthSample, type LayerHealth } from './health';

export interface VerdictInput {
  settings: {
    activation: string;
    initializer: string;
    /** 'off' | 'before' | 'after' */
    batchNorm: string;
    /** 'full' | 'oneExample' | 'oneBatch' | 'examples' */
    trainingSubset: string;
    optimizer: string;
    learningRate: number;
    dropout: readonly number[];
  };
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

/** Every verdict's severity and title, in the order verdictsFor lists them: the most fundamental first. */
const KINDS = {
  nonFinite: ['problem', 'The run diverged (NaN/Inf)'],
  explodingGradients: ['problem', 'Exploding gradients'],
  vanishingGradients: ['warning', 'Vanishing gradients'],
  deadRelus: ['warning', 'Dead ReLUs'],
  saturated: ['warning', 'Saturated units'],
  lrTooHigh: ['problem', 'Learning rate too high'],
  lrTooLow: ['warning', 'Learning rate too low'],
  cannotOverfit: ['problem', 'Cannot overfit a tiny training set'],
  bothRising: ['problem', 'Both losses rise'],
  stuck: ['problem', 'Stuck'],
  dataProblem: ['problem', 'Something is wrong with the training data'],
  overfitting: ['warning', 'Overfitting'],
} as const satisfies Record<string, readonly ['problem' | 'warning', string]>;

export type VerdictKind = keyof typeof KINDS;

export interface Verdict {
  kind: VerdictKind;
  severity: 'problem' | 'warning';
  /** short title */
  title: string;
  /** the full sentence with numbers */
  message: string;
  /** tip IDs from TIPS.md, e.g. ['T02'] */
  tips: string[];
  /** what to try, naming the knob */
  tryThis: string;
}

export const THRESHOLDS = {
  /** Health rules read the median per layer of the latest 3 finite samples: one odd batch must not decide. */
  healthWindow: 3,
  /** Dead/saturated units must show in the latest 2 samples, so one noisy batch does not fire. */
  persistSamples: 2,
  /** First layer's gradient this many times below the largest later one: healthy nets stay within ~10×. */
  vanishingRatio: 100,
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
const int = (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : '∞');
const num = (x: number) => x.toPrecision(3);
const pct = (x: number) => `${Math.round(x * 100)}%`;
const lr = (x: number) => String(Number(x.toPrecision(3)));
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const isBadInit = (s: VerdictInput['settings']) => s.initializer === 'standardNormal';
const isSquashing = (s: VerdictInput['settings']) => s.activation === 'sigmoid' || s.activation === 'tanh';
const tenth = (s: VerdictInput['settings']) => lr(s.learningRate / 10);
const make = (kind: VerdictKind, message: string, tips: string[], tryThis: string): Verdict => {
  const [severity, title] = KINDS[kind];
  return { kind, severity, title, message, tips, tryThis };
};

/** The loss at the start of the run (see THRESHOLDS.startPoints); NaN when there is none. */
const startLoss = (losses: readonly number[]) => (losses.length ? median(losses.slice(0, T.startPoints)) : NaN);

/** Every verdict that holds, in KINDS order: the divergence, the health signs that explain it, the loss curves. */
export function verdictsFor(input: VerdictInput): Verdict[] {
  const recent = input.health.filter(isFiniteSample).slice(-T.healthWindow);
  const diverged = nonFinite(input);
  const found = [diverged, exploding(input, recent), vanishing(input, recent), ...unitRules(input, recent)];
  // Loss-curve rules would only read the blow-up of a diverged run.
  if (!diverged) {
    const points = finitePoints(input.training);
    const high = lrTooHigh(input, points);
    const low = high ? null : lrTooLow(input, points);
    found.push(high, low, cannotOverfit(input), lossPattern(input, points, low !== null));
  }
  const order = Object.keys(KINDS);
  return found.filter((v) => v !== null).sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}

function isFiniteSample(sample: HealthSample): boolean {
  return sample.layers.every(
    (l) => l.nonFinite.length === 0 && Number.isFinite(l.gradientNorm) && Number.isFinite(l.activationStd),
  );
}

function nonFinite({ training, health, divergedAt, settings }: VerdictInput): Verdict | null {
  let [lossAt, lossValue] = [divergedAt, NaN];
  for (let i = 0; i < training.length; i++) {
    const loss = training.losses[i]!;
    if (Number.isFinite(loss) || (lossAt !== null && training.steps[i] !== lossAt)) continue;
    [lossAt, lossValue] = [training.steps[i]!, loss];
    break;
  }
  // A sample taken after the loss blew up shows the aftermath, not the origin.
  const found = firstNonFinite(health);
  const origin = found && (lossAt === null || found.step <= lossAt) ? found : null;
  if (lossAt === null && !origin) return null;
  const where = origin && `the ${origin.quantity}s of ${origin.layer ?? 'the loss'} at step ${int(origin.step)}`;
  const first =
    lossAt === null
      ? `A NaN/Inf appeared in ${where}.`
      : `Loss became ${Number.isNaN(lossValue) ? 'NaN' : 'infinite'} at step ${int(lossAt)}; ` +
        `the first NaN/Inf appeared in ${where ?? `the loss at step ${int(lossAt)}`}.`;
  if (isBadInit(settings) && settings.batchNorm === 'off')
    return make(
      'nonFinite',
      `${first} Likely cause: exploding activations from N(0,1) init (D04, T05).`,
      ['D04', 'T05'],
      'Try He init, or batch norm.',
    );
  return make(
    'nonFinite',
    `${first} Likely cause: the learning rate (${lr(settings.learningRate)}) is too high (L04).`,
    ['L04'],
    `Try a learning rate 10× smaller (${tenth(settings)}).`,
  );
}

/** Per layer (by position in the latest sample), the median of `pick` over the samples. */
function layerMedians(samples: readonly HealthSample[], pick: (l: LayerHealth) => number) {
  return (samples.at(-1)?.layers ?? []).map((layer, i) => {
    const values = samples.map((s) => s.layers[i]).filter((l) => l !== undefined);
    return { name: layer.name, value: median(values.map(pick)) };
  });
}

function exploding({ settings }: VerdictInput, recent: readonly HealthSample[]): Verdict | null {
  const grads = layerMedians(recent, (l) => l.gradientNorm);
  const [first, output] = [grads[0], grads.at(-1)];
  const ratio = first && output && grads.length >= 2 ? first.value / output.value : 0;
  const wild = layerMedians(recent, (l) => l.activationStd).find((l) => l.value > T.explodingActivationStd);
  if (!(ratio >= T.explodingRatio) && !wild) return null;
  const sentence = [
    ratio >= T.explodingRatio ? `Layer ${first!.name}'s gradient is ${int(ratio)}× larger than ${output!.name}'s` : '',
    wild ? `the activations of ${wild.name} have a standard deviation of ${num(wild.value)}` : '',
  ]
    .filter(Boolean)
    .join(', and ');
  return make(
    'explodingGradients',
    `${sentence[0]!.toUpperCase()}${sentence.slice(1)}: exploding gradients` +
      `${isBadInit(settings) ? ' from N(0,1) init' : ''} (T05, D09).`,
    ['T05', 'D09', 'L09'],
    'Try He init (initializer) or batch norm; gradient clipping stops the explosion but only hides its cause (L09).',
  );
}

function vanishing({ settings }: VerdictInput, recent: readonly HealthSample[]): Verdict | null {
  const grads = layerMedians(recent, (l) => l.gradientNorm);
  const first = grads[0];
  if (!first || grads.length < T.vanishingMinLayers) return null;
  const largest = grads.slice(1).reduce((a, b) => (b.value > a.value ? b : a));
  const ratio = largest.value / first.value;
  if (!(ratio >= T.vanishingRatio)) return null;
  const squashing = isSquashing(settings);
  return make(
    'vanishingGradients',
    `Layer ${first.name}'s gradient is ${int(ratio)}× smaller than ${largest.name}'s: vanishing gradients` +
      `${squashing ? ` (${settings.activation})` : ''}. The first layers barely learn (T02).`,
    ['T02', 'T05'],
    squashing ? 'Try ReLU (activation) or He init (initializer).' : 'Try He init (initializer) or batch norm.',
  );
}

/** The layer whose `pick` is ≥ `threshold` in each of the latest samples (highest latest value); null if none. */
function persistent(recent: readonly HealthSample[], pick: (l: LayerHealth) => number | null, threshold: number) {
  const samples = recent.slice(-T.persistSamples);
  let found: { name: string; value: number } | null = null;
  if (samples.length < T.persistSamples) return found;
  for (const [i, layer] of samples.at(-1)!.layers.entries()) {
    const values = samples.map((s) => (s.layers[i] ? pick(s.layers[i]) : null));
    const latest = values.at(-1) ?? -1;
    if (values.every((v) => v !== null && v >= threshold) && latest > (found?.value ?? -1))
      found = { name: layer.name, value: latest };
  }
  return found;
}

function unitRules({ settings }: VerdictInput, recent: readonly HealthSample[]): (Verdict | null)[] {
  const dead = settings.activation === 'relu' ? persistent(recent, (l) => l.deadFraction, T.deadFraction) : null;
  const sat = isSquashing(settings) ? persistent(recent, (l) => l.saturatedFraction, T.saturatedFraction) : null;
  const last = `in the last ${T.persistSamples} health samples`;
  return [
    dead &&
      make(
        'deadRelus',
        `${pct(dead.value)} of ${dead.name}'s units output zero for every example of the batch ${last}: ` +
          'dead ReLUs (L11).',
        ['L11'],
        `Try leaky ReLU (activation) or a learning rate 10× smaller (${tenth(settings)}).`,
      ),
    sat &&
      make(
        'saturated',
        `${pct(sat.value)} of ${sat.name}'s outputs sit at the ${settings.activation}'s limits ${last}: ` +
          'saturated units pass almost no gradient (T02).',
        ['T02'],
        'Try ReLU (activation), or Glorot init / batch norm to keep the inputs of the activation small.',
      ),
  ];
}

interface Points {
  steps: number[];
  losses: number[];
}

function finitePoints({ steps, losses, length }: VerdictInput['training']): Points {
  const out: Points = { steps: [], losses: [] };
  for (let i = 0; i < length; i++) {
    if (!Number.isFinite(losses[i])) continue;
    out.steps.push(steps[i]!);
    out.losses.push(losses[i]!);
  }
  return out;
}

function lrTooHigh({ settings }: VerdictInput, { steps, losses }: Points): Verdict | null {
  const tooHigh = (message: string) =>
    make('lrTooHigh', message, ['L04', 'D02'], `Try a learning rate 10× smaller (${tenth(settings)}).`);
  const rate = lr(settings.learningRate);
  const exploded = findExplodingLoss(steps, losses);
  if (exploded)
    return tooHigh(
      `The loss reached ${num(exploded.loss)} at step ${int(exploded.step)}, over ${T.explodingLoss}× its first ` +
        `value ${num(exploded.firstLoss)}: the learning rate (${rate}) is too high (L04).`,
    );
  const half = losses.slice(losses.length >> 1);
  const span = steps.at(-1)! - steps[losses.length >> 1]!;
  const first = startLoss(losses);
  if (half.length < 8 || span < T.oscillationMinSteps || !(first > 0)) return null;
  const quarter = half.length >> 2;
  const [start, end, m] = [mean(half.slice(0, quarter)), mean(half.slice(-quarter)), mean(half)];
  const std = Math.sqrt(mean(half.map((x) => (x - m) ** 2)));
  if (end < T.oscillationTrend * start || std < T.oscillationStd * first) return null;
  return tooHigh(
    `Over the last ${int(span)} steps the loss swings by ±${num(std)} (${pct(std / first)} of its starting ` +
      `value) without falling (${num(start)} → ${num(end)}): the learning rate (${rate}) looks too high (D02, L04).`,
  );
}

function lrTooLow({ settings }: VerdictInput, { steps, losses }: Points): Verdict | null {
  if (losses.length === 0 || steps.at(-1)! < T.lrTooLowMinSteps) return null;
  const blocks = Math.min(T.lossBlocks, losses.length);
  const at = (b: number) => Math.floor((b * losses.length) / blocks);
  const means = Array.from({ length: blocks }, (_, b) => mean(losses.slice(at(b), at(b + 1))));
  const [start, end] = [means[0]!, means.at(-1)!];
  if (!(start > 0) || start - end >= T.lrTooLowFall * start || Math.min(...means) < T.lrTooLowFloor * start)
    return null;
  return make(
    'lrTooLow',
    `After ${int(steps.at(-1)!)} steps the loss has barely moved (${num(start)} → ${num(end)}, under ` +
      `${pct(T.lrTooLowFall)} lower): flat from the start, the learning rate (${lr(settings.learningRate)}) ` +
      'looks too low (D02).',
    ['D02', 'L04'],
    `Try a learning rate 10× larger (${lr(settings.learningRate * 10)}); bisect between 0.1 and 0.0001 (L04).`,
  );
}

function cannotOverfit({ settings, evaluations }: VerdictInput): Verdict | null {
  const latest = evaluations.findLast((e) => e.train !== undefined);
  const what = { oneBatch: 'one batch', oneExample: 'one example' }[settings.trainingSubset];
  if (!what || !latest?.train || latest.step < T.cannotOverfitSteps) return null;
  if (latest.train.accuracy >= T.cannotOverfitAccuracy) return null;
  return make(
    'cannotOverfit',
    `After ${int(latest.step)} steps on ${what} the training accuracy is only ` +
      `${(latest.train.accuracy * 100).toFixed(1)}%: ` +
      `the model cannot overfit ${what}: something in the model or pipeline is broken (D01).`,
    ['D01'],
    'Check the output layer (logits, no activation), the labels and the input preprocessing; then the learning rate.',
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

/** L12's patterns over the last evaluations; both falling (learning) gives no verdict. */
function lossPattern(input: VerdictInput, points: Points, lrTooLowFired: boolean): Verdict | null {
  const { evaluations: evals, settings } = input;
  if (evals.length < T.evaluations) return null;
  const allTrain = trainLosses(input);
  const train = allTrain.slice(-T.evaluations);
  const test = evals.slice(-T.evaluations).map((e) => e.testLoss);
  if (![...train, ...test].every(Number.isFinite)) return null;
  const trend = (ys: number[]) => {
    const d = relativeTrend(ys);
    return d <= -T.flatChange ? 'falls' : d >= T.flatChange ? 'rises' : 'flat';
  };
  const [trainTrend, testTrend, tr, te] = [trend(train), trend(test), train.at(-1)!, test.at(-1)!];
  const range = (ys: number[]) => `${num(ys[0]!)} → ${num(ys.at(-1)!)}`;
  const both = `over the last ${T.evaluations} evaluations (training ${range(train)}, test ${range(test)})`;

  const best = evals.reduce(
    (b, e, i) => (Number.isFinite(e.testLoss) && !(e.testLoss >= evals[b]!.testLoss) ? i : b),
    0,
  );
  const sinceBest = evals.length - 1 - best;
  if (trainTrend === 'falls' && sinceBest >= T.overfitPatience && te - tr >= T.overfitGap * te)
    return make(
      'overfitting',
      `The training loss keeps falling (${range(train)}) but the test loss has not beaten its best ` +
        `(${num(evals[best]!.testLoss)} at step ${int(evals[best]!.step)}) for ${sinceBest} evaluations ` +
        `and is now ${num(te)}: overfitting (L12).`,
      ['L12', 'M05', 'L07'],
      'Try dropout, L2 weight decay, more training data, or early stopping (M05, L07).',
    );
  if (trainTrend === 'rises' && testTrend === 'rises')
    return make(
      'bothRising',
      `Both losses rise ${both}: bad architecture or hyper-parameters (L12).`,
      ['L12'],
      `Try a learning rate 10× smaller (${tenth(settings)}), then revisit the architecture.`,
    );
  const firstLoss = points.losses.length ? startLoss(points.losses) : allTrain[0]!;
  // lrTooLow already explains a loss flat from the start, and names the knob.
  if (trainTrend === 'flat' && testTrend === 'flat' && tr >= T.stuckLevel * firstLoss && !lrTooLowFired)
    return make(
      'stuck',
      `Both losses are flat ${both}, still at ${pct(tr / firstLoss)} of the starting training loss: ` +
        'the run is stuck (L12).',
      ['L12'],
      'Try a lower learning rate or a smaller batch (L12).',
    );
  // With dropout on, the minibatch training loss is inflated and cannot be compared with the test loss.
  const comparable = evals.at(-1)!.train !== undefined || !settings.dropout.some((d) => d > 0);
  if (trainTrend === 'flat' && testTrend === 'falls' && comparable && tr >= T.dataProblemRatio * te)
    return make(
      'dataProblem',
      `The test loss falls (${range(test)}) while the training loss stays flat at ${num(tr)}, ${num(tr / te)}× the ` +
        'test loss: something is wrong with the training data, e.g. noisy labels (L12, L02).',
      ['L12', 'L02'],
      'Check the training labels and preprocessing (label noise, normalisation).',
    );
  return null;
}
