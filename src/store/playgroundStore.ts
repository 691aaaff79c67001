// The page's state: the experiment being edited, what the trainer reported, and the actions the UI calls.
// Only serialisable data lives here; the worker lives in the bridge and is reached through `send`.
import { createStore } from 'zustand/vanilla';
import type { DatasetInfo, LoadProgress } from '../data/datasets';
import type { BackendName, Evaluation, FromTrainer, ToTrainer } from '../engine/protocol';
import { defaultExperiment, type Experiment, type ExperimentFieldName } from '../schema/experiment';
import { explodingLossMessage, findExplodingLoss } from '../diagnostics/explodingLoss';
import { parseExperiment } from '../schema/validate';

/**
 * 'stopped': this run ended on an error (settings and Reset still work); 'failed': the page cannot train at all
 * (no backend, no data, lost GPU).
 */
export type Phase =
  'starting' | 'loading-data' | 'ready' | 'training' | 'paused' | 'finished' | 'diverged' | 'stopped' | 'failed';

export interface RunStats {
  dataset: DatasetInfo | null;
  /** Training examples in use. */
  trainCount: number;
  step: number;
  epoch: number;
  samplesPerSecond: number | null;
  numTensors: number | null;
  totalSteps: number;
  stepsPerEpoch: number;
  parameterCount: number;
}

export interface PlaygroundState {
  experiment: Experiment;
  phase: Phase;
  dataProgress: LoadProgress | null;
  backend: { name: BackendName; detail: string; thread: string } | null;
  /** Something a person should know that is not an error, e.g. that training fell back to the main thread. */
  notice: string | null;
  /** What went wrong, in plain words. */
  error: string | null;
  /** A run that goes on but is going wrong, e.g. an exploding loss. */
  warning: string | null;
  /** Training loss and learning rate per step, as parallel arrays. */
  trainLoss: { steps: number[]; losses: number[]; learningRates: number[] };
  evaluations: Evaluation[];
  stats: RunStats;
  /** How the loss chart is drawn: EMA weight (0 = raw) and a logarithmic y axis. */
  chartView: { smoothing: number; logScale: boolean };

  setChartView(view: Partial<PlaygroundState['chartView']>): void;
  attach(send: (message: ToTrainer) => void, thread: string): void;
  receive(message: FromTrainer): void;
  setNotice(notice: string): void;
  /** Applies a change to one setting; returns the problems if the experiment would be invalid. */
  setField<K extends ExperimentFieldName>(name: K, value: Experiment[K]): string[];
  train(): void;
  pause(): void;
  reset(): void;
}

const emptyStats: RunStats = {
  dataset: null,
  trainCount: 0,
  step: 0,
  epoch: 0,
  samplesPerSecond: null,
  numTensors: null,
  totalSteps: 0,
  stepsPerEpoch: 0,
  parameterCount: 0,
};

export type PlaygroundStore = ReturnType<typeof createPlaygroundStore>;

