// Verdicts read from the health samples: where a NaN/Inf first appeared, exploding and vanishing gradients, dead
// ReLUs and saturated units (T02, T05, D04, L11).
import { always, REMEDIES, tryRemedies } from './advice';
import { firstNonFinite, relativeGradient, type HealthSample, type LayerHealth, type NonFiniteOrigin } from './health';
import {
  isBadInit,
  isSquashing,
  make,
  median,
  tenth,
  THRESHOLDS as T,
  type Verdict,
  type VerdictInput,
} from './verdict';
import { say } from './verdictWords';

export function isFiniteSample(sample: HealthSample): boolean {
  return sample.layers.every(
    (l) => l.nonFinite.length === 0 && Number.isFinite(l.gradientNorm) && Number.isFinite(l.activationStd),
  );
}

export function nonFinite({ training, health, divergedAt, settings }: VerdictInput): Verdict | null {
  let [lossAt, lossValue] = [divergedAt, NaN];
  for (let i = 0; i < training.length; i++) {
    const loss = training.losses[i]!;
    if (Number.isFinite(loss) || (lossAt !== null && training.steps[i] !== lossAt)) continue;
    [lossAt, lossValue] = [training.steps[i]!, loss];
    break;
  }
  return nonFiniteVerdict(settings, lossAt, lossValue, firstNonFinite(health));
}

/** The verdict from the step (and value) of the non-finite loss, if any, and the first NaN/Inf in the samples. */
export function nonFiniteVerdict(
  settings: VerdictInput['settings'],
  lossAt: number | null,
  lossValue: number,
  found: NonFiniteOrigin | null,
): Verdict | null {
  // A sample taken after the loss blew up shows the aftermath, not the origin.
  const origin = found && (lossAt === null || found.step <= lossAt) ? found : null;
  if (lossAt === null && !origin) return null;
  const where =
    origin &&
    (origin.layer === null
      ? say('nonFinite.whereLoss', { step: origin.step })
      : say('nonFinite.where', {
          quantity: say(`quantity.${origin.quantity === 'loss' ? 'activation' : origin.quantity}`),
          layer: origin.layer,
          step: origin.step,
        }));
  const first =
    lossAt === null
      ? say('nonFinite.appeared', { where: where! })
      : say('nonFinite.lossBecame', {
          value: say(Number.isNaN(lossValue) ? 'nonFinite.nan' : 'nonFinite.infinite'),
          step: lossAt,
          where: where ?? say('nonFinite.whereLoss', { step: lossAt }),
        });
  // N(0,1) without batch norm is this branch's condition: both remedies are new to the run.
  if (isBadInit(settings) && settings.batchNorm === 'off')
    return make('nonFinite', say('nonFinite.fromInit', { first }), ['D04', 'T05'], say('nonFinite.tryInit'));
  return make(
    'nonFinite',
    say('nonFinite.fromRate', { first, rate: settings.learningRate }),
    ['L04'],
    say('try.tenthRate', { rate: tenth(settings) }),
  );
}

/** Per layer (by position in the latest sample), the median of `pick` over the samples. */
function layerMedians(samples: readonly HealthSample[], pick: (l: LayerHealth) => number) {
  return (samples.at(-1)?.layers ?? []).map((layer, i) => {
    const values = samples.map((s) => s.layers[i]).filter((l) => l !== undefined);
    return { name: layer.name, value: median(values.map(pick)) };
  });
}

export function exploding({ settings }: VerdictInput, recent: readonly HealthSample[]): Verdict | null {
  const grads = layerMedians(recent, (l) => l.gradientNorm);
  const [first, output] = [grads[0], grads.at(-1)];
  const ratio = first && output && grads.length >= 2 ? first.value / output.value : 0;
  const wild = layerMedians(recent, (l) => l.activationStd).find((l) => l.value > T.explodingActivationStd);
  if (!(ratio >= T.explodingRatio) && !wild) return null;
  const clipping = say(settings.clipping === 'none' ? 'exploding.clipping' : 'exploding.clippingOn');
  const gradient = ratio >= T.explodingRatio ? { first: first!.name, ratio, output: output!.name } : null;
  const activations = wild ? { layer: wild.name, std: wild.value } : null;
  const what =
    gradient && activations
      ? say('exploding.both', { ...gradient, ...activations })
      : gradient
        ? say('exploding.ratio', gradient)
        : say('exploding.wild', activations!);
  return make(
    'explodingGradients',
    say(isBadInit(settings) ? 'exploding.messageInit' : 'exploding.message', { what }),
    ['T05', 'D09', 'L09'],
    tryRemedies(settings, [REMEDIES.heInit, REMEDIES.batchNorm], {
      tail: say('exploding.tail', { clipping }),
      otherwise: say('exploding.otherwise', { rate: tenth(settings), clipping }),
    }),
  );
}

/** Optimizers that scale each weight's step by its own gradient history, so small gradients still move weights. */
const ADAPTIVE: Record<string, string> = {
  adam: 'Adam',
  adamax: 'Adamax',
  nadam: 'Nadam',
  rmsprop: 'RMSProp',
  adagrad: 'AdaGrad',
};

interface LayerGradient {
  name: string;
  relative: number;
  gradient: number;
  /** ‖update‖ / ‖weights‖ of the step: what the optimizer actually did with the gradient. */
  update: number;
}

export interface VanishingWindow {
  /** Step of the window's latest sample. */
  step: number;
  /** How many times the first layer's relative gradient is below the largest later layer's. */
  ratio: number;
  first: LayerGradient;
  largest: LayerGradient;
}

