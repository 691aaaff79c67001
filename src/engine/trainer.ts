// The custom training loop (not model.fit): one seeded network, our own update rules, schedules and clipping,
// the prepared training data in seeded order. Losses stay on the device and are read back together every
// `readEvery` steps — a synchronous read every step would stall the GPU pipeline (~30% slower on WebGL).
// Evaluation (evaluation.ts), drawn-image prediction (prediction.ts), the device splits (deviceSplits.ts) and
// where evaluations and read-backs fall (runCalendar.ts) are plain functions the loop calls.
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
import { meanLoss, weightPenalty } from './losses';
import { Network, type BatchNormStats } from './model';
import { RunSplits, type SharedSplits } from './deviceSplits';
import { evaluate, evaluatesTrainingSet } from './evaluation';
import { predict } from './prediction';
import { CHECKPOINT_EVERY, chunkLength, evaluationDue, type RunCalendar } from './runCalendar';
import { clippingFor, scheduleFor, updateRuleFor, type Clipping, type Schedule } from './trainingSpec';
import type { Evaluation, MetricsBatch, Prediction, TrainerStatus } from '../protocol/trainerProtocol';
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
  private readonly calendar: RunCalendar;
  private readonly splits: RunSplits;
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
    this.network = new Network(experiment, info.height, info.width, outputs, info.channels);
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
    this.calendar = {
      stepsPerEpoch: this.stepsPerEpoch,
      totalSteps: this.totalSteps,
      evalEverySteps: experiment.evalEverySteps,
    };
    this.splits = new RunSplits(dataset, this.data, evaluatesTrainingSet(this.data), options.sharedSplits);
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
      if (evaluationDue(this.calendar, this.step) && (!this.stopRequested || this.step === this.totalSteps)) {
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
    this.splits.dispose();
  }

  private setStatus(status: TrainerStatus, message?: Message): void {
    // A disposed trainer (one whose backend was lost, say) must not speak for the run any more.
    if (this.disposed) return;
    this.status = status;
    this.events.status(status, this.step, message);
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

  /** Steps to the next read-back (see runCalendar.ts). */
  private chunkLength(): number {
    return chunkLength(this.calendar, this.step, this.options.readEvery);
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

  /** Class probabilities for one drawn image (see prediction.ts). */
  predict(image: Uint8Array, requestId: number): Promise<Prediction> {
    return predict(this.network, this.experiment, this.data, image, requestId);
  }

  /** Evaluates the network as it is now (see evaluation.ts), counts its time as training time, and reports it. */
  async evaluate(): Promise<Evaluation> {
    const evaluation = await evaluate({
      network: this.network,
      experiment: this.experiment,
      data: this.data,
      splits: this.splits,
      step: this.step,
      stepsPerEpoch: this.stepsPerEpoch,
      secondsBefore: this.trainingSeconds,
    });
    this.trainingSeconds = evaluation.seconds;
    if (!this.disposed) this.events.evaluation(evaluation);
    return evaluation;
  }
}

/** The data loss the gradient function kept; it always runs before the update. */
function computed(kept: tf.Scalar | null): tf.Scalar {
  if (!kept) throw new Error('the loss was not computed');
  return kept;
}
