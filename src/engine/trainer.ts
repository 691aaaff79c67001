// The custom training loop (not model.fit): one seeded network, our own update rules, schedules and clipping,
// the prepared training data in seeded order. Losses stay on the device and are read back together every
// `readEvery` steps — a synchronous read every step would stall the GPU pipeline (~30% slower on WebGL).
import type { Dataset } from '../data/datasets';
import type { Experiment } from '../schema/experiment';
import type { Message } from '../schema/message';
import { sayTrainer } from '../schema/trainerWords';
import { epochOrder, stepsPerEpoch } from './batches';
import type { HealthSample } from '../diagnostics/health';
import { clipGradients } from './clipping';
import { readTensors, writeVariables, type TrainerCheckpoint } from './checkpoint';
import { firstLayerPart, firstLayerView, unpackFirstLayer } from './firstLayerProbe';
import type { FirstLayerSample, FirstLayerView } from './firstLayerProbe';
import { activationPart, healthDue, unpackHealth, weightPart, type ProbeLayout } from './healthProbe';
import { lossSumAndCorrect, meanLoss, probabilityLossSumAndCorrect, weightPenalty } from './losses';
import { Network, type BatchNormStats } from './model';
import { clippingFor, scheduleFor, updateRuleFor, type Clipping, type Schedule } from './trainingSpec';
import type { Evaluation, MetricsBatch, Mistake, Prediction, TrainerStatus } from '../protocol/trainerProtocol';
import { deriveSeed } from './random';
import { improves, Plateau, scheduledRate } from './schedules';
import { tf } from './tf';
import { createBatchBuffers, fillBatch, prepareData, type BatchBuffers, type PreparedData } from './trainingData';
import { UpdateRule } from './updateRules';

export interface TrainerEvents {
  metrics(batch: MetricsBatch): void;
  evaluation(evaluation: Evaluation): void;
  /** Per-layer health, measured on some steps (see healthDue) and reported with the chunk's losses. */
  health(sample: HealthSample): void;
  /** The first layer's shown weights and gradients, from the chunk's last health step (firstLayerProbe.ts). */
  firstLayer?(sample: FirstLayerSample): void;
  status(status: TrainerStatus, step: number, message?: Message): void;
}

export interface TrainerOptions {
  /** Steps between loss read-backs. */
  readEvery: number;
  /** Where runs fed the same test images share one copy on the device (31 MB for MNIST as float32). */
  sharedSplits?: SharedSplits;
  /** Lets other work (messages, rendering) run between chunks of steps. */
  yieldToEventLoop: () => Promise<void>;
}

/** Rows per forward pass during evaluation: a fixed shape, and bounded activation memory. */
const EVAL_CHUNK = 1000;
/** Most confident mistakes sent with each evaluation, for the gallery. */
const MISTAKES_SHOWN = 12;
/** Dropout passes for a drawn digit at least, so its spread means something even when MC evaluation is off. */
const MC_DRAWING_PASSES = 30;
/** Training sets up to this size are also evaluated, so overfitting one batch (D01) can be read off. */
const TRAIN_EVAL_LIMIT = 4096;
/**
 * Most steps between two checkpoints (there is one at every evaluation too): at most this much training is
 * redone after a lost GPU. Reading the default models' weights back costs a few ms (see the README's figures).
 */
export const CHECKPOINT_EVERY = 200;

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
function testSetKey(dataset: Dataset, data: PreparedData): string {
  return [dataset.info.name, data.task, data.layout ? 'scrambled' : 'true', Array.from(data.pixelTable).join(',')].join(
    '|',
  );
}

/** A health measurement on the device, waiting for the chunk's read-back. */
interface PendingProbe {
  layout: ProbeLayout;
  packed: tf.Tensor1D;
}

