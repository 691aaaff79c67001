// The trainer's side of the protocol: owns the backend, the datasets and one Trainer per run of the experiment.
// Runs in the worker (trainer.worker.ts) or, where a worker cannot run WebGL, on the main thread (same code).
import { loadRunDataset, memoryRegistry, type DatasetRegistry } from '../data/datasetRegistry';
import type { Dataset } from '../data/datasets';
import { AssetError } from '../data/fetchAsset';
import { indexedDbRegistry } from '../data/indexedDbRegistry';
import type { DatasetValue } from '../schema/datasetChoice';
import type { Experiment } from '../schema/experiment';
import { sayTrainer } from '../schema/trainerWords';
import { problemText } from '../schema/problems';
import { parseExperiment } from '../schema/validate';
import { BACKEND_ORDER, backendsAfterLoss } from '../protocol/backends';
import { loseContextForTest, onDeviceLost, startBackends, type StartedBackends } from './backend';
import { BackendPicker } from './backendPicker';
import { measureUnitActivations } from './firstLayerProbe';
import { programKey } from './programKey';
import type {
  BackendName,
  BackendRequest,
  FromTrainerPayloads,
  PostToPage,
  ToTrainer,
  TrainerStatus,
} from '../protocol/trainerProtocol';
import { tf } from './tf';
import { SharedSplits } from './deviceSplits';
import { Trainer } from './trainer';

/** Steps between loss read-backs; a read every step costs ~30% on WebGL. */
const READ_EVERY = 20;

/** Events of a throwaway trainer (warm-up, backend measurement): nobody listens. */
const SILENT = { metrics() {}, evaluation() {}, health() {}, status() {} };

export interface SessionOptions {
  yieldToEventLoop: () => Promise<void>;
  /** The backends to try after `lost` was lost, in order (tests choose theirs); backendsAfterLoss by default. */
  backendsAfterLoss?: (lost: string) => readonly BackendName[];
  /** Where own datasets are read from: the browser's IndexedDB by default (tests give a memory registry). */
  datasets?: DatasetRegistry;
}

/** What a run was doing when its backend was lost: what its rebuilt trainer starts from. */
interface LostRun {
  runId: string;
  slot: RunSlot;
  experiment: Experiment;
  status: TrainerStatus;
  training: boolean;
  lostAtStep: number;
  checkpoint: Trainer['latestCheckpoint'];
}

/** One run on the trainer's side: its Trainer once built, and its configures in order. */
interface RunSlot {
  trainer: Trainer | null;
  /** Configures run one after another (a dataset may be downloading); training waits for the latest. */
  configuring: Promise<void>;
  /** The latest experiment asked for, valid or not: Reset retries it when building it failed. */
  lastExperiment: unknown;
  removed: boolean;
  /** Train was asked and not yet taken back by a pause or stop: it waits for the run's configure to finish. */
  wantsTraining: boolean;
}

export class TrainerSession {
  /** Datasets load once and are shared by every run (and by runs configured while one is downloading). */
  private readonly datasets = new Map<DatasetValue, Promise<Dataset | null>>();
  private readonly registry: DatasetRegistry;
  private readonly runs = new Map<string, RunSlot>();
  /** Replaced when the backend is lost: the new backend's runs upload their test sets again. */
  private sharedSplits = new SharedSplits();
  /** Model shapes whose GPU programs are compiled already (see warmUp). */
  private readonly warmedUp = new Set<string>();
  /** Training runs waiting for their turn, in order: one run computes at a time, the others can pause at once. */
  private readonly turns: string[] = [];
  /** The scheduling loop while it runs (see schedule), resolved when no run is training. */
  private scheduling: Promise<void> | null = null;
  /** The backend was lost and no other could start: nothing can train any more. */
  private contextLost = false;
  /** Moving the runs to another backend after a loss: messages wait for it. */
  private recovering: Promise<void> | null = null;
  /** Counts backend losses: work begun on a lost backend (a turn, a configure) ends when it sees a newer one. */
  private generation = 0;
  private baseUrl = '';
  /** The backend(s) started at init; for auto, the choice per model shape (backendPicker.ts). */
  private picker: BackendPicker | null = null;

  constructor(
    private readonly postMessage: PostToPage,
    private readonly options: SessionOptions,
  ) {
    this.registry = options.datasets ?? indexedDbRegistry() ?? memoryRegistry();
  }

