// One run as the page keeps it: its settings, what its trainer reported, and what a person asked of it that the
// trainer has not done yet. Pure data and pure helpers: no React, no TF.js, no DOM.
import type { Message } from '../schema/message';
import type { DatasetInfo, LoadProgress } from '../data/datasets';
import type { HealthSample } from '../diagnostics/health';
import type {
  BackendName,
  BackendTiming,
  Evaluation,
  FirstLayerSample,
  Prediction,
  UnitActivations,
} from '../protocol/trainerProtocol';
import type { Experiment } from '../schema/experiment';
import { emptyStepSeries, type EvaluationRecord, type StepSeries } from '../schema/runRecord';
import type { AutoName } from './runNames';

/** What the trainer as a whole is doing: 'failed' means the page cannot train at all (no backend, data, GPU). */
export type TrainerPhase = 'starting' | 'loading-data' | 'ready' | 'failed';

/**
 * One run's state. 'setting-up': its settings were sent, the trainer has not built it yet. 'stopped': ended early
 * (an error in training, or Stop). 'imported': results loaded from an export file, with no trainer behind them.
 */
export type RunPhase =
  'setting-up' | 'ready' | 'training' | 'paused' | 'finished' | 'diverged' | 'stopped' | 'imported';

/**
 * What a person asked of a run that has not happened yet: 'train' pressed before the data loaded (it starts once
 * the run is set up) or waiting for the trainer's answer; 'pause' and 'stop' until the run's chunk in flight ends.
 */
export type RunRequest = 'train' | 'pause' | 'stop';

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

/** An evaluation as kept for a run: the record, with the confusion matrix and mistakes when the trainer sent them. */
export type RunEvaluationDetail = EvaluationRecord & Pick<Evaluation, 'confusion' | 'mistakes'>;

export interface Run {
  id: string;
  name: string;
  /** The run this one was duplicated from (kept through renames): its next copy goes after this one. */
  copiedFrom: string | null;
  /** A duplicate's name is the page's until a person renames it: what it is made from (runNames.ts). */
  autoName: AutoName | null;
  colour: string;
  experiment: Experiment;
  phase: RunPhase;
  request: RunRequest | null;
  /** Stop was pressed: the 'stopped' status that follows is what was asked for, not an error. */
  stopAsked: boolean;
  stats: RunStats;
  /** The per-step record; the arrays grow in place and a new object (with its `length`) marks each append. */
  series: StepSeries;
  evaluations: RunEvaluationDetail[];
  /** What went wrong with this run, in plain words (said by the page's catalog). */
  error: Message | null;
  /** A run that goes on but is going wrong, e.g. an exploding loss. */
  warning: Message | null;
  /** Something to know that is not a problem, e.g. early stopping. */
  notice: Message | null;
  /** The step whose loss was NaN or infinite, when the run diverged. */
  divergedAt: number | null;
  /** Per-layer health measurements, in step order. */
  health: HealthSample[];
  /** The latest answer for a drawn digit. */
  prediction: Prediction | null;
  /** The first layer's shown weights and gradients at the latest health step (only the latest: no history). */
  firstLayer: FirstLayerSample | null;
  /** The latest answer to a request for the first layer's activations on a digit. */
  unitActivations: UnitActivations | null;
  /** How much of the run was in the last file downloaded (steps, evaluations); more than that is unsaved. */
  saved: { steps: number; evaluations: number };
}

/** The trainer's side of the page state: what the reducer of trainer messages reads and writes. */
export interface TrainerState {
  runs: Run[];
  trainerPhase: TrainerPhase;
  dataProgress: LoadProgress | null;
  /** The backend training runs on, what it runs on, and why it was chosen (said by the page's catalog). */
  backend: {
    name: BackendName;
    detail: Message;
    reason: Message;
    /** Auto's measurement behind the choice, fastest first, and how long it took (0: remembered, or none). */
    timings: BackendTiming[];
    measuringMs: number;
    thread: string;
  } | null;
  /** Where the trainer runs: 'worker' or 'main thread'. */
  thread: string;
  /** What went wrong for the whole page, in plain words (said by the page's catalog). */
  error: Message | null;
  /** Only the answer to the latest drawing counts; earlier ones arrive late while a person draws. */
  latestPredictRequest: number;
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

/** A run's results before its trainer reports anything: what a new run starts with and a reconfigure clears. */
export function freshResults(): Pick<
  Run,
  | 'phase'
  | 'stopAsked'
  | 'series'
  | 'evaluations'
  | 'error'
  | 'warning'
  | 'notice'
  | 'divergedAt'
  | 'health'
  | 'prediction'
  | 'firstLayer'
  | 'unitActivations'
  | 'saved'
> {
  return {
    phase: 'setting-up',
    stopAsked: false,
    series: emptyStepSeries(),
    evaluations: [],
    error: null,
    warning: null,
    notice: null,
    divergedAt: null,
    health: [],
    prediction: null,
    firstLayer: null,
    unitActivations: null,
    saved: { steps: 0, evaluations: 0 },
  };
}

export function createRun(id: string, name: string, colour: string, experiment: Experiment): Run {
  return {
    id,
    name,
    copiedFrom: null,
    autoName: null,
    colour,
    experiment,
    stats: emptyStats,
    request: null,
    ...freshResults(),
  };
}

/** A run that has trained (or holds imported results) and would lose something if its settings changed. */
export function hasProgress(run: Run): boolean {
  return run.series.length > 0 || run.evaluations.length > 0;
}

/** Trained results that no downloaded file holds yet (imported runs came from a file). */
export function hasUnsavedResults(run: Run): boolean {
  return (
    run.phase !== 'imported' && (run.series.length > run.saved.steps || run.evaluations.length > run.saved.evaluations)
  );
}

/** Whether Train (or Resume) can do something for this run now or once its data has loaded. */
export function canTrain(run: Run, trainerPhase: TrainerPhase): boolean {
  if (trainerPhase === 'failed' || run.request !== null) return false;
  return run.phase === 'setting-up' || run.phase === 'ready' || run.phase === 'paused';
}

/** Whether the run is training or about to: Pause and Stop apply. */
export function isActive(run: Run): boolean {
  return run.phase === 'training' || run.request === 'train';
}

export function canPause(run: Run): boolean {
  return isActive(run) && run.request !== 'pause' && run.request !== 'stop';
}

export function canStop(run: Run): boolean {
  return (isActive(run) || run.phase === 'paused') && run.request !== 'stop';
}

export function canReset(run: Run, trainerPhase: TrainerPhase): boolean {
  return (
    trainerPhase !== 'failed' &&
    trainerPhase !== 'starting' &&
    run.phase !== 'imported' &&
    run.phase !== 'setting-up' &&
    run.request === null &&
    (hasProgress(run) || run.phase !== 'ready')
  );
}