export class Trainer {
  readonly network: Network;
  readonly data: PreparedData;
  readonly stepsPerEpoch: number;
  readonly totalSteps: number;
  private readonly rule: UpdateRule;
  private readonly schedule: Schedule;
  private readonly plateau: Plateau | null;
  private readonly clipping: Clipping;
  private readonly batch: BatchBuffers;
  private readonly testSet: DeviceSplit;
  private readonly testSetKey: string;
  private readonly trainSet: DeviceSplit | null;
  private step = 0;
  private order: Uint32Array | null = null;
  private bestTestLoss = Infinity;
  private evaluationsWithoutImprovement = 0;
  /** Inside run()'s loop. */
  private running = false;
  /** Inside a turn: between the start of a chunk and the end of its evaluation. */
  private inTurn = false;
  private pauseRequested = false;
  private stopRequested = false;
  /** Seconds spent training (steps and evaluations), pauses excluded: the x axis "seconds". */
  private trainingSeconds = 0;
  private disposed = false;
  private status: TrainerStatus = 'idle';
  private readonly probes: PendingProbe[] = [];
  private readonly layerNames: string[];
  readonly firstLayer: FirstLayerView;
  private checkpointed: TrainerCheckpoint | null = null;
  /** The last step whose loss was reported (a chunk in flight is not). */
  private reportedStep = 0;

  constructor(
    dataset: Dataset,
    readonly experiment: Experiment,
    private readonly options: TrainerOptions,
    private readonly events: TrainerEvents,
  ) {
    const { info } = dataset;
    this.data = prepareData(dataset, experiment);
    const outputs = experiment.task === 'classification' ? info.classNames.length : 1;
    this.network = new Network(experiment, info.height, info.width, outputs);
    this.rule = new UpdateRule(updateRuleFor(experiment));
    this.stepsPerEpoch = stepsPerEpoch(this.data.train.count, experiment.batchSize);
    this.totalSteps = this.stepsPerEpoch * experiment.epochs;
    this.schedule = scheduleFor(experiment, this.totalSteps);
    this.plateau =
      this.schedule.kind === 'plateau'
        ? new Plateau(experiment.learningRate, this.schedule.factor, this.schedule.patience)
        : null;
    this.clipping = clippingFor(experiment);
    this.batch = createBatchBuffers(experiment.batchSize, this.data);
    this.testSetKey = testSetKey(dataset, this.data);
    this.testSet = options.sharedSplits
      ? options.sharedSplits.acquire(this.testSetKey, () => uploadSplit(this.data, this.data.test))
      : uploadSplit(this.data, this.data.test);
    this.trainSet = this.data.train.count <= TRAIN_EVAL_LIMIT ? uploadSplit(this.data, this.data.train) : null;
    this.layerNames = this.network.weightLayerNames();
    this.firstLayer = firstLayerView(this.network, info.height, info.width);
  }

  get currentStep(): number {
    return this.step;
  }

  /** The learning rate the next step will use. */
  currentRate(): number {
    return this.plateau ? this.plateau.rate : scheduledRate(this.schedule, this.step);
  }

  /** The latest checkpoint, taken at the last evaluation, pause or CHECKPOINT_EVERY steps; null before any. */
  get latestCheckpoint(): TrainerCheckpoint | null {
    return this.checkpointed;
  }

  get lastReportedStep(): number {
    return this.reportedStep;
  }

  /** The run's state as last reported. */
  get currentStatus(): TrainerStatus {
    return this.status;
  }

  get isTraining(): boolean {
    return this.status === 'training';
  }

  private get ended(): boolean {
    return this.disposed || this.status === 'finished' || this.status === 'diverged' || this.status === 'stopped';
  }

  /**
   * Marks the run as training, to be given turns (see `turn`); false when it cannot train any more (finished,
   * diverged, stopped, disposed).
   */
  begin(): boolean {
    if (this.ended) return false;
    this.pauseRequested = false;
    if (this.status !== 'training') this.setStatus('training');
    return true;
  }

