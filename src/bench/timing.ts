// Samples/s of the app's own training code: a Trainer on the backend TF.js runs, or a TrainerSession asked for
// backend 'auto' (what the page does), each after warm-up steps that compile programs and allocate memory.
import { english } from '../ui/i18n/english';
import type { Dataset } from '../data/datasets';
import { TrainerSession, yieldWithMessageChannel } from '../engine/session';
import { Trainer, type TrainerEvents } from '../engine/trainer';
import type { FromTrainer } from '../protocol/trainerProtocol';
import type { Experiment } from '../schema/experiment';
import type { Message } from '../schema/message';
import { messageText } from './benchModels';
import { windowRates } from './windowRates';

/**
 * Steps trained before timing starts: programs compile and memory is allocated in the first step; the rest lets
 * caches and the JIT settle. A CNN step costs many MLP steps, so it gets fewer.
 */
export const WARMUP_STEPS = { mlp: 40, cnn: 10 } as const;

/** Trainer events that ignore everything but a run that ended early, and say why it did. */
export function failureWatch(): { events: TrainerEvents; failure: () => string | null } {
  let failure: string | null = null;
  return {
    events: {
      metrics() {},
      evaluation() {},
      health() {},
      status(status, step, message?: Message) {
        if (status === 'stopped' || status === 'diverged')
          failure = `${status} at step ${step}: ${messageText(message)}`;
      },
    },
    failure: () => failure,
  };
}

/** Trains about `steps` more steps (to the read-back after them) and returns the samples/s of the steps it ran. */
export async function timeTrainer(trainer: Trainer, steps: number): Promise<number> {
  const target = trainer.currentStep + steps;
  const from = trainer.currentStep;
  const started = performance.now();
  const stopAt = setInterval(() => trainer.currentStep >= target && trainer.pause(), 1);
  await trainer.run();
  clearInterval(stopAt);
  const seconds = (performance.now() - started) / 1000;
  return ((trainer.currentStep - from) * trainer.experiment.batchSize) / seconds;
}

/** A Trainer for timing: read-backs every 20 steps and yields between chunks, as the page's session does. */
export function timingTrainer(dataset: Dataset, experiment: Experiment, events: TrainerEvents): Trainer {
  return new Trainer(dataset, experiment, { readEvery: 20, yieldToEventLoop: yieldWithMessageChannel }, events);
}

interface Arrival {
  message: FromTrainer;
  at: number;
}

export type AutoTiming =
  | { ok: true; picked: { name: string; detail: string; reason: string }; samplesPerSecond: number[] }
  | { ok: false; error: string };

const RUN_ID = 'bench';

/**
 * Drives the app's TrainerSession as the page does with backend 'auto': init, configure, train, and after
 * warm-up + repeats × steps steps, pause. The pick is the `backend` message posted last before the run's
 * `configured`; samples/s of each window of `steps` steps come from the arrival times of its metrics messages.
 */
export async function timeAutoSession(
  baseUrl: string,
  experiment: Experiment,
  steps: number,
  repeats: number,
): Promise<AutoTiming> {
  const arrivals: Arrival[] = [];
  let onArrival = () => {};
  const session = new TrainerSession(
    (message) => {
      arrivals.push({ message, at: performance.now() });
      onArrival();
    },
    { yieldToEventLoop: yieldWithMessageChannel },
  );
  const failure = () => {
    const error = arrivals.find((a) => a.message.type === 'error')?.message;
    if (error?.type === 'error') return `${error.payload.kind}: ${messageText(error.payload.message)}`;
    const ended = arrivals.find(
      (a) => a.message.type === 'status' && ['stopped', 'diverged'].includes(a.message.payload.status),
    )?.message;
    return ended?.type === 'status' ? `${ended.payload.status}: ${messageText(ended.payload.message)}` : null;
  };
  await session.handle({ type: 'init', payload: { baseUrl, backend: 'auto' } });
  await session.handle({ type: 'configure', payload: { runId: RUN_ID, experiment } });
  const configured = arrivals.findIndex((a) => a.message.type === 'configured');
  const picked = arrivals
    .slice(0, configured < 0 ? arrivals.length : configured)
    .map((a) => a.message)
    .filter((m) => m.type === 'backend')
    .at(-1);
  if (configured < 0 || picked?.type !== 'backend')
    return { ok: false, error: failure() ?? 'the session posted no backend before configured' };

  const warmup = WARMUP_STEPS[experiment.architecture];
  const rates = () => {
    const reads = arrivals.flatMap((a) =>
      a.message.type === 'metrics' ? [{ step: a.message.payload.steps.at(-1)!, at: a.at }] : [],
    );
    return windowRates(reads, warmup, steps, repeats, experiment.batchSize);
  };
  const done = new Promise<void>((resolve) => {
    onArrival = () => {
      if (failure() || (arrivals.at(-1)?.message.type === 'metrics' && rates().length >= repeats)) resolve();
    };
  });
  await session.handle({ type: 'train', payload: { runId: RUN_ID } });
  await done;
  await session.handle({ type: 'pause', payload: { runId: RUN_ID } });
  await session.whenIdle();
  await session.handle({ type: 'remove', payload: { runId: RUN_ID } });
  const samplesPerSecond = rates();
  if (samplesPerSecond.length < repeats)
    return { ok: false, error: failure() ?? 'the run stopped before it was timed' };
  const { name, detail, reason } = picked.payload;
  return { ok: true, picked: { name, detail: english(detail), reason: english(reason) }, samplesPerSecond };
}
