// The page's state: the experiment's runs (each with its settings and what its trainer reported), how the charts
// are shown, which controls are hidden, and the actions the UI calls. Only serialisable data lives here; the
// worker lives in the bridge and is reached through `send`.
import { createStore } from 'zustand/vanilla';
import type { DatasetInfo, LoadProgress } from '../data/datasets';
import { explodingLossMessage, findExplodingLoss } from '../diagnostics/explodingLoss';
import type { HealthSample } from '../diagnostics/health';
import type {
  BackendName,
  Evaluation,
  FromTrainer,
  Prediction,
  ToTrainer,
  TrainerStatus,
} from '../protocol/trainerProtocol';
import { defaultExperiment, type Experiment, type ExperimentFieldName } from '../schema/experiment';
import { MAX_RUNS, withoutControlCharacters, type LinkState } from '../schema/urlCodec';
import { parseExperiment } from '../schema/validate';
import { defaultChartView, defaultRunColour, RUN_COLOURS, type ChartView } from '../schema/view';
import type { ExportedRun, RunEvaluation } from './runExport';

/** What the trainer as a whole is doing: 'failed' means the page cannot train at all (no backend, data, GPU). */
export type TrainerPhase = 'starting' | 'loading-data' | 'ready' | 'failed';

/**
 * One run's state. 'setting-up': its settings were sent, the trainer has not built it yet. 'stopped': ended early
 * (an error in training, or Stop). 'imported': results loaded from an export file, with no trainer behind them.
 */
export type RunPhase =
  'setting-up' | 'ready' | 'training' | 'paused' | 'finished' | 'diverged' | 'stopped' | 'imported';

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

/**
 * Per-step series as parallel arrays. The arrays grow in place (an append per read-back, not a copy of the whole
 * history); `length` changes with every append, so a new series object tells subscribers there is more.
 */
export interface Series {
  steps: number[];
  losses: number[];
  learningRates: number[];
  seconds: number[];
  length: number;
}

/** An evaluation as kept for a run: with the confusion matrix and mistakes when the trainer sent them. */
export type RunEvaluationDetail = RunEvaluation & Pick<Evaluation, 'confusion' | 'mistakes'>;

export interface Run {
  id: string;
  name: string;
  colour: string;
  experiment: Experiment;
  phase: RunPhase;
  stats: RunStats;
  series: Series;
  evaluations: RunEvaluationDetail[];
  /** What went wrong with this run, in plain words. */
  error: string | null;
  /** A run that goes on but is going wrong, e.g. an exploding loss. */
  warning: string | null;
  /** Something to know that is not a problem, e.g. early stopping. */
  notice: string | null;
  /** The step whose loss was NaN or infinite, when the run diverged. */
  divergedAt: number | null;
  /** Per-layer health measurements, in step order. */
  health: HealthSample[];
  /** The latest answer for a drawn digit. */
  prediction: Prediction | null;
}

export interface PlaygroundState {
  runs: Run[];
  selectedRunId: string;
  trainerPhase: TrainerPhase;
  dataProgress: LoadProgress | null;
  backend: { name: BackendName; detail: string; thread: string } | null;
  /** Something a person should know about the page, e.g. that training fell back to the main thread. */
  notice: string | null;
  /** What went wrong for the whole page, in plain words. */
  error: string | null;
  view: ChartView;
  /** Controls hidden from the settings panel (a teacher's link). */
  hidden: ExperimentFieldName[];