  /**
   * One turn of training: a chunk of steps, then the evaluation due after it. Resolves true while the run goes on
   * training, false once it has paused, stopped, finished or diverged (its status then says which). The session
   * gives the training runs turns one after another, so a run that is not in its turn pauses or stops at once.
   */
  async turn(): Promise<boolean> {
    if (!this.isTraining || this.inTurn) return false;
    this.inTurn = true;
    try {
      return await this.trainTurn();
    } catch (error) {
      // A failing step (out of GPU memory, a kernel error) ends the run with the reason, never a page stuck in
      // 'training'.
      if (!this.disposed)
        this.setStatus(
          'stopped',
          sayTrainer('stoppedByError', { step: this.step, detail: (error as Error).message || String(error) }),
        );
      return false;
    } finally {
      this.inTurn = false;
    }
  }

  private async trainTurn(): Promise<boolean> {
    if (this.disposed) return false;
    let evaluated = false;
    let stoppedEarly = false;
    if (!this.pauseRequested && this.step < this.totalSteps) {
      const diverged = await this.trainChunk();
      if (this.disposed || diverged) return false;
      // A stop skips the evaluation (it would keep the person waiting); the last step is always evaluated.
      if (this.evaluationDue() && (!this.stopRequested || this.step === this.totalSteps)) {
        const evaluation = await this.evaluate();
        if (this.disposed) return false;
        evaluated = true;
        stoppedEarly = this.shouldStopEarly(evaluation);
      }
    }
    const ends = stoppedEarly || this.step >= this.totalSteps || this.pauseRequested;
    // Checkpoint before saying the run rests, so a run shown paused can go on from where it is shown.
    if (evaluated || ends || this.step % CHECKPOINT_EVERY === 0) await this.captureCheckpoint();
    if (this.disposed) return false;
    if (stoppedEarly) {
      const { earlyStoppingPatience: patience } = this.experiment;
      this.setStatus(
        'finished',
        patience === 1
          ? sayTrainer('earlyStoppingOne', { step: this.step })
          : sayTrainer('earlyStopping', { step: this.step, patience }),
      );
      return false;
    }
    if (this.step >= this.totalSteps) this.setStatus('finished');
    else if (this.stopRequested) this.setStatus('stopped', sayTrainer('stoppedAsAsked', { step: this.step }));
    else if (this.pauseRequested) this.setStatus('paused');
    else return true;
    return false;
  }

  /** Trains turn after turn until paused, finished or diverged (the bench and tests; the session schedules turns). */
  async run(): Promise<void> {
    if (this.running || !this.begin()) return;
    this.running = true;
    try {
      while (await this.turn()) await this.options.yieldToEventLoop();
    } finally {
      this.running = false;
    }
  }

  /**
   * One step and one evaluation that change nothing anyone sees: run on a throwaway trainer, they make WebGL compile
   * the GPU programs a run needs (seconds, the first time) while the page still loads, not in the first chunk a
   * person waits on to pause.
   */
  async warmUp(): Promise<void> {
    const loss = this.trainStep(this.currentRate());
    try {
      await loss.data();
    } finally {
      loss.dispose();
      this.disposeProbes();
    }
    await this.evaluate();
  }

  /**
   * Runs `count` training steps and reads their losses back once, as a chunk does: the milliseconds it took. For
   * auto's backend measurement, on a throwaway trainer (the steps are not reported). It starts after step 20, so
   * the steps timed are ordinary ones, without the health measurements of the first steps (healthDue).
   */
  async timeSteps(count: number): Promise<number> {
    this.step = Math.max(this.step, 20);
    const started = performance.now();
    const losses: tf.Scalar[] = [];
    try {
      for (let i = 0; i < count; i++) losses.push(this.trainStep(this.currentRate()));
      const stacked = tf.stack(losses);
      try {
        await stacked.data();
      } finally {
        stacked.dispose();
      }
    } finally {
      tf.dispose(losses);
      this.disposeProbes();
    }
    return performance.now() - started;
  }