  private post<K extends keyof FromTrainerPayloads>(
    type: K,
    payload: FromTrainerPayloads[K],
    transfer?: Transferable[],
  ) {
    this.postMessage({ type, payload } as Extract<Parameters<PostToPage>[0], { type: K }>, transfer);
  }

  private slot(runId: string): RunSlot {
    let slot = this.runs.get(runId);
    if (!slot) {
      slot = {
        trainer: null,
        configuring: Promise.resolve(),
        lastExperiment: null,
        removed: false,
        wantsTraining: false,
      };
      this.runs.set(runId, slot);
    }
    return slot;
  }

  async handle(message: ToTrainer): Promise<void> {
    const runId = message.type === 'init' || message.type === 'loseContext' ? undefined : message.payload.runId;
    // Messages sent while the runs move to another backend are handled, in order, once they are there.
    if (this.recovering) await this.recovering;
    try {
      switch (message.type) {
        case 'init':
          return await this.init(message.payload.baseUrl, message.payload.backend);
        case 'configure': {
          const slot = this.slot(message.payload.runId);
          slot.trainer?.pause();
          return await this.queueConfigure(message.payload.runId, slot, message.payload.experiment);
        }
        case 'train':
          return await this.train(message.payload.runId);
        case 'pause':
          return this.pause(message.payload.runId);
        case 'stop':
          return this.stop(message.payload.runId);
        case 'reset': {
          const slot = this.slot(message.payload.runId);
          const experiment = slot.trainer?.experiment ?? slot.lastExperiment;
          if (!experiment) return this.reportNoRun(message.payload.runId);
          return await this.queueConfigure(message.payload.runId, slot, experiment);
        }
        case 'remove':
          return this.remove(message.payload.runId);
        case 'predict': {
          const { runId: id, pixels, requestId } = message.payload;
          const trainer = this.runs.get(id)?.trainer;
          if (!trainer) return this.reportNoRun(id);
          const prediction = await trainer.predict(pixels, requestId);
          return this.post('prediction', { runId: id, ...prediction });
        }
        case 'unitActivations': {
          const { runId: id, digit, requestId } = message.payload;
          const trainer = this.runs.get(id)?.trainer;
          if (!trainer) return this.reportNoRun(id);
          const activations = await measureUnitActivations(trainer, digit, requestId);
          return this.post('unitActivations', { runId: id, ...activations }, [
            activations.image.buffer,
            activations.values.buffer,
          ]);
        }
        case 'loseContext':
          loseContextForTest();
          return;
        default: {
          const never: never = message;
          throw new Error(`Unknown message ${JSON.stringify(never)}`);
        }
      }
    } catch (error) {
      const message = sayTrainer('internal', { detail: (error as Error).message || String(error) });
      this.post('error', runId ? { kind: 'internal', message, runId } : { kind: 'internal', message });
    }
  }

  /** Pauses the run now, or after its chunk in flight if it is the one computing; a run not training says so. */
  private pause(runId: string): void {
    const slot = this.runs.get(runId);
    if (!slot) return;
    // A train still waiting for its configure answers for itself once it sees the pause.
    const trainWaiting = slot.wantsTraining;
    slot.wantsTraining = false;
    if (slot.trainer?.isTraining) slot.trainer.pause();
    else if (!trainWaiting) this.reportResting(runId, slot);
  }

  private stop(runId: string): void {
    const slot = this.runs.get(runId);
    if (!slot) return;
    slot.wantsTraining = false;
    slot.trainer?.stop();
  }

  /** Answers a request that found the run not training with the state it rests in, so the page stops waiting. */
  private reportResting(runId: string, slot: RunSlot): void {
    if (slot.trainer)
      this.post('status', { runId, status: slot.trainer.currentStatus, step: slot.trainer.currentStep });
  }

  /** Pauses every run: the page that owned this session has gone. */
  pauseAll(): void {
    for (const slot of this.runs.values()) slot.trainer?.pause();
  }

  private reportNoRun(runId: string): void {
    this.post('error', {
      kind: 'config',
      runId,
      message: sayTrainer('noRun'),
    });
  }

  /** Runs a run's configures one after another; one that failed (and was reported) must not block the next. */
  private queueConfigure(runId: string, slot: RunSlot, experiment: unknown, chooseBackend = true): Promise<void> {
    slot.lastExperiment = experiment;
    slot.configuring = slot.configuring
      .catch(() => undefined)
      .then(() => this.configure(runId, slot, experiment, chooseBackend));
    return slot.configuring;
  }

