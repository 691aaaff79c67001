// The trainer's side of the protocol: owns the backend, the dataset on the device and the current Trainer.
// Runs in the worker (trainer.worker.ts) or, where a worker cannot run WebGL, on the main thread (same code).
import { loadDataset, type Dataset } from '../data/datasets';
import { AssetError } from '../data/fetchAsset';
import { parseExperiment } from '../schema/validate';
import { loseContextForTest, onContextLost, startBackend } from './backend';
import { parameterCount } from './model';
import type { FromTrainerPayloads, PostToPage, ToTrainer } from './protocol';
import { tf } from './tf';
import { Trainer, uploadTestSet } from './trainer';

/** Steps between loss read-backs; a read every step costs ~30% on WebGL. */
const READ_EVERY = 20;

export interface SessionOptions {
  yieldToEventLoop: () => Promise<void>;
}

export class TrainerSession {
  private dataset: Dataset | null = null;
  private testSet: { inputs: tf.Tensor2D; targets: tf.Tensor2D } | null = null;
  private trainer: Trainer | null = null;
  private contextLost = false;
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
        case 'configure':
          return this.configure(message.payload.experiment);
        case 'train':
          return await this.train();
        case 'pause':
          return this.trainer?.pause();
        case 'reset':
          return this.trainer ? this.configure(this.trainer.experiment) : undefined;
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

  private async init(baseUrl: string, backendRequest: Parameters<typeof startBackend>[0]): Promise<void> {
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
    await this.loadData('mnist');
  }

  private async loadData(name: Dataset['info']['name']): Promise<void> {
    if (this.dataset?.info.name === name) return;
    try {
      this.dataset = await loadDataset(name, this.baseUrl, (progress) => this.post('dataProgress', progress));
    } catch (error) {
      const message =
        error instanceof AssetError ? error.message : `Loading the dataset failed: ${(error as Error).message}`;
      this.post('error', { kind: 'data', message });
      return;
    }
    this.testSet?.inputs.dispose();
    this.testSet?.targets.dispose();
    this.testSet = uploadTestSet(this.dataset);
    this.post('ready', { dataset: this.dataset.info });
  }

  private configure(input: unknown): void {
    // The page validated this already; the engine checks again rather than trust a message.
    const parsed = parseExperiment(input);
    if (!parsed.ok) {
      this.post('error', { kind: 'config', message: parsed.problems.map((p) => p.message).join('; ') });
      return;
    }
    if (!this.dataset || !this.testSet) {
      this.post('error', { kind: 'config', message: 'The dataset is not loaded yet.' });
      return;
    }
    this.trainer?.pause();
    this.trainer?.dispose();
    const trainer = new Trainer(
      this.dataset,
      this.testSet,
      parsed.value,
      { readEvery: READ_EVERY, yieldToEventLoop: this.options.yieldToEventLoop },
      {
        metrics: (batch) => this.post('metrics', batch, [batch.steps.buffer, batch.losses.buffer]),
        evaluation: (evaluation) => this.post('evaluation', evaluation),
        status: (status, step, message) => this.post('status', message ? { status, step, message } : { status, step }),
      },
    );
    this.trainer = trainer;
    this.post('configured', {
      parameterCount: parameterCount(trainer.model.sizes),
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
    await this.trainer?.run();
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
