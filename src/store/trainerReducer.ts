// What each trainer message does to the page state, as a pure function: (state, message) → (state, messages to
// send back). The store applies it; tests drive it directly. No React, no TF.js, no DOM.
import { explodingLossMessage, findExplodingLoss } from '../diagnostics/explodingLoss';
import type { FromTrainer, ToTrainer, TrainerStatus } from '../protocol/trainerProtocol';
import { resumedRun } from './resumeRun';
import { emptyStats, freshResults, type Run, type RunPhase, type TrainerState } from './runState';

export interface Reduced {
  state: TrainerState;
  /** Messages the page owes the trainer in answer (e.g. a Train pressed before the run was set up). */
  send: ToTrainer[];
}

const PHASE_OF_STATUS: Readonly<Record<TrainerStatus, RunPhase>> = {
  idle: 'ready',
  training: 'training',
  paused: 'paused',
  finished: 'finished',
  diverged: 'diverged',
  stopped: 'stopped',
};

function withRun(state: TrainerState, id: string, change: (run: Run) => Partial<Run>): TrainerState {
  let changed = false;
  const runs = state.runs.map((run) => {
    if (run.id !== id) return run;
    changed = true;
    return { ...run, ...change(run) };
  });
  return changed ? { ...state, runs } : state;
}

/** The status a request waits for: once the run reports it (or ends), the request is done. */
function requestAfter(run: Run, status: TrainerStatus): Run['request'] {
  if (status === 'finished' || status === 'diverged' || status === 'stopped') return null;
  if (run.request === 'train' && status === 'training') return null;
  if (run.request === 'pause' && status === 'paused') return null;
  // The trainer answers a pause of a run that had not started yet with its resting state.
  if (run.request === 'pause' && status === 'idle') return null;
  return run.request;
}

export function configureMessage(run: Run): ToTrainer {
  return { type: 'configure', payload: { runId: run.id, experiment: run.experiment } };
}

