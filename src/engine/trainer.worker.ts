/// <reference lib="webworker" />
// Worker entry: wires the trainer session to postMessage. TF.js's WebGL backend draws on an OffscreenCanvas here,
// so training never blocks the page.
import type { FromTrainer, ToTrainer } from '../protocol/trainerProtocol';
import { TrainerSession, yieldWithMessageChannel } from './session';

declare const self: DedicatedWorkerGlobalScope;

const session = new TrainerSession(
  (message: FromTrainer, transfer?: Transferable[]) => self.postMessage(message, transfer ?? []),
  { yieldToEventLoop: yieldWithMessageChannel },
);

self.onmessage = (event: MessageEvent<ToTrainer>) => {
  void session.handle(event.data);
};