  /** Pauses now, or after the chunk in flight when this run is in its turn. */
  pause(): void {
    if (!this.isTraining) return;
    if (this.inTurn) this.pauseRequested = true;
    else {
      this.setStatus('paused');
      void this.captureCheckpoint();
    }
  }

  /**
   * Copies the run's state to the CPU (see checkpoint.ts). The tensors are copied at once, so training may go on
   * while they are read; a failed read keeps the previous checkpoint (the run itself is not harmed).
   */
  async captureCheckpoint(): Promise<void> {
    const step = this.step;
    if (this.disposed || this.checkpointed?.step === step) return;
    const { updates, slots } = this.rule.state(this.network.trainableVariables());
    const taken = {
      step,
      trainingSeconds: this.trainingSeconds,
      bestTestLoss: this.bestTestLoss,
      evaluationsWithoutImprovement: this.evaluationsWithoutImprovement,
      plateau: this.plateau?.state() ?? null,
      optimizerUpdates: updates,
    };
    const variables = this.network.stateVariables();
    let values: (Float32Array | null)[];
    try {
      values = await readTensors([...variables, ...slots]);
    } catch {
      return;
    }
    // Reads finish in order of asking; a later step's checkpoint is never replaced by an earlier one.
    if (this.disposed || (this.checkpointed && this.checkpointed.step > step)) return;
    this.checkpointed = {
      ...taken,
      weights: values.slice(0, variables.length) as Float32Array[],
      optimizerSlots: values.slice(variables.length),
    };
  }

  /**
   * Puts this fresh trainer (same settings, any backend) where a checkpoint left its run, resting in `status`
   * ('paused' for a run that goes on: `begin` starts it again).
   */
  restore(checkpoint: TrainerCheckpoint, status: Exclude<TrainerStatus, 'training'>): void {
    writeVariables(this.network.stateVariables(), checkpoint.weights);
    this.rule.restore(this.network.trainableVariables(), checkpoint.optimizerUpdates, checkpoint.optimizerSlots);
    this.step = checkpoint.step;
    this.order = null;
    this.trainingSeconds = checkpoint.trainingSeconds;
    this.bestTestLoss = checkpoint.bestTestLoss;
    this.evaluationsWithoutImprovement = checkpoint.evaluationsWithoutImprovement;
    if (this.plateau && checkpoint.plateau) this.plateau.restore(checkpoint.plateau);
    this.checkpointed = checkpoint;
    this.reportedStep = checkpoint.step;
    this.status = status;
  }

  /** Puts a trainer built from a run's settings in the state the run ended in, its last checkpoint aside. */
  rest(status: Exclude<TrainerStatus, 'training'>): void {
    this.status = status;
  }

  /** Ends the run for good: now, or after the chunk in flight when this run is in its turn. */
  stop(): void {
    if (this.ended) {
      // Already over: say so again, so that whoever asked is answered.
      if (!this.disposed) this.events.status(this.status, this.step);
      return;
    }
    if (this.inTurn) {
      this.stopRequested = true;
      this.pauseRequested = true;
    } else {
      this.setStatus('stopped', sayTrainer('stoppedAsAsked', { step: this.step }));
      void this.captureCheckpoint();
    }
  }

  private disposeProbes(): void {
    tf.dispose(this.probes.splice(0).map((p) => p.packed));
  }

  dispose(): void {
    this.disposed = true;
    this.disposeProbes();
    this.network.dispose();
    this.rule.dispose();
    if (this.options.sharedSplits) this.options.sharedSplits.release(this.testSetKey);
    else tf.dispose([this.testSet.inputs, this.testSet.targets]);
    if (this.trainSet) tf.dispose([this.trainSet.inputs, this.trainSet.targets]);
  }

  private setStatus(status: TrainerStatus, message?: Message): void {
    // A disposed trainer (one whose backend was lost, say) must not speak for the run any more.
    if (this.disposed) return;
    this.status = status;
    this.events.status(status, this.step, message);
  }

