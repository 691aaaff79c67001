// Page-level switches read from the address bar. They choose where and how training runs, never what is
// trained (that is the experiment), so they live outside the experiment schema.
import type { BackendRequest } from '../protocol/trainerProtocol';
import type { TrainerThread } from './trainerConnection';

export interface PageOptions {
  backend: BackendRequest;
  thread: TrainerThread;
}

const BACKENDS: readonly BackendRequest[] = ['auto', 'webgl', 'wasm', 'cpu'];

/** `?backend=webgl|wasm|cpu|auto` and `?trainer=worker|main`; anything else means the default. */
export function readPageOptions(search: string): PageOptions {
  const params = new URLSearchParams(search);
  const backend = params.get('backend') as BackendRequest | null;
  return {
    backend: backend && BACKENDS.includes(backend) ? backend : 'auto',
    thread: params.get('trainer') === 'main' ? 'main thread' : 'worker',
  };
}
