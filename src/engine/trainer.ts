// The custom training loop (not model.fit): one seeded MLP, one optimizer, the dataset's batches in seeded
// order. Losses stay on the device and are read back together every `readEvery` steps — a synchronous read
// every step would stall the GPU pipeline (~30% slower on WebGL).
import type { Dataset } from '../data/datasets';
import type { Experiment } from '../schema/experiment';
import { createBatchBuffers, epochOrder, fillBatch, stepsPerEpoch, type BatchBuffers } from './batches';
import { MlpModel, crossEntropy, layerSizes } from './model';
import { createOptimizer } from './optimizers';
import type { Evaluation, MetricsBatch, TrainerStatus } from './protocol';
import { tf } from './tf';

export interface TrainerEvents {
  metrics(batch: MetricsBatch): void;
  evaluation(evaluation: Evaluation): void;
  status(status: TrainerStatus, step: number, message?: string): void;
}

export interface TrainerOptions {
  /** Steps between loss read-backs. */
  readEvery: number;
  /** Lets other work (messages, rendering) run between chunks of steps. */
  yieldToEventLoop: () => Promise<void>;
}

/** Test-set rows per forward pass during evaluation: a fixed shape, and bounded activation memory. */
const EVAL_CHUNK = 1000;

export class Trainer {
  readonly model: MlpModel;
  readonly stepsPerEpoch: number;
  readonly totalSteps: number;
  private readonly optimizer: tf.Optimizer;
  private readonly batch: BatchBuffers;
  private readonly pixels: number;
  private readonly classes: number;
  private step = 0;
  private order: Uint32Array | null = null;
  private running = false;
  private pauseRequested = false;
  private disposed = false;
  private status: TrainerStatus = 'idle';

  constructor(
    private readonly dataset: Dataset,
    private readonly testSet: { inputs: tf.Tensor2D; targets: tf.Tensor2D },
    readonly experiment: Experiment,
    private readonly options: TrainerOptions,
    private readonly events: TrainerEvents,
  ) {
    const { info } = dataset;
    this.pixels = info.height * info.width;
    this.classes = info.classNames.length;
    this.model = new MlpModel(experiment, layerSizes(experiment, this.pixels, this.classes));
    this.optimizer = createOptimizer(experiment);
    this.batch = createBatchBuffers(experiment.batchSize, this.pixels, this.classes);
    this.stepsPerEpoch = stepsPerEpoch(dataset.train.count, experiment.batchSize);
    this.totalSteps = this.stepsPerEpoch * experiment.epochs;
  }

  get currentStep(): number {
    return this.step;
  }

  /** Trains until paused, finished or diverged. Resolves when the loop has stopped. */
  async run(): Promise<void> {
    if (this.running || this.disposed || this.status === 'finished' || this.status === 'diverged') return;
    this.running = true;
    this.pauseRequested = false;
    this.setStatus('training');
    try {
      while (!this.pauseRequested && !this.disposed && this.step < this.totalSteps) {
        const diverged = await this.trainChunk();
        if (this.disposed) return;
        if (diverged) return;
        if (this.evaluationDue()) await this.evaluate();
        await this.options.yieldToEventLoop();
      }
      if (this.disposed) return;
      this.setStatus(this.step >= this.totalSteps ? 'finished' : 'paused');
    } finally {
      this.running = false;
    }
  }

  /** Asks the loop to stop after the chunk of steps in flight. */
  pause(): void {
    this.pauseRequested = true;
  }

  dispose(): void {
    this.disposed = true;
    this.model.dispose();
    this.optimizer.dispose();
  }

  private setStatus(status: TrainerStatus, message?: string): void {
    this.status = status;
    this.events.status(status, this.step, message);
  }

  private evaluationDue(): boolean {
    const every = this.experiment.evalEverySteps;
    return this.step % this.stepsPerEpoch === 0 || (every > 0 && this.step % every === 0);
  }

  /** Steps to the next read-back, stopping early at evaluations and epoch ends so they land on exact steps. */
  private chunkLength(): number {
    const every = this.experiment.evalEverySteps;
    let limit = Math.min(this.options.readEvery, this.totalSteps - this.step);
    limit = Math.min(limit, this.stepsPerEpoch - (this.step % this.stepsPerEpoch));
    if (every > 0) limit = Math.min(limit, every - (this.step % every));
    return limit;
  }