  private remove(runId: string): void {
    const slot = this.runs.get(runId);
    if (!slot) return;
    slot.removed = true;
    slot.trainer?.pause();
    slot.trainer?.dispose();
    slot.trainer = null;
    this.runs.delete(runId);
  }

  private async init(baseUrl: string, backendRequest: BackendRequest): Promise<void> {
    this.baseUrl = baseUrl;
    let picker;
    try {
      picker = this.picker = await BackendPicker.start(backendRequest, baseUrl);
    } catch (error) {
      this.post('error', { kind: 'backend', message: sayTrainer('internal', { detail: (error as Error).message }) });
      return;
    }
    this.post('backend', picker.initialAnnouncement());
    onDeviceLost(picker.backends.started, (lost) => {
      if (lost === tf.getBackend()) void this.backendLost(lost); // a device auto measured but does not train on
    });
    this.post('ready', {});
  }

  /**
   * The backend was lost (a WebGL context loss: a GPU reset, a driver crash). Its results would be garbage from
   * now on: every run is rebuilt on the next backend that starts, from its last checkpoint, and the runs that were
   * training go on. Without another backend, training stops with a clear message.
   */
  backendLost(lost = tf.getBackend() as BackendName): Promise<void> {
    this.recovering ??= this.moveRuns(lost).finally(() => (this.recovering = null));
    return this.recovering;
  }

  private async moveRuns(lost: BackendName): Promise<void> {
    this.generation++;
    const lostRuns: LostRun[] = [];
    for (const [runId, slot] of this.runs) {
      const trainer = slot.trainer;
      if (trainer) {
        lostRuns.push({
          runId,
          slot,
          experiment: trainer.experiment,
          status: trainer.currentStatus,
          training: trainer.isTraining || slot.wantsTraining,
          lostAtStep: trainer.lastReportedStep,
          checkpoint: trainer.latestCheckpoint,
        });
      }
      slot.trainer = null;
      slot.wantsTraining = false;
      // Its tensors lived on the lost backend: freeing them may fail, and must not stop the others moving.
      try {
        trainer?.dispose();
      } catch {
        /* the lost backend's memory goes with it */
      }
    }
    this.turns.length = 0;
    this.scheduling = null;
    this.sharedSplits = new SharedSplits();
    this.warmedUp.clear();

    const moved = await this.nextBackend(lost);
    if (!moved || !this.picker) {
      this.contextLost = true;
      this.post('error', { kind: 'contextLost', message: sayTrainer('contextLost') });
      return;
    }
    const announcement = this.picker.afterLoss(lost, moved);
    this.post('backend', announcement);
    for (const run of lostRuns) {
      run.slot.configuring = this.rebuild(run, lost, announcement.name);
      await run.slot.configuring.catch(() => undefined);
    }
    // Runs whose settings were still being set up when the backend was lost are set up again from the start.
    for (const [runId, slot] of this.runs) {
      if (!slot.trainer && slot.lastExperiment !== null && !lostRuns.some((run) => run.slot === slot)) {
        slot.configuring = this.configure(runId, slot, slot.lastExperiment, false);
      }
    }
  }

  /** Starts the first backend that works after `lost` (one a GPU reset would not take down too). */
  private async nextBackend(lost: BackendName): Promise<StartedBackends | null> {
    const order = this.options.backendsAfterLoss?.(lost) ?? backendsAfterLoss(lost, BACKEND_ORDER);
    for (const name of order) {
      try {
        return await startBackends(name, this.baseUrl);
      } catch {
        // Try the next one.
      }
    }
    return null;
  }