  /**
   * Epoch ends are evaluated unless epochs are shorter than the step interval (one-batch training has one-step
   * epochs: evaluating 10,000 test images after every step would be all the run does).
   */
  private evaluatesAtEpochEnds(): boolean {
    const every = this.experiment.evalEverySteps;
    return every === 0 || this.stepsPerEpoch >= every;
  }

  private evaluationDue(): boolean {
    const every = this.experiment.evalEverySteps;
    return (
      this.step === this.totalSteps ||
      (every > 0 && this.step % every === 0) ||
      (this.evaluatesAtEpochEnds() && this.step % this.stepsPerEpoch === 0)
    );
  }

  /** Feeds the plateau schedule and the early-stopping rule (M05, M08); true when training should stop. */
  private shouldStopEarly(evaluation: Evaluation): boolean {
    this.plateau?.observe(evaluation.testLoss);
    if (improves(evaluation.testLoss, this.bestTestLoss)) {
      this.bestTestLoss = evaluation.testLoss;
      this.evaluationsWithoutImprovement = 0;
      return false;
    }
    this.evaluationsWithoutImprovement++;
    const patience = this.experiment.earlyStoppingPatience;
    return patience > 0 && this.evaluationsWithoutImprovement >= patience;
  }

  /** Steps to the next read-back, stopping early at evaluations and epoch ends so they land on exact steps. */
  private chunkLength(): number {
    const every = this.experiment.evalEverySteps;
    let limit = Math.min(this.options.readEvery, this.totalSteps - this.step);
    if (this.evaluatesAtEpochEnds()) limit = Math.min(limit, this.stepsPerEpoch - (this.step % this.stepsPerEpoch));
    limit = Math.min(limit, CHECKPOINT_EVERY - (this.step % CHECKPOINT_EVERY));
    if (every > 0) limit = Math.min(limit, every - (this.step % every));
    return limit;
  }

  /** Runs a chunk of steps, then reads their losses back in one transfer. Returns true if the loss diverged. */
  private async trainChunk(): Promise<boolean> {
    const started = performance.now();
    const count = this.chunkLength();
    const firstStep = this.step + 1;
    const losses: tf.Scalar[] = [];
    const rates = new Float32Array(count);
    try {
      for (let i = 0; i < count; i++) {
        rates[i] = this.currentRate();
        losses.push(this.trainStep(rates[i]!));
      }
    } catch (error) {
      tf.dispose(losses);
      this.disposeProbes();
      throw error;
    }
    const stacked = tf.stack(losses);
    tf.dispose(losses);
    const probes = this.probes.splice(0);
    let values: Float32Array;
    let probeValues: Float32Array[];
    try {
      [values, probeValues] = await Promise.all([
        stacked.data() as Promise<Float32Array>,
        Promise.all(probes.map((p) => p.packed.data() as Promise<Float32Array>)),
      ]);
    } finally {
      stacked.dispose();
      tf.dispose(probes.map((p) => p.packed));
    }
    if (this.disposed) return false;
    const seconds = (performance.now() - started) / 1000;
    const secondsBefore = this.trainingSeconds;
    this.trainingSeconds += seconds;

    // tf.isNaN is wrong on some GPUs: check values already read back, on the CPU.
    const bad = values.findIndex((v) => !Number.isFinite(v));
    const kept = bad >= 0 ? bad + 1 : count; // keep the first non-finite loss: it marks where the run broke
    probes.forEach((probe, i) => {
      // After a divergence the weights are NaN everywhere: only the samples up to it say where it began.
      if (probe.layout.step < firstStep + kept) {
        this.events.health({ step: probe.layout.step, layers: unpackHealth(probeValues[i]!, probe.layout) });
      }
    });
    const last = probes.findLastIndex((probe) => probe.layout.step < firstStep + kept);
    if (last >= 0)
      this.events.firstLayer?.(unpackFirstLayer(probeValues[last]!, this.firstLayer.layout, probes[last]!.layout.step));
    this.reportedStep = firstStep + kept - 1;
    this.events.metrics({
      steps: Int32Array.from({ length: kept }, (_, i) => firstStep + i),
      losses: values.slice(0, kept),
      learningRates: rates.slice(0, kept),
      seconds: Float64Array.from({ length: kept }, (_, i) => secondsBefore + (seconds * (i + 1)) / count),
      epoch: Math.floor(this.step / this.stepsPerEpoch),
      samplesPerSecond: (count * this.experiment.batchSize) / seconds,
      numTensors: tf.memory().numTensors,
    });
    if (bad >= 0) {
      const step = firstStep + bad;
      this.step = step;
      this.setStatus('diverged', sayTrainer('diverged', { value: String(values[bad]), step }));
      return true;
    }
    return false;
  }

