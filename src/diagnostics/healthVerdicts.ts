// Verdicts read from the health samples: where a NaN/Inf first appeared, exploding and vanishing gradients, dead
// ReLUs and saturated units (T02, T05, D04, L11).
import { firstNonFinite, type HealthSample, type LayerHealth } from './health';
import {
  int,
  isBadInit,
  isSquashing,
  lr,
  make,
  median,
  num,
  pct,
  tenth,
  THRESHOLDS as T,
  type Verdict,
  type VerdictInput,
} from './verdict';

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

export function exploding({ settings }: VerdictInput, recent: readonly HealthSample[]): Verdict | null {
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

export function vanishing({ settings }: VerdictInput, recent: readonly HealthSample[]): Verdict | null {
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

export function unitRules({ settings }: VerdictInput, recent: readonly HealthSample[]): (Verdict | null)[] {
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