  attach(send: (message: ToTrainer) => void, thread: string): void;
  receive(message: FromTrainer): void;
  setNotice(notice: string): void;
  setView(view: Partial<ChartView>): void;
  setControlHidden(name: ExperimentFieldName, hidden: boolean): void;
  showAllControls(): void;
  selectRun(id: string): void;
  /** Applies a change to one setting of the selected run; returns the problems if it would be invalid. */
  setField<K extends ExperimentFieldName>(name: K, value: Experiment[K]): string[];
  /** Adds a run with the default settings; returns a problem when the experiment is full. */
  addRun(): string | null;
  /** Adds a copy of a run's settings (name, seed and all), to change one knob in. */
  duplicateRun(id: string): string | null;
  removeRun(id: string): void;
  renameRun(id: string, name: string): void;
  setRunColour(id: string, colour: string): void;
  /** Moves a run up (-1) or down (+1); the first run is the baseline the others are compared with. */
  moveRun(id: string, by: -1 | 1): void;
  train(id: string): void;
  pause(id: string): void;
  stop(id: string): void;
  reset(id: string): void;
  trainAll(): void;
  pauseAll(): void;
  stopAll(): void;
  resetAll(): void;
  /** Asks a run to classify a drawn image (raw 0–255 intensities); the answer lands in its `prediction`. */
  predict(id: string, pixels: Uint8Array): void;
  /** Shows runs from an export file next to (or instead of) the current ones. */
  importRuns(runs: ExportedRun[]): string | null;
}