  private trainStep(learningRate: number): tf.Scalar {
    const { experiment: config, network } = this;
    const epoch = Math.floor(this.step / this.stepsPerEpoch);
    const offset = this.step % this.stepsPerEpoch;
    if (offset === 0 || !this.order) this.order = epochOrder(this.data.train.count, config.seed, epoch);
    fillBatch(this.batch, this.data.train, this.order, offset * config.batchSize, this.data);
    const dropoutSeed = deriveSeed(config.seed, `dropout-step/${this.step}`);
    this.step++;
    const step = this.step;
    const probing = healthDue(step);
    let activationStats: tf.Tensor1D | null = null;
    // Kept tensors outlive tf.tidy: the data loss (returned) and the batch-norm statistics (used after the
    // gradients). Released here if the step fails half-way.
    const stats: BatchNormStats[] = [];
    let dataLoss: tf.Scalar | null = null;
    try {
      return tf.tidy(() => {
        const inputs = tf.tensor2d(this.batch.inputs, [config.batchSize, this.data.pixels]);
        const targets = tf.tensor2d(this.batch.targets, [config.batchSize, this.data.targetWidth]);
        const variables = network.trainableVariables();
        const layerOutputs: tf.Tensor[] | undefined = probing ? [] : undefined;
        const { grads } = tf.variableGrads(() => {
          const scores = network.forward(inputs, { training: true, dropoutSeed, batchNormStats: stats, layerOutputs });
          if (layerOutputs) activationStats = tf.keep(activationPart(layerOutputs, config.activation));
          const mean = tf.keep(meanLoss(scores, targets, config));
          dataLoss = mean;
          const penalty = weightPenalty(network.kernels, config.l1, config.l2);
          return penalty ? tf.add(mean, penalty) : mean;
        }, variables);
        const clipped = clipGradients(
          variables.map((v) => grads[v.name]!),
          this.clipping,
        );
        const before = probing ? network.kernels.map((kernel) => tf.clone(kernel)) : [];
        this.rule.apply(variables, clipped, learningRate);
        if (probing && activationStats) {
          const gradients = network.kernels.map((kernel) => grads[kernel.name]!);
          this.probes.push({
            layout: {
              step,
              names: this.layerNames,
              activationSizes: (layerOutputs ?? []).map((t) => t.size),
              kernelSizes: network.kernels.map((k) => k.size),
              activation: config.activation,
            },
            // The first layer's tiles go last: unpackHealth reads from the start, unpackFirstLayer from the end.
            packed: tf.keep(
              tf.concat([
                weightPart(gradients, before, network.kernels),
                activationStats,
                firstLayerPart(network.kernels[0]!, gradients[0]!, this.firstLayer.layout),
              ]),
            ),
          });
        }
        network.updateBatchNorm(stats);
        if (config.maxNorm > 0) network.applyMaxNorm(config.maxNorm);
        return computed(dataLoss);
      });
    } catch (error) {
      if (dataLoss) tf.dispose(dataLoss);
      throw error;
    } finally {
      for (const { mean, variance } of stats) tf.dispose([mean, variance]);
      if (activationStats) tf.dispose(activationStats);
    }
  }

