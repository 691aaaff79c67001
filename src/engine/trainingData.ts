// What the model is fed, in plain TypeScript: the training subset (D01), label noise (L02), input preprocessing
// with training-set statistics (T06, T07, M01), the wrong-reshape bug (D06), and batch assembly. Images stay
// uint8 until a batch is filled, through a 256-entry lookup table per preprocessing.
import type { Dataset, ImageSplit } from '../data/datasets';
import type { Experiment } from '../schema/experiment';
import { createRandom, deriveSeed } from './random';

type DataConfig = Pick<
  Experiment,
  | 'trainingSubset'
  | 'trainingExamples'
  | 'labelNoise'
  | 'preprocessing'
  | 'tanhScale'
  | 'wrongReshape'
  | 'task'
  | 'batchSize'
  | 'seed'
>;

export interface PreparedData {
  train: ImageSplit;
  test: ImageSplit;
  /** Values per image: height · width · channels. */
  pixels: number;
  classes: number;
  /** Value fed to the model for each raw pixel value 0–255. */
  pixelTable: Float32Array;
  /** Where each fed pixel comes from (the wrong-reshape bug), or null for the true layout. */
  layout: Uint32Array | null;
  /** Classification: one-hot over the classes; regression: the class number as one value. */
  targetWidth: number;
  task: Experiment['task'];
}

export function trainingCount(
  config: Pick<DataConfig, 'trainingSubset' | 'trainingExamples' | 'batchSize'>,
  available: number,
) {
  switch (config.trainingSubset) {
    case 'full':
      return available;
    case 'oneExample':
      return 1;
    case 'oneBatch':
      return Math.min(available, config.batchSize);
    case 'examples':
      return Math.min(available, config.trainingExamples);
    default: {
      const never: never = config.trainingSubset;
      throw new Error(`Unknown training subset ${String(never)}`);
    }
  }
}

/** Replaces `percent`% of labels, chosen with the seed, by uniformly random classes (which may equal the true one). */
export function noisyLabels(labels: Uint8Array, percent: number, classes: number, seed: number): Uint8Array {
  const out = Uint8Array.from(labels);
  if (percent <= 0) return out;
  const random = createRandom(deriveSeed(seed, 'label-noise'));
  for (let i = 0; i < out.length; i++) {
    if (random.next() < percent / 100) out[i] = random.int(classes);
  }
  return out;
}

/** Mean and standard deviation of all pixels, in [0, 1] units. */
export function pixelStatistics(images: Uint8Array): { mean: number; std: number } {
  const counts = new Float64Array(256);
  for (const v of images) counts[v]!++;
  let mean = 0;
  for (let v = 0; v < 256; v++) mean += (counts[v]! * v) / 255;
  mean /= images.length;
  let variance = 0;
  for (let v = 0; v < 256; v++) variance += counts[v]! * (v / 255 - mean) ** 2;
  return { mean, std: Math.sqrt(variance / images.length) };
}

/** The value fed for each raw pixel value under the chosen preprocessing, using training statistics only. */
export function pixelTable(
  config: Pick<DataConfig, 'preprocessing' | 'tanhScale'>,
  trainImages: Uint8Array,
): Float32Array {
  const table = new Float32Array(256);
  const { mean, std } = config.preprocessing === 'standardize' ? pixelStatistics(trainImages) : { mean: 0, std: 1 };
  for (let v = 0; v < 256; v++) {
    switch (config.preprocessing) {
      case 'raw':
        table[v] = v;
        break;
      case 'unit':
        table[v] = v / 255;
        break;
      case 'standardize':
        // A constant training set (one example of one colour) has std 0: leave its scale alone.
        table[v] = (v / 255 - mean) / (std > 0 ? std : 1);
        break;
      case 'tanh':
        table[v] = Math.tanh(v / config.tanhScale);
        break;
      default: {
        const never: never = config.preprocessing;
        throw new Error(`Unknown preprocessing ${String(never)}`);
      }
    }
  }
  return table;
}

/**
 * The wrong-reshape bug (D06): the flat image is read as a 16 × 49 array and transposed before being shown as
 * 28 × 28, as when `reshape` is called on data in another axis order. Neighbouring fed pixels come from far apart.
 * An image whose size 16 does not divide is read as `fallbackRows` rows instead (its height: a transpose).
 */
export function wrongReshapeLayout(pixels: number, fallbackRows = 16): Uint32Array {
  const rows = pixels % 16 === 0 ? 16 : fallbackRows;
  const cols = pixels / rows;
  const layout = new Uint32Array(pixels);
  for (let i = 0; i < cols; i++) for (let j = 0; j < rows; j++) layout[i * rows + j] = j * cols + i;
  return layout;
}

export function prepareData(dataset: Dataset, config: DataConfig): PreparedData {
  const { info } = dataset;
  // Values fed per image: height × width × channels bytes (HWC), each through the same table.
  const pixels = info.height * info.width * info.channels;
  const classes = info.classNames.length;
  const count = trainingCount(config, dataset.train.count);
  const images = dataset.train.images.subarray(0, count * pixels);
  const labels = noisyLabels(dataset.train.labels.subarray(0, count), config.labelNoise, classes, config.seed);
  return {
    train: { count, images, labels },
    test: dataset.test,
    pixels,
    classes,
    pixelTable: pixelTable(config, images),
    layout: config.wrongReshape ? wrongReshapeLayout(pixels, info.height) : null,
    targetWidth: config.task === 'classification' ? classes : 1,
    task: config.task,
  };
}

export interface BatchBuffers {
  inputs: Float32Array;
  targets: Float32Array;
}

export function createBatchBuffers(rows: number, data: Pick<PreparedData, 'pixels' | 'targetWidth'>): BatchBuffers {
  return { inputs: new Float32Array(rows * data.pixels), targets: new Float32Array(rows * data.targetWidth) };
}

/** Copies examples `order[start ..]` of `split` into `buffers`, preprocessed and laid out as the model sees them. */
export function fillBatch(
  buffers: BatchBuffers,
  split: ImageSplit,
  order: ArrayLike<number>,
  start: number,
  data: PreparedData,
): void {
  const { pixels, pixelTable: table, layout, targetWidth } = data;
  const rows = buffers.inputs.length / pixels;
  buffers.targets.fill(0);
  for (let row = 0; row < rows; row++) {
    const example = order[start + row]!;
    const source = example * pixels;
    const target = row * pixels;
    if (layout) {
      for (let p = 0; p < pixels; p++) buffers.inputs[target + p] = table[split.images[source + layout[p]!]!]!;
    } else {
      for (let p = 0; p < pixels; p++) buffers.inputs[target + p] = table[split.images[source + p]!]!;
    }
    const label = split.labels[example]!;
    if (targetWidth === 1) buffers.targets[row] = label;
    else buffers.targets[row * targetWidth + label] = 1;
  }
}