export const emptyStats: RunStats = {
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

const MAX_NAME_LENGTH = 60;

export function emptySeries(): Series {
  return { steps: [], losses: [], learningRates: [], seconds: [], length: 0 };
}

/** A run's results before its trainer reports anything: what a new run starts with and a reconfigure clears. */
function freshResults(): Omit<Run, 'id' | 'name' | 'colour' | 'experiment' | 'stats'> {
  return {
    phase: 'setting-up',
    series: emptySeries(),
    evaluations: [],
    error: null,
    warning: null,
    notice: null,
    divergedAt: null,
    health: [],
    prediction: null,
  };
}

export type PlaygroundStore = ReturnType<typeof createPlaygroundStore>;

/** The run the settings panel edits and the statistics describe. */
export function selectedRun(state: Pick<PlaygroundState, 'runs' | 'selectedRunId'>): Run {
  return state.runs.find((run) => run.id === state.selectedRunId) ?? state.runs[0]!;
}

/** What the link holds: every run's settings, name and colour, the view and the hidden controls. */
export function linkStateOf(state: Pick<PlaygroundState, 'runs' | 'view' | 'hidden'>): LinkState {
  return {
    runs: state.runs.map((run) => ({ name: run.name, colour: run.colour, experiment: run.experiment })),
    view: state.view,
    hidden: [...state.hidden],
  };
}

/** A run's series and evaluations as an export file holds them. */
export function exportedRunOf(run: Run): ExportedRun {
  return {
    name: run.name,
    colour: run.colour,
    experiment: run.experiment,
    stepsPerEpoch: run.stats.stepsPerEpoch,
    status: run.phase,
    series: {
      steps: run.series.steps.slice(0, run.series.length),
      losses: run.series.losses.slice(0, run.series.length),
      learningRates: run.series.learningRates.slice(0, run.series.length),
      seconds: run.series.seconds.slice(0, run.series.length),
    },
    evaluations: run.evaluations.map(({ step, epoch, seconds, testLoss, testAccuracy, train, monteCarlo }) => ({
      step,
      epoch,
      seconds,
      testLoss,
      testAccuracy,
      ...(train ? { train } : {}),
      ...(monteCarlo ? { monteCarlo } : {}),
    })),
  };
}

const PHASE_OF_STATUS: Readonly<Record<TrainerStatus, RunPhase>> = {
  idle: 'ready',
  training: 'training',
  paused: 'paused',
  finished: 'finished',
  diverged: 'diverged',
  stopped: 'stopped',
};

export function createPlaygroundStore(
  initial: LinkState = {
    runs: [{ name: 'Run 1', colour: defaultRunColour(0), experiment: defaultExperiment() }],
    view: defaultChartView(),
    hidden: [],
  },
) {
  // Until the trainer connection is attached, messages wait here and are sent in order on attach.
  const waiting: ToTrainer[] = [];
  let send: (message: ToTrainer) => void = (message) => waiting.push(message);
  let thread = 'worker';
  let nextId = 1;
  /** Runs whose Stop was pressed: their 'stopped' status is what was asked for, not an error. */
  const stopAsked = new Set<string>();
  /** Only the answer to the latest drawing counts; earlier ones arrive late while a person draws. */
  let lastPredictRequest = 0;

  const newRun = (name: string, colour: string, experiment: Experiment): Run => ({
    id: `run-${nextId++}`,
    name,
    colour,
    experiment,
    stats: emptyStats,
    ...freshResults(),
  });

  const initialRuns = initial.runs.slice(0, MAX_RUNS).map((run) => newRun(run.name, run.colour, run.experiment));

  return createStore<PlaygroundState>()((set, get) => {
    const updateRun = (id: string, change: (run: Run) => Partial<Run>) => {
      set({ runs: get().runs.map((run) => (run.id === id ? { ...run, ...change(run) } : run)) });
    };
    const findRun = (id: string) => get().runs.find((run) => run.id === id);
    const configure = (id: string) => {
      const run = findRun(id);
      if (!run || run.phase === 'imported') return;
      stopAsked.delete(id);
      updateRun(id, freshResults);
      if (get().trainerPhase !== 'starting')
        send({ type: 'configure', payload: { runId: id, experiment: run.experiment } });
    };
    /** A colour no run uses yet, so a new run is told apart at once. */
    const freeColour = () => {
      const used = new Set(get().runs.map((run) => run.colour));
      return RUN_COLOURS.find((colour) => !used.has(colour)) ?? defaultRunColour(get().runs.length);
    };
    const freeName = (wanted: string) => {
      const names = new Set(get().runs.map((run) => run.name));
      if (!names.has(wanted)) return wanted;
      for (let n = 2; ; n++) {
        const candidate = `${wanted} (${n})`.slice(0, MAX_NAME_LENGTH);
        if (!names.has(candidate)) return candidate;
      }
    };
    const addAfter = (run: Run, afterId: string | null) => {
      const runs = [...get().runs];
      const index = afterId ? runs.findIndex((r) => r.id === afterId) + 1 : runs.length;
      runs.splice(index, 0, run);
      set({ runs, selectedRunId: run.id });
      configure(run.id);
    };
    const full = () =>
      get().runs.length >= MAX_RUNS ? `An experiment holds at most ${MAX_RUNS} runs: remove one first.` : null;

    const onRunMessage = (message: FromTrainer) => {
      switch (message.type) {
        case 'configured': {
          const { runId, dataset, trainCount, parameterCount, stepsPerEpoch, totalSteps, numTensors } = message.payload;
          // Messages arrive in order: whatever the run's previous trainer sent came before this.
          updateRun(runId, () => ({
            ...freshResults(),
            phase: 'ready',
            stats: { ...emptyStats, dataset, trainCount, parameterCount, stepsPerEpoch, totalSteps, numTensors },
          }));
          if (get().trainerPhase !== 'failed') set({ trainerPhase: 'ready', dataProgress: null });
          return;
        }
        case 'metrics': {
          const { runId, steps, losses, learningRates, seconds, samplesPerSecond, numTensors } = message.payload;
          updateRun(runId, (run) => {
            const { series, stats } = run;
            const from = series.length;
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
          return;
        }
        case 'evaluation':
          updateRun(message.payload.runId, (run) => ({
            evaluations: [...run.evaluations, message.payload],
            stats: { ...run.stats, numTensors: message.payload.numTensors },
          }));
          return;
        case 'prediction': {
          const { runId, ...prediction } = message.payload;
          if (prediction.requestId === lastPredictRequest) updateRun(runId, () => ({ prediction }));
          return;
        }
        case 'health': {
          const { runId, ...sample } = message.payload;
          updateRun(runId, (run) => ({ health: [...run.health, sample] }));
          return;
        }
        case 'status': {
          // After a fatal error (lost GPU, missing data) a run's wind-down must not make it look alive.
          if (get().trainerPhase === 'failed') return;
          const { runId, status, step, message: why } = message.payload;
          const phase = PHASE_OF_STATUS[status];
          updateRun(runId, (run) => {
            if (!why) return { phase };
            if (status === 'diverged') return { phase, error: why, divergedAt: step };
            // A run that broke says why as an error; one that ended as asked or by early stopping, as a notice.
            if (status === 'stopped' && !stopAsked.has(runId)) return { phase, error: why };
            return { phase, notice: why, error: run.error };
          });
          return;
        }
        default:
          return;
      }
    };

    return {
      runs: initialRuns,
      selectedRunId: initialRuns[0]!.id,
      trainerPhase: 'starting',
      dataProgress: null,
      backend: null,
      notice: null,
      error: null,
      view: initial.view,
      hidden: [...initial.hidden],

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

      setView(view) {
        set({ view: { ...get().view, ...view } });
      },

      setControlHidden(name, hidden) {
        const others = get().hidden.filter((n) => n !== name);
        set({ hidden: hidden ? [...others, name] : others });
      },

      showAllControls() {
        set({ hidden: [] });
      },

      selectRun(id) {
        if (findRun(id)) set({ selectedRunId: id });
      },

      receive(message) {
        switch (message.type) {
          case 'backend':
            set({ backend: { ...message.payload, thread } });
            return;
          case 'dataProgress':
            if (get().trainerPhase !== 'failed') set({ trainerPhase: 'loading-data', dataProgress: message.payload });
            return;
          case 'ready':
            // The trainer is up: tell it what to train (it loads the datasets, then answers 'configured' per run).
            set({ trainerPhase: 'loading-data' });
            for (const run of get().runs) configure(run.id);
            return;
          case 'configured':
          case 'metrics':
          case 'evaluation':
          case 'health':
          case 'prediction':
          case 'status':
            onRunMessage(message);
            return;
          case 'error': {
            const { kind, message: why, runId } = message.payload;
            const fatal = kind === 'data' || kind === 'backend' || kind === 'contextLost';
            // Keep the first fatal message: it names the cause; what follows is usually its consequence.
            if (get().trainerPhase === 'failed') return;
            if (fatal) set({ trainerPhase: 'failed', error: why });
            else if (runId && findRun(runId)) updateRun(runId, () => ({ error: why }));
            else set({ error: why });
            return;
          }
          default: {
            const never: never = message;
            throw new Error(`Unknown trainer message ${JSON.stringify(never)}`);
          }
        }
      },

      setField(name, value) {
        const run = selectedRun(get());
        if (run.phase === 'imported')
          return ['This run was imported from a file and shows saved results: duplicate it to train it again.'];
        if (run.phase === 'training') return ['Pause this run before changing its settings.'];
        const parsed = parseExperiment({ ...run.experiment, [name]: value });
        if (!parsed.ok) return parsed.problems.map((p) => p.message);
        updateRun(run.id, () => ({ experiment: parsed.value }));
        if (get().trainerPhase !== 'failed') configure(run.id);
        return [];
      },

      addRun() {
        const problem = full();
        if (problem) return problem;
        addAfter(newRun(freeName(`Run ${get().runs.length + 1}`), freeColour(), defaultExperiment()), null);
        return null;
      },

      duplicateRun(id) {
        const problem = full();
        const source = findRun(id);
        if (problem || !source) return problem;
        addAfter(newRun(freeName(`${source.name} copy`), freeColour(), source.experiment), id);
        return null;
      },

      removeRun(id) {
        const { runs, selectedRunId } = get();
        if (runs.length <= 1 || !findRun(id)) return;
        const index = runs.findIndex((run) => run.id === id);
        const remaining = runs.filter((run) => run.id !== id);
        set({
          runs: remaining,
          selectedRunId: selectedRunId === id ? remaining[Math.max(0, index - 1)]!.id : selectedRunId,
        });
        stopAsked.delete(id);
        send({ type: 'remove', payload: { runId: id } });
      },

      renameRun(id, name) {
        const clean = withoutControlCharacters(name).trim().slice(0, MAX_NAME_LENGTH);
        if (clean) updateRun(id, () => ({ name: clean }));
      },

      setRunColour(id, colour) {
        if (/^#[0-9a-f]{6}$/.test(colour)) updateRun(id, () => ({ colour }));
      },

      moveRun(id, by) {
        const runs = [...get().runs];
        const index = runs.findIndex((run) => run.id === id);
        const target = index + by;
        if (index < 0 || target < 0 || target >= runs.length) return;
        [runs[index], runs[target]] = [runs[target]!, runs[index]!];
        set({ runs });
      },

      train(id) {
        const run = findRun(id);
        if (get().trainerPhase === 'failed' || !run || (run.phase !== 'ready' && run.phase !== 'paused')) return;
        send({ type: 'train', payload: { runId: id } });
      },

      pause(id) {
        if (findRun(id)?.phase === 'training') send({ type: 'pause', payload: { runId: id } });
      },

      stop(id) {
        const phase = findRun(id)?.phase;
        if (phase !== 'training' && phase !== 'paused') return;
        stopAsked.add(id);
        send({ type: 'stop', payload: { runId: id } });
      },

      reset(id) {
        const run = findRun(id);
        const { trainerPhase } = get();
        if (!run || run.phase === 'imported' || trainerPhase === 'starting' || trainerPhase === 'failed') return;
        stopAsked.delete(id);
        updateRun(id, freshResults);
        send({ type: 'reset', payload: { runId: id } });
      },

      trainAll() {
        for (const run of get().runs) get().train(run.id);
      },
      pauseAll() {
        for (const run of get().runs) get().pause(run.id);
      },
      stopAll() {
        for (const run of get().runs) get().stop(run.id);
      },
      resetAll() {
        for (const run of get().runs) get().reset(run.id);
      },

      predict(id, pixels) {
        const run = findRun(id);
        if (!run || run.phase === 'imported' || run.phase === 'setting-up' || get().trainerPhase === 'failed') return;
        lastPredictRequest++;
        send({ type: 'predict', payload: { runId: id, pixels, requestId: lastPredictRequest } });
      },

      importRuns(imported) {
        // A page whose runs were never trained is replaced by the file's runs: opening an export shows just it.
        const fresh = get().runs.every((run) => run.phase !== 'imported' && run.series.length === 0);
        const room = fresh ? MAX_RUNS : MAX_RUNS - get().runs.length;
        if (imported.length > room) {
          return `Only ${MAX_RUNS} runs fit in an experiment: remove ${imported.length - room} first.`;
        }
        if (!imported.length) return null;
        const replaced = fresh ? get().runs : [];
        if (fresh) set({ runs: [] });
        for (const run of replaced) {
          stopAsked.delete(run.id);
          send({ type: 'remove', payload: { runId: run.id } });
        }
        const added = imported.map((saved) => {
          const length = saved.series.steps.length;
          const lastStep = saved.series.steps.at(-1) ?? 0;
          const stepsPerEpoch = saved.stepsPerEpoch;
          return {
            ...newRun(freeName(saved.name), saved.colour, saved.experiment),
            phase: 'imported' as const,
            series: { ...saved.series, length },
            evaluations: saved.evaluations,
            stats: {
              ...emptyStats,
              step: lastStep,
              stepsPerEpoch,
              epoch: stepsPerEpoch ? lastStep / stepsPerEpoch : 0,
            },
            notice: `Imported from a file (it was ${saved.status} then); duplicate it to train it again.`,
          };
        });
        set({ runs: [...get().runs, ...added], selectedRunId: added[0]!.id });
        return null;
      },
    };
  });
}
