// The health measurements of one training step (gradient, weight and update norms, activation statistics, samples
// for histograms), computed on the device inside the step's tf.tidy and packed into one tensor, so that they are
// read back together with the chunk's losses: never a synchronous read, never a tf.isNaN on the GPU.
import { histogram, type LayerHealth } from '../diagnostics/health';
import type { Experiment } from '../schema/experiment';
import { tf } from './tf';

/** Values sampled per layer (evenly spaced) for its activation and weight histograms. */
const SAMPLES = 256;
const HISTOGRAM_BINS = 20;
/** Distance from a sigmoid's or tanh's limits that counts as saturated. */
const SATURATION_MARGIN = 0.01;

/** Steps (1-based) whose batch is measured: the first few closely (a NaN at step 2, D04), then every 50. */
export function healthDue(step: number): boolean {
  return step <= 3 || step === 5 || step === 10 || step === 20 || step % 50 === 0;
}

function evenlySpaced(tensor: tf.Tensor): tf.Tensor1D {
  const flat = tf.reshape(tensor, [-1]) as tf.Tensor1D;
  const size = flat.shape[0];
  if (size <= SAMPLES) return flat;
  const stride = size / SAMPLES;
  const indices = tf.tensor1d(
    Array.from({ length: SAMPLES }, (_, i) => Math.floor(i * stride)),
    'int32',
  );
  return tf.gather(flat, indices);
}

const sampleCount = (size: number) => Math.min(size, SAMPLES);

/** Per layer output: [mean, std, dead fraction, saturated fraction], then its samples. Inside a tidy. */
export function activationPart(outputs: readonly tf.Tensor[], activation: Experiment['activation']): tf.Tensor1D {
  const stats: tf.Tensor[] = [];
  const samples: tf.Tensor[] = [];
  for (const output of outputs) {
    const rows = tf.reshape(output, [output.shape[0]!, -1]);
    const { mean, variance } = tf.moments(rows);
    const dead = tf.mean(tf.cast(tf.lessEqual(tf.max(rows, 0), 0), 'float32'));
    let saturated: tf.Tensor = tf.scalar(0);
    if (activation === 'sigmoid') {
      saturated = tf.mean(
        tf.cast(tf.logicalOr(tf.less(rows, SATURATION_MARGIN), tf.greater(rows, 1 - SATURATION_MARGIN)), 'float32'),
      );
    } else if (activation === 'tanh') {
      saturated = tf.mean(tf.cast(tf.greater(tf.abs(rows), 1 - SATURATION_MARGIN), 'float32'));
    }
    stats.push(tf.stack([mean, tf.sqrt(variance), dead, saturated]));
    samples.push(evenlySpaced(output));
  }
  return tf.concat([...stats.map((s) => tf.reshape(s, [-1])), ...samples]) as tf.Tensor1D;
}

/** Per kernel: [‖gradient‖, ‖kernel before‖, ‖kernel after − before‖], then the kernels' samples. Inside a tidy. */
export function weightPart(gradients: readonly tf.Tensor[], before: readonly tf.Tensor[], after: readonly tf.Tensor[]) {
  const norms = gradients.map((gradient, i) =>
    tf.stack([tf.norm(gradient), tf.norm(before[i]!), tf.norm(tf.sub(after[i]!, before[i]!))]),
  );
  return tf.concat([...norms, ...before.map(evenlySpaced)]) as tf.Tensor1D;
}

export interface ProbeLayout {
  step: number;
  names: string[];
  activationSizes: number[];
  kernelSizes: number[];
  activation: Experiment['activation'];
}

/** Reads a packed probe (weight part, then activation part) back into per-layer health. */
export function unpackHealth(values: Float32Array, layout: ProbeLayout): LayerHealth[] {
  const { names, activationSizes, kernelSizes, activation } = layout;
  const layers = names.length;
  const weightSampleStart = 3 * layers;
  const weightSamples: Float32Array[] = [];
  let at = weightSampleStart;
  for (const size of kernelSizes) {
    weightSamples.push(values.subarray(at, at + sampleCount(size)));
    at += sampleCount(size);
  }
  const statsStart = at;
  at = statsStart + 4 * layers;
  const activationSamples: Float32Array[] = [];
  for (const size of activationSizes) {
    activationSamples.push(values.subarray(at, at + sampleCount(size)));
    at += sampleCount(size);
  }
  return names.map((name, i) => {
    const [gradientNorm, weightNorm, updateNorm] = values.subarray(3 * i, 3 * i + 3);
    const [activationMean, activationStd, dead, saturated] = values.subarray(
      statsStart + 4 * i,
      statsStart + 4 * i + 4,
    );
    const isOutput = i === layers - 1;
    const nonFinite: LayerHealth['nonFinite'] = [];
    if (!Number.isFinite(activationMean!) || !Number.isFinite(activationStd!)) nonFinite.push('activation');
    if (!Number.isFinite(gradientNorm!)) nonFinite.push('gradient');
    if (!Number.isFinite(weightNorm!)) nonFinite.push('weight');
    return {
      name,
      gradientNorm: gradientNorm!,
      weightNorm: weightNorm!,
      updateRatio: weightNorm! > 0 ? updateNorm! / weightNorm! : 0,
      activationMean: activationMean!,
      activationStd: activationStd!,
      deadFraction: !isOutput && activation === 'relu' ? dead! : null,
      saturatedFraction: !isOutput && (activation === 'sigmoid' || activation === 'tanh') ? saturated! : null,
      nonFinite,
      activationHistogram: histogram(activationSamples[i]!, HISTOGRAM_BINS),
      weightHistogram: histogram(weightSamples[i]!, HISTOGRAM_BINS),
    };
  });
}
