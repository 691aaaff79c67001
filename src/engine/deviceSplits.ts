// Whole data splits on the device, preprocessed like the training batches, for evaluation: each run's test set
// (shared by the runs that feed the same values) and, when small, its training set.
import type { Dataset } from '../data/datasets';
import { tf } from './tf';
import { createBatchBuffers, fillBatch, type PreparedData } from './trainingData';

export interface DeviceSplit {
  inputs: tf.Tensor2D;
  targets: tf.Tensor2D;
}

/**
 * Device copies of preprocessed test sets, shared by the runs that feed the same values (same dataset, task,
 * layout and pixel table), released when the last run using one is disposed.
 */
export class SharedSplits {
  private readonly entries = new Map<string, { split: DeviceSplit; users: number }>();

  acquire(key: string, upload: () => DeviceSplit): DeviceSplit {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { split: upload(), users: 0 };
      this.entries.set(key, entry);
    }
    entry.users++;
    return entry.split;
  }

  release(key: string): void {
    const entry = this.entries.get(key);
    if (!entry || --entry.users > 0) return;
    tf.dispose([entry.split.inputs, entry.split.targets]);
    this.entries.delete(key);
  }
}

/** What makes two runs' test sets identical on the device. */
export function testSetKey(dataset: Dataset, data: PreparedData): string {
  return [dataset.info.name, data.task, data.layout ? 'scrambled' : 'true', Array.from(data.pixelTable).join(',')].join(
    '|',
  );
}

/** Uploads a whole split once, preprocessed like the training batches. */
export function uploadSplit(data: PreparedData, split: PreparedData['test']): DeviceSplit {
  const buffers = createBatchBuffers(split.count, data);
  const order = Uint32Array.from({ length: split.count }, (_, i) => i);
  fillBatch(buffers, split, order, 0, data);
  return {
    inputs: tf.tensor2d(buffers.inputs, [split.count, data.pixels]),
    targets: tf.tensor2d(buffers.targets, [split.count, data.targetWidth]),
  };
}

/**
 * One run's splits on the device: its test set, from `shared` where given (else its own copy), and its training
 * set when `withTrainingSet`. Disposing releases them.
 */
export class RunSplits {
  readonly test: DeviceSplit;
  readonly train: DeviceSplit | null;
  private readonly testKey: string;

  constructor(
    dataset: Dataset,
    data: PreparedData,
    withTrainingSet: boolean,
    private readonly shared?: SharedSplits,
  ) {
    this.testKey = testSetKey(dataset, data);
    this.test = shared
      ? shared.acquire(this.testKey, () => uploadSplit(data, data.test))
      : uploadSplit(data, data.test);
    this.train = withTrainingSet ? uploadSplit(data, data.train) : null;
  }

  dispose(): void {
    if (this.shared) this.shared.release(this.testKey);
    else tf.dispose([this.test.inputs, this.test.targets]);
    if (this.train) tf.dispose([this.train.inputs, this.train.targets]);
  }
}