  /** Builds a lost run again on the new backend from its checkpoint (or its start), and sets it going again. */
  private async rebuild(run: LostRun, lost: BackendName, backend: BackendName): Promise<void> {
    const { runId, slot, status, checkpoint } = run;
    const dataset = await this.dataset(run.experiment.dataset);
    if (!dataset || slot.removed) return;
    const trainer = this.buildTrainer(runId, dataset, run.experiment);
    slot.trainer = trainer;
    const resting = status === 'training' ? 'paused' : status;
    if (checkpoint) trainer.restore(checkpoint, resting);
    else if (resting !== 'paused') trainer.rest(resting);
    const ended = status === 'finished' || status === 'diverged' || status === 'stopped';
    // An ended run keeps its record whole (its checkpoint serves drawings); one that rests or trains goes on from
    // its checkpoint and drops what it recorded after it.
    if (ended) return;
    if (run.lostAtStep > 0) {
      this.post('resumed', {
        runId,
        lost,
        lostAtStep: run.lostAtStep,
        fromStep: trainer.currentStep,
        backend,
      });
    }
    if (run.training && trainer.begin()) {
      this.turns.push(runId);
      this.startScheduling();
    } else {
      this.post('status', { runId, status: trainer.currentStatus, step: trainer.currentStep });
    }
  }

  private dataset(name: DatasetValue): Promise<Dataset | null> {
    let loading = this.datasets.get(name);
    if (!loading) {
      loading = loadRunDataset(name, this.registry, this.baseUrl, (progress) =>
        this.post('dataProgress', progress),
      ).catch((error: unknown) => {
        const message =
          error instanceof AssetError
            ? error.said
            : sayTrainer('data.failed', { detail: (error as Error).message || String(error) });
        this.post('error', { kind: 'data', message });
        this.datasets.delete(name);
        return null;
      });
      this.datasets.set(name, loading);
    }
    return loading;
  }

  private async configure(runId: string, slot: RunSlot, input: unknown, chooseBackend: boolean): Promise<void> {
    // The page validated this already; the engine checks again rather than trust a message.
    const parsed = parseExperiment(input);
    if (!parsed.ok) {
      const detail = parsed.problems.map((p) => problemText(p)).join('; ');
      this.post('error', { kind: 'config', runId, message: sayTrainer('settings', { detail }) });
      return;
    }
    slot.trainer?.pause();
    slot.trainer?.dispose();
    slot.trainer = null;
    const generation = this.generation;
    const dataset = await this.dataset(parsed.value.dataset);
    // A newer configure of this run waits in the queue: building this one would only be thrown away. After a lost
    // backend, the recovery sets the run up again.
    if (!dataset || slot.removed || slot.lastExperiment !== input || generation !== this.generation) return;
    if (chooseBackend) {
      await this.chooseBackend(runId, dataset, parsed.value);
      if (slot.removed || slot.lastExperiment !== input || generation !== this.generation) return;
    }
    const trainer = this.buildTrainer(runId, dataset, parsed.value);
    slot.trainer = trainer;
    this.post('configured', {
      runId,
      dataset: dataset.info,
      trainCount: trainer.data.train.count,
      parameterCount: trainer.network.parameterCount(),
      stepsPerEpoch: trainer.stepsPerEpoch,
      totalSteps: trainer.totalSteps,
      numTensors: tf.memory().numTensors,
    });
    this.post('status', { runId, status: 'idle', step: 0 });
    // The page shows the run as ready (its parameter count, its shape) before the GPU programs compile; a Train
    // pressed meanwhile waits for this configure, warm-up included. Settings changed in a row warm up only the last.
    if (slot.lastExperiment === input) await this.warmUp(dataset, parsed.value);
  }

  private buildTrainer(runId: string, dataset: Dataset, experiment: Experiment): Trainer {
    return new Trainer(
      dataset,
      experiment,
      { readEvery: READ_EVERY, yieldToEventLoop: this.options.yieldToEventLoop, sharedSplits: this.sharedSplits },
      {
        metrics: (batch) =>
          this.post('metrics', { runId, ...batch }, [
            batch.steps.buffer,
            batch.losses.buffer,
            batch.learningRates.buffer,
            batch.seconds.buffer,
          ]),
        evaluation: (evaluation) => this.post('evaluation', { runId, ...evaluation }),
        health: (sample) => this.post('health', { runId, ...sample }),
        firstLayer: (sample) =>
          this.post('firstLayer', { runId, ...sample }, [sample.weights.buffer, sample.gradients.buffer]),
        status: (status, step, message) =>
          this.post('status', message ? { runId, status, step, message } : { runId, status, step }),
      },
    );
  }