/** The vanishing ratio over the `healthWindow` samples ending at each sample, skipping those where it is undefined. */
function vanishingWindows(samples: readonly HealthSample[]): VanishingWindow[] {
  const windows: VanishingWindow[] = [];
  for (let end = T.healthWindow; end <= samples.length; end++) {
    const found = vanishingWindow(samples.slice(end - T.healthWindow, end));
    if (found) windows.push(found);
  }
  return windows;
}

/** The vanishing ratio over one window of samples; null where it is undefined (too shallow, zero or NaN). */
export function vanishingWindow(window: readonly HealthSample[]): VanishingWindow | null {
  const relative = layerMedians(window, relativeGradient);
  if (relative.length < T.vanishingMinLayers || !(relative[0]!.value > 0)) return null;
  let at = 1;
  for (let i = 2; i < relative.length; i++) if (relative[i]!.value > relative[at]!.value) at = i;
  const ratio = relative[at]!.value / relative[0]!.value;
  if (!Number.isFinite(ratio)) return null;
  const gradients = layerMedians(window, (l) => l.gradientNorm);
  const updates = layerMedians(window, (l) => l.updateRatio);
  const pick = (i: number): LayerGradient => ({
    name: relative[i]!.name,
    relative: relative[i]!.value,
    gradient: gradients[i]!.value,
    update: updates[i]!.value,
  });
  return { step: window.at(-1)!.step, ratio, first: pick(0), largest: pick(at) };
}

/**
 * The first layer's gradient, relative to its weights, far below a later layer's: under SGD it changes that many
 * times more slowly (T02). Relative, because the raw norms mislead: with N(0,1) weights a deep sigmoid net's raw
 * gradient norms stay within ~15× while the first layer's weights are ~10× larger than the output's. The rule reads
 * every window of the run: a net that recovers (the sigmoid N(0,1) net does, after ~150 steps) is told it happened.
 */
export function vanishing({ settings }: VerdictInput, finite: readonly HealthSample[]): Verdict | null {
  const windows = vanishingWindows(finite);
  const held = windows.filter((w) => w.ratio >= T.vanishingRatio);
  const worst = held.length ? held.reduce((a, b) => (b.ratio > a.ratio ? b : a)) : null;
  return vanishingVerdict(settings, windows.at(-1) ?? null, held.at(-1) ?? null, worst);
}

/**
 * The verdict from the latest window, the latest one at or above the ratio, and the first of the highest ratio
 * (the earliest, when several tie).
 */
export function vanishingVerdict(
  settings: VerdictInput['settings'],
  now: VanishingWindow | null,
  lastHeld: VanishingWindow | null,
  worst: VanishingWindow | null,
): Verdict | null {
  if (!now || !lastHeld || !worst) return null;
  const squashing = isSquashing(settings);
  const name = squashing ? say('vanishing.nameOf', { activation: settings.activation }) : say('vanishing.name');
  // A squashing run can always switch to ReLU, so only a ReLU-like run can have every remedy.
  const tryThis = tryRemedies(
    settings,
    squashing ? [REMEDIES.relu, REMEDIES.heInit] : [REMEDIES.heInit, REMEDIES.batchNorm],
    { otherwise: say('vanishing.otherwise') },
  );
  if (now.ratio >= T.vanishingRatio) {
    const { first, largest, ratio } = now;
    const layers = { first: first.name, largest: largest.name };
    return make(
      'vanishingGradients',
      say('vanishing.now', {
        ...layers,
        ratio,
        firstRelative: first.relative,
        largestRelative: largest.relative,
        raw: largest.gradient / first.gradient,
        name,
        adaptive: Object.hasOwn(ADAPTIVE, settings.optimizer)
          ? say('vanishing.adaptive', {
              ...layers,
              optimizer: ADAPTIVE[settings.optimizer]!,
              firstUpdate: first.update,
              largestUpdate: largest.update,
            })
          : '',
      }),
      ['T02', 'T05'],
      tryThis,
    );
  }
  return make(
    'vanishingGradients',
    say('vanishing.recovered', {
      step: lastHeld.step,
      first: worst.first.name,
      largest: worst.largest.name,
      ratio: worst.ratio,
      worstStep: worst.step,
      name,
      now: now.ratio,
    }),
    ['T02', 'T05'],
    tryThis,
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

export function unitRules({ settings }: VerdictInput, recent: readonly HealthSample[]): (Verdict | null)[] {
  const dead = settings.activation === 'relu' ? persistent(recent, (l) => l.deadFraction, T.deadFraction) : null;
  const sat = isSquashing(settings) ? persistent(recent, (l) => l.saturatedFraction, T.saturatedFraction) : null;
  return [
    dead &&
      make(
        'deadRelus',
        say('units.dead', { fraction: dead.value, layer: dead.name, samples: T.persistSamples }),
        ['L11'],
        tryRemedies(settings, [REMEDIES.leakyRelu, always(say('remedy.tenthRate', { rate: tenth(settings) }))], {
          otherwise: say('try.tenthRate', { rate: tenth(settings) }),
        }),
      ),
    sat &&
      make(
        'saturated',
        say('units.saturated', {
          fraction: sat.value,
          layer: sat.name,
          activation: settings.activation,
          samples: T.persistSamples,
        }),
        ['T02'],
        // Only sigmoid and tanh saturate, so ReLU is always left to suggest.
        tryRemedies(settings, [REMEDIES.relu, REMEDIES.glorotInit, REMEDIES.batchNorm], {
          otherwise: say('units.tryRelu'),
        }),
      ),
  ];
}