  /** Summed [loss, correct] over a split, in fixed-size chunks, as one tensor (read back by the caller). */
  private splitTotals(split: DeviceSplit, passes: number, predictions?: tf.Tensor[]): tf.Tensor1D {
    const { inputs, targets } = split;
    const total = inputs.shape[0];
    let sums: tf.Tensor1D = tf.zeros([2]);
    for (let start = 0; start < total; start += EVAL_CHUNK) {
      const size = Math.min(EVAL_CHUNK, total - start);
      const x = tf.slice(inputs, [start, 0], [size, inputs.shape[1]]);
      const y = tf.slice(targets, [start, 0], [size, targets.shape[1]]);
      let chunk: tf.Tensor1D;
      if (passes <= 1) {
        chunk = tf.tidy(() => {
          const scores = this.network.forward(x, { training: false });
          // The confusion matrix and the mistakes come from this same pass: a second pass over the test set
          // would double the evaluation's cost.
          if (predictions) predictions.push(tf.keep(predictedClasses(scores)));
          return lossSumAndCorrect(scores, y, this.experiment);
        });
      } else {
        // MC dropout: average the class probabilities of `passes` stochastic forward passes. One pass at a time,
        // keeping only the running sum: all K passes' activations at once can exhaust GPU memory.
        let probabilitySum: tf.Tensor2D = tf.zeros([size, targets.shape[1]]);
        for (let k = 0; k < passes; k++) {
          const next = tf.tidy(() => {
            const dropoutSeed = deriveSeed(this.experiment.seed, `mc/${this.step}/${start}/${k}`);
            const scores = this.network.forward(x, { training: false, dropoutAtInference: true, dropoutSeed });
            return tf.add(probabilitySum, tf.softmax(scores)) as tf.Tensor2D;
          });
          probabilitySum.dispose();
          probabilitySum = next;
        }
        chunk = tf.tidy(() => probabilityLossSumAndCorrect(tf.div(probabilitySum, passes) as tf.Tensor2D, y));
        probabilitySum.dispose();
      }
      const next = tf.add(sums, chunk) as tf.Tensor1D;
      tf.dispose([x, y, chunk, sums]);
      sums = next;
    }
    return sums;
  }

  /** The confusion matrix and the most confident mistakes, from predictions read back. */
  private confusionAndMistakes(predicted: Float32Array): { confusion: number[]; mistakes: Mistake[] } {
    const { labels, images } = this.data.test;
    const classes = this.data.classes;
    const pixels = this.data.pixels;
    const confusion = new Array<number>(classes * classes).fill(0);
    const wrong: { index: number; predicted: number; confidence: number }[] = [];
    for (let i = 0; i < labels.length; i++) {
      const label = labels[i]!;
      const guess = predicted[2 * i]!;
      confusion[label * classes + guess]!++;
      if (guess !== label) wrong.push({ index: i, predicted: guess, confidence: predicted[2 * i + 1]! });
    }
    wrong.sort((a, b) => b.confidence - a.confidence);
    const mistakes = wrong.slice(0, MISTAKES_SHOWN).map((m) => ({
      ...m,
      label: labels[m.index]!,
      pixels: Array.from(images.subarray(m.index * pixels, (m.index + 1) * pixels)),
    }));
    return { confusion, mistakes };
  }

