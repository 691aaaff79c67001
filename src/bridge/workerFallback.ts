// Whether the trainer worker must give way to the main thread: only when it could not start WebGL while the page can
// (Safari: tfjs #7803, #8267) and the backend is left to auto. A worker that chose wasm or WebGPU on its own
// measurement, or was asked for one, stays where it is: the decision reads what started, not the name picked.
import type { BackendRequest } from '../protocol/backends';
import type { FromTrainer } from '../protocol/trainerProtocol';

/** What the first decisive message from the worker (its `backend`, or an `error`) says about its WebGL. */
export function workerLacksWebgl(message: FromTrainer): boolean {
  if (message.type === 'error') return message.payload.kind === 'backend';
  if (message.type !== 'backend') return false;
  return message.payload.failed.some((failure) => failure.name === 'webgl' && failure.stage === 'start');
}

export function moveWorkerToMainThread(request: BackendRequest, message: FromTrainer, pageHasWebgl2: boolean): boolean {
  return request === 'auto' && pageHasWebgl2 && workerLacksWebgl(message);
}
