// What the trainer measures about a network's health every few steps, per layer with weights, as plain numbers:
// produced by the engine, read by the verdicts and the health panel. Types and pure helpers only.

/** A histogram over [min, max] in equal bins; `counts` has one entry per bin. Empty when nothing was finite. */
export interface Histogram {
  min: number;
  max: number;
  counts: number[];
}

export interface LayerHealth {
  /** "dense 1", "conv 2", "output": the weight layer, counted from the input. */
  name: string;
  /** L2 norm of the loss gradient with respect to the layer's kernel. */
  gradientNorm: number;
  /** L2 norm of the kernel. */
  weightNorm: number;
  /** ‖kernel after the step − before‖ / ‖before‖: how fast the layer is changing. */
  updateRatio: number;
  /** Mean and standard deviation of the layer's output after its activation (the logits for the output layer). */
  activationMean: number;
  activationStd: number;
  /** Fraction of units whose output is ≤ 0 for every example of the batch (dead ReLUs); null for other activations. */
  deadFraction: number | null;
  /** Fraction of outputs within 0.01 of a sigmoid's or tanh's limits; null for other activations. */
  saturatedFraction: number | null;
  /** Which of the layer's quantities held NaN or ±Infinity (read back, never tested on the GPU). */
  nonFinite: ('activation' | 'gradient' | 'weight')[];
  activationHistogram: Histogram;
  weightHistogram: Histogram;
}

export interface HealthSample {
  /** The step the sample was taken at, before that step's update. */
  step: number;
  layers: LayerHealth[];
}

/**
 * ‖gradient‖ / ‖weights‖: how fast plain SGD moves a layer relative to its size (the vanishing verdict and the health
 * panel read it). NaN for all-zero weights.
 */
export const relativeGradient = (layer: LayerHealth) =>
  layer.weightNorm > 0 ? layer.gradientNorm / layer.weightNorm : NaN;

/** The first place a NaN/Inf showed up: the step, the quantity and the layer (null: the loss alone). */
export interface NonFiniteOrigin {
  step: number;
  quantity: 'loss' | 'activation' | 'gradient' | 'weight';
  layer: string | null;
}

/** The first non-finite value in the samples, in step order, earliest layer first (activations before gradients). */
export function firstNonFinite(samples: readonly HealthSample[]): NonFiniteOrigin | null {
  for (const sample of samples) {
    for (const quantity of ['weight', 'activation', 'gradient'] as const) {
      const layer = sample.layers.find((l) => l.nonFinite.includes(quantity));
      if (layer) return { step: sample.step, quantity, layer: layer.name };
    }
  }
  return null;
}

/** Histogram of the finite values in `values`, in `bins` equal bins. */
export function histogram(values: ArrayLike<number>, bins: number): Histogram {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min > max) return { min: 0, max: 0, counts: [] };
  const counts = new Array<number>(bins).fill(0);
  const width = max - min;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    const bin = width === 0 ? 0 : Math.min(bins - 1, Math.floor(((v - min) / width) * bins));
    counts[bin]!++;
  }
  return { min, max, counts };
}
