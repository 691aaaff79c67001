// The trainer's side of the page: its phase, the data download, the backend, and every message it sends, applied
// through the pure reducer. Fast data (losses, health, evaluations) can be held back and applied together a few
// times a second, so a page with eight training runs re-renders a few times a second, not per message.
import type { Message } from '../schema/message';
import type { FromTrainer, ToTrainer } from '../protocol/trainerProtocol';
import type { Run, TrainerState } from './runState';
import type { TrainerChannel } from './trainerChannel';
import { reduceTrainerMessages } from './trainerReducer';

export interface TrainerSlice extends Omit<TrainerState, 'runs'> {
  /** Something a person should know about the page, e.g. that training fell back to the main thread. */
  notice: Message | null;
  attach(send: (message: ToTrainer) => void, thread: string): void;
  receive(message: FromTrainer): void;
  /** Applies the data messages held back now (before anything that must see them). */
  flush(): void;
  setNotice(notice: Message): void;
}

/** Messages that only add data: these may wait; status, errors and answers apply at once, after what waits. */
const HELD_BACK: ReadonlySet<FromTrainer['type']> = new Set([
  'metrics',
  'health',
  'firstLayer',
  'evaluation',
  'dataProgress',
]);

type State = TrainerSlice & { runs: Run[] };

export interface TrainerSliceOptions {
  /** How long data messages may wait to be applied together; 0 applies each at once. */
  holdDataMs: number;
}

export function createTrainerSlice(
  set: (partial: Partial<State>) => void,
  get: () => State,
  channel: TrainerChannel,
  options: TrainerSliceOptions,
): TrainerSlice {
  const held: FromTrainer[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;

  const apply = (messages: readonly FromTrainer[]) => {
    if (!messages.length) return;
    const { runs, trainerPhase, dataProgress, backend, thread, error, latestPredictRequest } = get();
    const reduced = reduceTrainerMessages(
      { runs, trainerPhase, dataProgress, backend, thread, error, latestPredictRequest },
      messages,
    );
    set(reduced.state);
    for (const message of reduced.send) channel.send(message);
  };

  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    apply(held.splice(0));
  };

  return {
    trainerPhase: 'starting',
    dataProgress: null,
    backend: null,
    thread: 'worker',
    error: null,
    latestPredictRequest: 0,
    notice: null,

    attach(send, thread) {
      channel.attach(send);
      const { backend } = get();
      set({ thread, ...(backend ? { backend: { ...backend, thread } } : {}) });
    },

    receive(message) {
      if (options.holdDataMs > 0 && HELD_BACK.has(message.type)) {
        held.push(message);
        timer ??= setTimeout(flush, options.holdDataMs);
        return;
      }
      // In order: whatever data came before this message applies before it.
      flush();
      apply([message]);
    },

    flush,

    setNotice(notice) {
      set({ notice });
    },
  };
}