export function createPlaygroundStore(experiment: Experiment = defaultExperiment()) {
  // Until the trainer connection is attached, messages wait here and are sent in order on attach.
  const waiting: ToTrainer[] = [];
  let send: (message: ToTrainer) => void = (message) => waiting.push(message);
  let thread = 'worker';

  return createStore<PlaygroundState>()((set, get) => {
    const clearRun = () =>
      set({ trainLoss: { steps: [], losses: [], learningRates: [] }, evaluations: [], error: null, warning: null });
    const configure = () => {
      clearRun();
      send({ type: 'configure', payload: { experiment: get().experiment } });
    };

    return {
      experiment,
      phase: 'starting',
      dataProgress: null,
      backend: null,
      notice: null,
      error: null,
      warning: null,
      trainLoss: { steps: [], losses: [], learningRates: [] },
      evaluations: [],
      stats: emptyStats,
      chartView: { smoothing: 0.6, logScale: false },

      setChartView(view) {
        set({ chartView: { ...get().chartView, ...view } });
      },

      attach(sender, threadName) {
        send = sender;
        thread = threadName;
        for (const message of waiting.splice(0)) send(message);
        const { backend } = get();
        if (backend) set({ backend: { ...backend, thread } });
      },

      setNotice(notice) {
        set({ notice });
      },

      receive(message) {
        switch (message.type) {
          case 'backend':
            set({ backend: { ...message.payload, thread } });
            return;
          case 'dataProgress':
            if (get().phase !== 'failed') set({ phase: 'loading-data', dataProgress: message.payload });
            return;
          case 'ready':
            // The trainer is up: tell it what to train (it loads the dataset if needed, then answers 'configured').
            configure();
            return;
          case 'configured': {
            const { dataset, trainCount, parameterCount, stepsPerEpoch, totalSteps, numTensors } = message.payload;
            // Messages arrive in order: whatever the previous trainer sent came before this, so clearing here
            // drops nothing of the new run.
            set({
              phase: get().phase === 'failed' ? 'failed' : 'ready',
              dataProgress: null,
              stats: { ...emptyStats, dataset, trainCount, parameterCount, stepsPerEpoch, totalSteps, numTensors },
              trainLoss: { steps: [], losses: [], learningRates: [] },
              evaluations: [],
              warning: null,
            });
            return;
          }
          case 'metrics': {
            const { steps, losses, learningRates, samplesPerSecond, numTensors } = message.payload;
            const { trainLoss, stats } = get();
            const step = steps.length ? steps[steps.length - 1]! : stats.step;
            const next = {
              steps: trainLoss.steps.concat(Array.from(steps)),
              losses: trainLoss.losses.concat(Array.from(losses)),
              learningRates: trainLoss.learningRates.concat(Array.from(learningRates)),
            };
            const exploding = get().warning ? null : findExplodingLoss(next.steps, next.losses, trainLoss.steps.length);
            if (exploding) set({ warning: explodingLossMessage(exploding) });
            set({
              trainLoss: next,
              stats: {
                ...stats,
                step,
                epoch: stats.stepsPerEpoch ? step / stats.stepsPerEpoch : 0,
                samplesPerSecond,
                numTensors,
              },
            });
            return;
          }
          case 'evaluation':
            set({
              evaluations: [...get().evaluations, message.payload],
              stats: { ...get().stats, numTensors: message.payload.numTensors },
            });
            return;
          case 'status': {
            // After a fatal error (lost GPU, missing data) the run's own wind-down must not make it look alive.
            if (get().phase === 'failed') return;
            const { status, message: why } = message.payload;
            const phase: Phase = status === 'idle' ? 'ready' : status;
            if (!why) set({ phase });
            // A run that broke says why as an error; one that ended normally (early stopping) as a notice.
            else if (status === 'diverged' || status === 'stopped') set({ phase, error: why });
            else set({ phase, notice: why });
            return;
          }
          case 'error': {
            const { kind, message: why } = message.payload;
            const fatal = kind === 'data' || kind === 'backend' || kind === 'contextLost';
            // Keep the first fatal message: it names the cause; what follows is usually its consequence.
            if (get().phase === 'failed') return;
            set(fatal ? { phase: 'failed', error: why } : { error: why });
            return;
          }
          default: {
            const never: never = message;
            throw new Error(`Unknown trainer message ${JSON.stringify(never)}`);
          }
        }
      },

      setField(name, value) {
        const { phase, experiment: current } = get();
        if (phase === 'training') return ['Pause training before changing settings.'];
        const parsed = parseExperiment({ ...current, [name]: value });
        if (!parsed.ok) return parsed.problems.map((p) => p.message);
        set({ experiment: parsed.value });
        if (phase !== 'failed') configure();
        return [];
      },

      train() {
        const { phase } = get();
        if (phase === 'ready' || phase === 'paused') send({ type: 'train', payload: {} });
      },

      pause() {
        if (get().phase === 'training') send({ type: 'pause', payload: {} });
      },

      reset() {
        const { phase } = get();
        if (phase === 'starting' || phase === 'loading-data' || phase === 'failed') return;
        clearRun();
        send({ type: 'reset', payload: {} });
      },
    };
  });
}