  /** Class probabilities for one drawn image, preprocessed like the training data; with MC dropout, K passes. */
  async predict(image: Uint8Array, requestId: number): Promise<Prediction> {
    const buffers = createBatchBuffers(1, this.data);
    fillBatch(buffers, { images: image, labels: new Uint8Array(1), count: 1 }, [0], 0, this.data);
    const dropout = this.experiment.dropout.some((rate) => rate > 0);
    const passes = dropout ? Math.max(this.experiment.mcDropoutSamples, MC_DRAWING_PASSES) : 1;
    const all = tf.tidy(() => {
      const x = tf.tensor2d(buffers.inputs, [1, this.data.pixels]);
      const rows: tf.Tensor[] = [];
      for (let k = 0; k < passes; k++) {
        const options = dropout
          ? { training: false, dropoutAtInference: true, dropoutSeed: deriveSeed(this.experiment.seed, `draw/${k}`) }
          : { training: false };
        rows.push(tf.softmax(this.network.forward(x, options)));
      }
      return tf.concat(rows);
    });
    const values = await all.data();
    all.dispose();
    const classes = values.length / passes;
    const mean = Array.from({ length: classes }, (_, c) => {
      let sum = 0;
      for (let k = 0; k < passes; k++) sum += values[k * classes + c]!;
      return sum / passes;
    });
    const spread = dropout
      ? mean.map((m, c) => {
          let sum = 0;
          for (let k = 0; k < passes; k++) sum += (values[k * classes + c]! - m) ** 2;
          return Math.sqrt(sum / passes);
        })
      : null;
    return { requestId, probabilities: mean, spread, passes };
  }

  /** Loss and accuracy over the whole test set (and the training examples when few), read back once. */
  async evaluate(): Promise<Evaluation> {
    const started = performance.now();
    const mcSamples =
      this.experiment.task === 'classification' && this.experiment.mcDropoutSamples > 1
        ? this.experiment.mcDropoutSamples
        : 1;
    const classify = this.experiment.task === 'classification';
    const predictionChunks: tf.Tensor[] = [];
    const parts = [this.splitTotals(this.testSet, 1, classify ? predictionChunks : undefined)];
    const predictions = classify ? tf.concat(predictionChunks) : null;
    tf.dispose(predictionChunks);
    if (this.trainSet) parts.push(this.splitTotals(this.trainSet, 1));
    if (mcSamples > 1) parts.push(this.splitTotals(this.testSet, mcSamples));
    const all = tf.concat(parts);
    tf.dispose(parts);
    let values: Float32Array | Int32Array | Uint8Array;
    let predicted: Float32Array | null;
    try {
      const [totals, classes] = await Promise.all([all.data(), predictions?.data() ?? Promise.resolve(null)]);
      values = totals;
      predicted = classes as Float32Array | null;
    } finally {
      all.dispose();
      predictions?.dispose();
    }
    this.trainingSeconds += (performance.now() - started) / 1000;
    const testCount = this.testSet.inputs.shape[0];
    const evaluation: Evaluation = {
      step: this.step,
      epoch: this.step / this.stepsPerEpoch,
      seconds: this.trainingSeconds,
      testLoss: values[0]! / testCount,
      testAccuracy: values[1]! / testCount,
      numTensors: tf.memory().numTensors,
    };
    let next = 2;
    if (this.trainSet) {
      const trainCount = this.trainSet.inputs.shape[0];
      evaluation.train = { loss: values[next]! / trainCount, accuracy: values[next + 1]! / trainCount };
      next += 2;
    }
    if (mcSamples > 1) {
      evaluation.monteCarlo = {
        loss: values[next]! / testCount,
        accuracy: values[next + 1]! / testCount,
        samples: mcSamples,
      };
    }
    if (predicted) Object.assign(evaluation, this.confusionAndMistakes(predicted));
    if (!this.disposed) this.events.evaluation(evaluation);
    return evaluation;
  }
}

/** Per example: [predicted class, its probability]. */
function predictedClasses(scores: tf.Tensor2D): tf.Tensor2D {
  const probabilities = tf.softmax(scores);
  return tf.stack([tf.cast(tf.argMax(probabilities, 1), 'float32'), tf.max(probabilities, 1)], 1) as tf.Tensor2D;
}

/** The data loss the gradient function kept; it always runs before the update. */
function computed(kept: tf.Scalar | null): tf.Scalar {
  if (!kept) throw new Error('the loss was not computed');
  return kept;
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