/** Applies one trainer message. */
export function reduceTrainerMessage(state: TrainerState, message: FromTrainer): Reduced {
  switch (message.type) {
    case 'backend': {
      const { name, detail, reason, timings, measuringMs } = message.payload;
      const backend = { name, detail, reason, timings, measuringMs, thread: state.thread };
      return { state: { ...state, backend }, send: [] };
    }
    case 'dataProgress':
      if (state.trainerPhase === 'failed') return { state, send: [] };
      return { state: { ...state, trainerPhase: 'loading-data', dataProgress: message.payload }, send: [] };
    case 'ready': {
      // The trainer is up: tell it what to train (it loads the datasets, then answers 'configured' per run).
      const live = state.runs.filter((run) => run.phase !== 'imported');
      const runs = state.runs.map((run) => (run.phase === 'imported' ? run : { ...run, ...freshResults() }));
      return { state: { ...state, trainerPhase: 'loading-data', runs }, send: live.map(configureMessage) };
    }
    case 'configured': {
      const { runId, dataset, trainCount, parameterCount, stepsPerEpoch, totalSteps, numTensors } = message.payload;
      const run = state.runs.find((r) => r.id === runId);
      if (!run) return { state, send: [] };
      // Messages arrive in order: whatever the run's previous trainer sent came before this.
      const wantsTraining = run.request === 'train' && state.trainerPhase !== 'failed';
      let next = withRun(state, runId, () => ({
        ...freshResults(),
        phase: 'ready',
        request: wantsTraining ? 'train' : null,
        stats: { ...emptyStats, dataset, trainCount, parameterCount, stepsPerEpoch, totalSteps, numTensors },
      }));
      if (next.trainerPhase !== 'failed') next = { ...next, trainerPhase: 'ready', dataProgress: null };
      return { state: next, send: wantsTraining ? [{ type: 'train', payload: { runId } }] : [] };
    }
    case 'metrics': {
      const { runId, steps, losses, learningRates, seconds, samplesPerSecond, numTensors } = message.payload;
      const next = withRun(state, runId, (run) => {
        const { series, stats } = run;
        const from = series.length;
        // Appended in place: the columns can hold a million steps, a copy per chunk would cost more than the chunk.
        for (let i = 0; i < steps.length; i++) {
          series.steps.push(steps[i]!);
          series.losses.push(losses[i]!);
          series.learningRates.push(learningRates[i]!);
          series.seconds.push(seconds[i]!);
        }
        const step = steps.length ? steps[steps.length - 1]! : stats.step;
        const exploding = run.warning ? null : findExplodingLoss(series.steps, series.losses, from);
        return {
          series: { ...series, length: series.steps.length },
          ...(exploding ? { warning: explodingLossMessage(exploding) } : {}),
          stats: {
            ...stats,
            step,
            epoch: stats.stepsPerEpoch ? step / stats.stepsPerEpoch : 0,
            samplesPerSecond,
            numTensors,
          },
        };
      });
      return { state: next, send: [] };
    }
    case 'evaluation': {
      const { runId, numTensors, ...evaluation } = message.payload;
      const next = withRun(state, runId, (run) => ({
        evaluations: [...run.evaluations, evaluation],
        stats: { ...run.stats, numTensors },
      }));
      return { state: next, send: [] };
    }
    case 'health': {
      const { runId, ...sample } = message.payload;
      return { state: withRun(state, runId, (run) => ({ health: [...run.health, sample] })), send: [] };
    }
    case 'prediction': {
      const { runId, ...prediction } = message.payload;
      if (prediction.requestId !== state.latestPredictRequest) return { state, send: [] };
      return { state: withRun(state, runId, () => ({ prediction })), send: [] };
    }
    case 'firstLayer': {
      const { runId, ...sample } = message.payload;
      return { state: withRun(state, runId, () => ({ firstLayer: sample })), send: [] };
    }
    case 'unitActivations': {
      const { runId, ...activations } = message.payload;
      return { state: withRun(state, runId, () => ({ unitActivations: activations })), send: [] };
    }
    case 'status': {
      // After a fatal error (lost GPU, missing data) a run's wind-down must not make it look alive.
      if (state.trainerPhase === 'failed') return { state, send: [] };
      const { runId, status, step, message: why } = message.payload;
      const phase = PHASE_OF_STATUS[status];
      const next = withRun(state, runId, (run) => {
        const request = requestAfter(run, status);
        if (!why) return { phase, request };
        if (status === 'diverged') return { phase, request, error: why, divergedAt: step };
        // A run that broke says why as an error; one that ended as asked or by early stopping, as a notice.
        if (status === 'stopped' && !run.stopAsked) return { phase, request, error: why };
        return { phase, request, notice: why };
      });
      return { state: next, send: [] };
    }
    case 'resumed':
      return { state: withRun(state, message.payload.runId, (run) => resumedRun(run, message.payload)), send: [] };
    case 'error': {
      const { kind, message: why, runId } = message.payload;
      // Keep the first fatal message: it names the cause; what follows is usually its consequence.
      if (state.trainerPhase === 'failed') return { state, send: [] };
      const fatal = kind === 'data' || kind === 'backend' || kind === 'contextLost';
      if (fatal) {
        // Nothing will train: requests still waiting would leave buttons saying "Pausing…" for ever. A run that had
        // started (training or paused) ends here, stopped by this error; its wind-down is not reported any more (see
        // 'status'), so its phase is set now, or the page and its exports would call it training for ever.
        const runs = state.runs.map((run) => {
          const started = run.phase === 'training' || run.phase === 'paused';
          if (!run.request && !started) return run;
          return started ? { ...run, request: null, phase: 'stopped' as const, error: why } : { ...run, request: null };
        });
        return { state: { ...state, runs, trainerPhase: 'failed', error: why }, send: [] };
      }
      if (runId && state.runs.some((run) => run.id === runId)) {
        return { state: withRun(state, runId, () => ({ error: why, request: null })), send: [] };
      }
      return { state: { ...state, error: why }, send: [] };
    }
    default: {
      const never: never = message;
      throw new Error(`Unknown trainer message ${JSON.stringify(never)}`);
    }
  }
}

/** Applies messages in order; the messages to send are collected in order too. */
export function reduceTrainerMessages(state: TrainerState, messages: readonly FromTrainer[]): Reduced {
  const send: ToTrainer[] = [];
  let current = state;
  for (const message of messages) {
    const reduced = reduceTrainerMessage(current, message);
    current = reduced.state;
    send.push(...reduced.send);
  }
  return { state: current, send };
}
