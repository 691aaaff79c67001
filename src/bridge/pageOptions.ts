// Page-level switches read from the address bar. They choose where and how training runs, never what is
// trained (that is the experiment), so they live outside the experiment schema.
import { parseBackendRequest, type BackendRequest } from '../protocol/backends';
import type { TrainerThread } from './trainerConnection';

export interface PageOptions {
  backend: BackendRequest;
  thread: TrainerThread;
}

/** `?backend=` one of src/protocol/backends.ts's names or auto, and `?trainer=worker|main`; anything else: the default. */
export function readPageOptions(search: string): PageOptions {
  const params = new URLSearchParams(search);
  return {
    backend: parseBackendRequest(params.get('backend')),
    thread: params.get('trainer') === 'main' ? 'main thread' : 'worker',
  };
}
