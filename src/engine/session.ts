// The trainer's side of the protocol: owns the backend, the dataset on the device and the current Trainer.
// Runs in the worker (trainer.worker.ts) or, where a worker cannot run WebGL, on the main thread (same code).
import { loadDataset, type Dataset, type DatasetName } from '../data/datasets';
import { AssetError } from '../data/fetchAsset';
import { parseExperiment } from '../schema/validate';
import { loseContextForTest, onContextLost, startBackend } from './backend';
import type { BackendRequest, FromTrainerPayloads, PostToPage, ToTrainer } from './protocol';
import { tf } from './tf';
import { Trainer } from './trainer';

/** Steps between loss read-backs; a read every step costs ~30% on WebGL. */
const READ_EVERY = 20;

export interface SessionOptions {
  yieldToEventLoop: () => Promise<void>;
}

export class TrainerSession {
  private readonly datasets = new Map<DatasetName, Dataset>();
  private trainer: Trainer | null = null;
  /** Configures run one after another (a dataset may be downloading); training waits for the latest. */
  private configuring: Promise<void> = Promise.resolve();
  private contextLost = false;
  /** The latest experiment asked for, valid or not: Reset retries it when building it failed. */
  private lastExperiment: unknown = null;
  private baseUrl = '';

  constructor(
    private readonly postMessage: PostToPage,
    private readonly options: SessionOptions,
  ) {}

  private post<K extends keyof FromTrainerPayloads>(
    type: K,
    payload: FromTrainerPayloads[K],
    transfer?: Transferable[],
  ) {
    this.postMessage({ type, payload } as Extract<Parameters<PostToPage>[0], { type: K }>, transfer);
  }

  async handle(message: ToTrainer): Promise<void> {
    try {
      switch (message.type) {
        case 'init':
          return await this.init(message.payload.baseUrl, message.payload.backend);
        case 'configure': {
          const { experiment } = message.payload;
          this.trainer?.pause();
          return await this.queueConfigure(experiment);
        }
        case 'train':
          return await this.train();
        case 'pause':
          return this.trainer?.pause();
        case 'reset': {
          const experiment = this.trainer?.experiment ?? this.lastExperiment;
          if (!experiment) return this.reportNoRun();
          return await this.queueConfigure(experiment);
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
      this.post('error', { kind: 'internal', message: (error as Error).message || String(error) });
    }
  }

  private reportNoRun(): void {
    this.post('error', {
      kind: 'config',
      message:
        'There is no run to train: the last settings could not be set up (see the message above). Change a setting to try again.',
    });
  }

  /** Runs configures one after another; one that failed (and was reported) must not block the next. */
  private queueConfigure(experiment: unknown): Promise<void> {
    this.lastExperiment = experiment;
    this.configuring = this.configuring.catch(() => undefined).then(() => this.configure(experiment));
    return this.configuring;
  }

  private async init(baseUrl: string, backendRequest: BackendRequest): Promise<void> {
    this.baseUrl = baseUrl;
    let backend;
    try {
      backend = await startBackend(backendRequest, baseUrl);
    } catch (error) {
      this.post('error', { kind: 'backend', message: (error as Error).message });
      return;
    }
    this.post('backend', backend);
    onContextLost(() => {
      this.contextLost = true;
      this.trainer?.pause();
      this.post('error', {
        kind: 'contextLost',
        message:
          'The GPU (WebGL context) was lost, so training stopped: its results would be garbage. Reload the page to start again.',
      });
    });
    this.post('ready', {});
  }

  private async dataset(name: DatasetName): Promise<Dataset | null> {
    const cached = this.datasets.get(name);
    if (cached) return cached;
    try {
      const dataset = await loadDataset(name, this.baseUrl, (progress) => this.post('dataProgress', progress));
      this.datasets.set(name, dataset);
      return dataset;
    } catch (error) {
      const message =
        error instanceof AssetError ? error.message : `Loading the dataset failed: ${(error as Error).message}`;
      this.post('error', { kind: 'data', message });
      return null;
    }
  }

  private async configure(input: unknown): Promise<void> {
    // The page validated this already; the engine checks again rather than trust a message.
    const parsed = parseExperiment(input);
    if (!parsed.ok) {
      this.post('error', { kind: 'config', message: parsed.problems.map((p) => p.message).join('; ') });
      return;
    }
    this.trainer?.pause();
    this.trainer?.dispose();
    this.trainer = null;
    const dataset = await this.dataset(parsed.value.dataset);
    if (!dataset) return;
    const trainer = new Trainer(
      dataset,
      parsed.value,
      { readEvery: READ_EVERY, yieldToEventLoop: this.options.yieldToEventLoop },
      {
        metrics: (batch) =>
          this.post('metrics', batch, [batch.steps.buffer, batch.losses.buffer, batch.learningRates.buffer]),
        evaluation: (evaluation) => this.post('evaluation', evaluation),
        status: (status, step, message) => this.post('status', message ? { status, step, message } : { status, step }),
      },
    );
    this.trainer = trainer;
    this.post('configured', {
      dataset: dataset.info,
      trainCount: trainer.data.train.count,
      parameterCount: trainer.network.parameterCount(),
      stepsPerEpoch: trainer.stepsPerEpoch,
      totalSteps: trainer.totalSteps,
      numTensors: tf.memory().numTensors,
    });
    this.post('status', { status: 'idle', step: 0 });
  }

  private async train(): Promise<void> {
    if (this.contextLost) {
      this.post('error', {
        kind: 'contextLost',
        message: 'The GPU (WebGL context) was lost. Reload the page to train again.',
      });
      return;
    }
    await this.configuring.catch(() => undefined); // a failed configure was reported already
    if (!this.trainer) return this.reportNoRun();
    await this.trainer.run();
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
