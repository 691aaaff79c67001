// The page's line to the trainer: messages sent before the connection exists wait and go out in order on attach.
import type { ToTrainer } from '../protocol/trainerProtocol';

export interface TrainerChannel {
  send(message: ToTrainer): void;
  attach(send: (message: ToTrainer) => void): void;
  readonly attached: boolean;
}

export function createTrainerChannel(): TrainerChannel {
  const waiting: ToTrainer[] = [];
  let deliver: ((message: ToTrainer) => void) | null = null;
  return {
    send(message) {
      if (deliver) deliver(message);
      else waiting.push(message);
    },
    attach(send) {
      deliver = send;
      for (const message of waiting.splice(0)) send(message);
    },
    get attached() {
      return deliver !== null;
    },
  };
}