  /**
   * Auto: picks the backend for this run's model (measured, or remembered for its shape) and says which and why
   * before the run's `configured`. A switch rebuilds the other runs on the new backend (they are all at step 0:
   * otherwise the picker keeps the backend).
   */
  private async chooseBackend(runId: string, dataset: Dataset, experiment: Experiment): Promise<void> {
    const scratch = () =>
      new Trainer(
        dataset,
        experiment,
        { readEvery: READ_EVERY, yieldToEventLoop: this.options.yieldToEventLoop },
        SILENT,
      );
    const pick = await this.picker?.choose(programKey(experiment), scratch, () => this.anyRunTrained());
    if (!pick) return;
    this.post('backend', pick.announcement);
    if (!pick.switched) return;
    for (const [id, other] of this.runs) {
      if (id === runId || !other.trainer || other.removed) continue;
      other.trainer.dispose();
      other.trainer = null;
      void this.queueConfigure(id, other, other.lastExperiment, false);
    }
  }

  /** Whether any run has taken a step or is training: the backend then stays as it is. */
  private anyRunTrained(): boolean {
    for (const slot of this.runs.values())
      if (slot.trainer && (slot.trainer.currentStep > 0 || slot.trainer.isTraining)) return true;
    return false;
  }

  /**
   * On WebGL, compiles the GPU programs of a model before its first run (see Trainer.warmUp), once per model
   * shape: runs that differ only in seed, rate or length share them.
   */
  private async warmUp(dataset: Dataset, experiment: Experiment): Promise<void> {
    // Auto's measurement compiled the training programs already, and a warm-up now could overlap the next one.
    if (tf.getBackend() !== 'webgl' || this.picker?.request === 'auto') return;
    const key = programKey(experiment);
    if (this.warmedUp.has(key)) return;
    this.warmedUp.add(key);
    const scratch = new Trainer(
      dataset,
      experiment,
      { readEvery: READ_EVERY, yieldToEventLoop: this.options.yieldToEventLoop, sharedSplits: this.sharedSplits },
      SILENT,
    );
    try {
      await scratch.warmUp();
    } finally {
      scratch.dispose();
    }
  }

  private async train(runId: string): Promise<void> {
    if (this.contextLost) {
      this.post('error', {
        kind: 'contextLost',
        message: sayTrainer('contextLostTrain'),
      });
      return;
    }
    const slot = this.slot(runId);
    slot.wantsTraining = true;
    const generation = this.generation;
    await slot.configuring.catch(() => undefined); // a failed configure was reported already
    // A backend lost meanwhile: the recovery took this Train over.
    if (slot.removed || generation !== this.generation) return;
    if (!slot.wantsTraining) return this.reportResting(runId, slot); // paused or stopped before it started
    slot.wantsTraining = false;
    if (!slot.trainer) return this.reportNoRun(runId);
    if (!slot.trainer.begin()) return this.reportResting(runId, slot);
    if (!this.turns.includes(runId)) this.turns.push(runId);
    this.startScheduling();
  }

  private startScheduling(): void {
    if (this.scheduling) return;
    const loop: Promise<void> = this.schedule(this.generation).finally(() => {
      if (this.scheduling === loop) this.scheduling = null;
    });
    this.scheduling = loop;
  }

  /** Resolves once no run is training any more (tests, and a page that waits for the end). */
  async whenIdle(): Promise<void> {
    while (this.scheduling || this.recovering) await (this.recovering ?? this.scheduling);
  }

  /**
   * Gives the training runs turns, one chunk of steps each, round the table. One run computes at a time (they
   * share one GPU anyway), so a pause or stop of any other run takes effect at once, and the one computing stops
   * after its chunk. Between turns the event loop runs: messages are handled, the page (on the main thread) paints.
   */
  private async schedule(generation: number): Promise<void> {
    // A loop left on a lost backend ends there (its turn may never come back); the recovery starts a new one.
    while (this.turns.length && generation === this.generation) {
      const runId = this.turns.shift()!;
      await this.picker?.whenIdle(); // auto may be measuring backends: one computes at a time
      const trainer = this.runs.get(runId)?.trainer;
      if (!trainer?.isTraining) continue;
      const more = await trainer.turn();
      if (generation !== this.generation) return;
      if (more && trainer.isTraining && this.runs.get(runId)?.trainer === trainer && !this.turns.includes(runId))
        this.turns.push(runId);
      await this.options.yieldToEventLoop();
    }
  }
}

/** Yields to the event loop with a macrotask, so queued messages (pause, reset) are handled between chunks. */
export function yieldWithMessageChannel(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
