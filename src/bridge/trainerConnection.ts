// The page's side of the trainer: a Web Worker when possible, the same session on the main thread otherwise.
// WebGL in a worker fails on Safari (tfjs #7803, #8267), so a worker that cannot start WebGL while the page can is
// replaced by the main-thread session (workerFallback.ts decides).
import { sayBridge } from './bridgeWords';
import type { Message } from '../schema/message';
import { moveWorkerToMainThread } from './workerFallback';
import type { BackendRequest, FromTrainer, ToTrainer } from '../protocol/trainerProtocol';

export type TrainerThread = 'worker' | 'main thread';

export interface TrainerConnection {
  thread: TrainerThread;
  send(message: ToTrainer): void;
  close(): void;
}

type Listener = (message: FromTrainer) => void;

function connectWorker(listener: Listener, onFailure: (reason: string) => void): TrainerConnection {
  const worker = new Worker(new URL('../engine/trainer.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<FromTrainer>) => listener(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    onFailure(event.message || 'the trainer worker failed to start');
  };
  return {
    thread: 'worker',
    send: (message) => worker.postMessage(message),
    close: () => worker.terminate(),
  };
}

async function connectMainThread(listener: Listener): Promise<TrainerConnection> {
  const { TrainerSession, yieldWithMessageChannel } = await import('../engine/session');
  let closed = false;
  // Messages are delivered asynchronously, as from a worker, so the store never re-enters itself.
  const session = new TrainerSession((message) => queueMicrotask(() => !closed && listener(message)), {
    yieldToEventLoop: yieldWithMessageChannel,
  });
  return {
    thread: 'main thread',
    send: (message) => void session.handle(message),
    close: () => {
      closed = true;
      session.pauseAll();
    },
  };
}

function pageHasWebgl2(): boolean {
  try {
    return Boolean(document.createElement('canvas').getContext('webgl2'));
  } catch {
    return false;
  }
}

export interface ConnectOptions {
  prefer: TrainerThread;
  backend: BackendRequest;
  baseUrl: string;
  listener: Listener;
  /** Told when the trainer moved to the main thread, and why. */
  onFallback: (reason: Message) => void;
}

/** Connects and sends `init`. Falls back to the main thread if the worker fails or lacks WebGL the page has. */
export async function connectTrainer(options: ConnectOptions): Promise<TrainerConnection> {
  const init: ToTrainer = { type: 'init', payload: { baseUrl: options.baseUrl, backend: options.backend } };
  const startMain = async (reason: Message | null) => {
    if (reason) options.onFallback(reason);
    const connection = await connectMainThread(options.listener);
    connection.send(init);
    return connection;
  };
  if (options.prefer === 'main thread' || typeof Worker === 'undefined') {
    return startMain(options.prefer === 'main thread' ? null : sayBridge('why.noWorkers'));
  }

  return new Promise((resolve) => {
    let settled = false;
    let connection: TrainerConnection;
    const fallBack = (reason: Message) => {
      if (settled) {
        // The worker died after it started: say so, rather than leave the page waiting on a dead trainer.
        options.listener({
          type: 'error',
          payload: {
            kind: 'backend',
            message: sayBridge('trainerDied', { reason }),
          },
        });
        return;
      }
      settled = true;
      connection?.close();
      void startMain(reason).then(resolve);
    };
    const watch: Listener = (message) => {
      if (!settled) {
        // pageHasWebgl2 creates a context: asked only when the worker's message makes it matter.
        if (moveWorkerToMainThread(options.backend, message, options.backend === 'auto' && pageHasWebgl2())) {
          fallBack(sayBridge('why.noWebglInWorker'));
          return;
        }
        if (message.type === 'backend' || message.type === 'error') {
          settled = true;
          resolve(connection);
        }
      }
      options.listener(message);
    };
    try {
      connection = connectWorker(watch, (detail) => fallBack(sayBridge('why.workerFailed', { detail })));
      connection.send(init);
    } catch (error) {
      fallBack(sayBridge('why.workerNotCreated', { detail: (error as Error).message }));
    }
  });
}