  /** Runs a chunk of steps, then reads their losses back in one transfer. Returns true if the loss diverged. */
  private async trainChunk(): Promise<boolean> {
    const started = performance.now();
    const count = this.chunkLength();
    const firstStep = this.step + 1;
    const losses: tf.Scalar[] = [];
    for (let i = 0; i < count; i++) losses.push(this.trainStep());
    const stacked = tf.stack(losses);
    for (const loss of losses) loss.dispose();
    const values = (await stacked.data()) as Float32Array;
    stacked.dispose();
    if (this.disposed) return false;
    const seconds = (performance.now() - started) / 1000;

    // tf.isNaN is wrong on some GPUs: check values already read back, on the CPU.
    const bad = values.findIndex((v) => !Number.isFinite(v));
    const kept = bad >= 0 ? bad + 1 : count; // keep the first non-finite loss: it marks where the run broke
    const steps = Int32Array.from({ length: kept }, (_, i) => firstStep + i);
    this.events.metrics({
      steps,
      losses: values.slice(0, kept),
      epoch: this.epochOf(this.step),
      samplesPerSecond: (count * this.experiment.batchSize) / seconds,
      numTensors: tf.memory().numTensors,
    });
    if (bad >= 0) {
      const step = firstStep + bad;
      this.step = step;
      this.setStatus('diverged', `Loss became ${values[bad]} at step ${step}: the run diverged and was stopped.`);
      return true;
    }
    return false;
  }

  private epochOf(step: number): number {
    return Math.floor(step / this.stepsPerEpoch);
  }

  private trainStep(): tf.Scalar {
    const epoch = this.epochOf(this.step);
    const offset = this.step % this.stepsPerEpoch;
    if (offset === 0 || !this.order) this.order = epochOrder(this.dataset.train.count, this.experiment.seed, epoch);
    const { batchSize } = this.experiment;
    fillBatch(
      this.batch,
      this.dataset.train.images,
      this.dataset.train.labels,
      this.order,
      offset * batchSize,
      this.pixels,
      this.classes,
    );
    this.step++;
    return tf.tidy(() => {
      const inputs = tf.tensor2d(this.batch.inputs, [batchSize, this.pixels]);
      const targets = tf.tensor2d(this.batch.targets, [batchSize, this.classes]);
      const { value, grads } = tf.variableGrads(
        () => crossEntropy(this.model.logits(inputs), targets),
        this.model.variables(),
      );
      this.optimizer.applyGradients(grads);
      return value;
    });
  }

  /** Loss and accuracy over the whole test set, in fixed-size chunks, read back once. */
  async evaluate(): Promise<Evaluation> {
    const { inputs, targets } = this.testSet;
    const total = inputs.shape[0];
    let sums = tf.zeros([2]); // [summed loss, correct predictions]
    for (let start = 0; start < total; start += EVAL_CHUNK) {
      const size = Math.min(EVAL_CHUNK, total - start);
      const next = tf.tidy(() => {
        const x = tf.slice(inputs, [start, 0], [size, inputs.shape[1]]);
        const y = tf.slice(targets, [start, 0], [size, targets.shape[1]]);
        const logits = this.model.logits(x);
        const lossSum = tf.mul(crossEntropy(logits, y), size);
        const correct = tf.sum(tf.cast(tf.equal(tf.argMax(logits, 1), tf.argMax(y, 1)), 'float32'));
        return tf.add(sums, tf.stack([lossSum, correct]));
      });
      sums.dispose();
      sums = next;
    }
    const [lossSum = NaN, correct = 0] = await sums.data();
    sums.dispose();
    const evaluation: Evaluation = {
      step: this.step,
      epoch: this.step / this.stepsPerEpoch,
      testLoss: lossSum / total,
      testAccuracy: correct / total,
      numTensors: tf.memory().numTensors,
    };
    if (!this.disposed) this.events.evaluation(evaluation);
    return evaluation;
  }
}

/** Uploads the test set once, scaled like the training batches. */
export function uploadTestSet(dataset: Dataset): { inputs: tf.Tensor2D; targets: tf.Tensor2D } {
  const { info, test } = dataset;
  const pixels = info.height * info.width;
  const classes = info.classNames.length;
  const buffers = createBatchBuffers(test.count, pixels, classes);
  const order = Uint32Array.from({ length: test.count }, (_, i) => i);
  fillBatch(buffers, test.images, test.labels, order, 0, pixels, classes);
  return {
    inputs: tf.tensor2d(buffers.inputs, [test.count, pixels]),
    targets: tf.tensor2d(buffers.targets, [test.count, classes]),
  };
}
