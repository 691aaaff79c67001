// Typed messages between the page and the trainer (a worker, or the main-thread fallback). Each direction is a
// map of payloads; the union types are built from it, and handlers switch exhaustively on `type`.
// Types only: importing this module pulls no TF.js into the page.
import type { DatasetInfo, LoadProgress } from '../data/datasets';
import type { HealthSample } from '../diagnostics/health';
import type { Experiment } from '../schema/experiment';
import type { Message } from '../schema/message';
import type { EvaluationRecord, StepColumns } from '../schema/runRecord';

export type BackendName = 'webgl' | 'wasm' | 'cpu';

/** 'auto' tries WebGL, then wasm, then the plain CPU backend. */
export type BackendRequest = BackendName | 'auto';

/**
 * 'stopped': the run ended before its last step — an error in training itself, or the person pressed Stop (its
 * message says which); Reset starts over.
 */
export type TrainerStatus = 'idle' | 'training' | 'paused' | 'finished' | 'diverged' | 'stopped';

/** Names one of the experiment's runs; the page chooses the ids, the trainer keeps one Trainer per id. */
export interface RunAddress {
  runId: string;
}

export interface ToTrainerPayloads {
  /** `baseUrl`: absolute URL of the app's root, where data/ and tfjs-wasm/ are served. */
  init: { baseUrl: string; backend: BackendRequest };
  /** Builds (or rebuilds) a run from its settings; it waits, untrained, for `train`. */
  configure: RunAddress & { experiment: Experiment };
  train: RunAddress;
  /** Pauses after the chunk of steps in flight; `train` resumes. */
  pause: RunAddress;
  /** Ends the run where it is; its curves stay, `reset` starts it over. */
  stop: RunAddress;
  reset: RunAddress;
  /** Forgets the run and frees its tensors. */
  remove: RunAddress;
  /** Classifies one drawn image (raw 0–255 intensities, height × width) with the run's current weights. */
  predict: RunAddress & { pixels: Uint8Array; requestId: number };
  /** Test hook: makes the WebGL context be lost, as a GPU reset or driver crash would. */
  loseContext: Record<string, never>;
}

/** A chunk of the run's per-step record (schema/runRecord.ts), as typed arrays that transfer without a copy. */
export interface MetricsBatch extends StepColumns<ArrayLike<number>> {
  steps: Int32Array;
  losses: Float32Array;
  learningRates: Float32Array;
  /** Interpolated within the chunk of steps. */
  seconds: Float64Array;
  epoch: number;
  /** Training throughput over this batch of steps, read-back included. */
  samplesPerSecond: number;
  /** tf.memory().numTensors after the batch's tensors were released. */
  numTensors: number;
}

/** An evaluation record (schema/runRecord.ts) with what only the live page uses. */
export interface Evaluation extends EvaluationRecord {
  numTensors: number;
  /** Classification: counts of test examples by [true class][predicted class], flattened row by row. */
  confusion?: number[];
  /** Classification: the test examples predicted wrong with the highest confidence, most confident first. */
  mistakes?: Mistake[];
}

export interface Mistake {
  index: number;
  label: number;
  predicted: number;
  confidence: number;
  /** The image as stored: raw 0–255 intensities, row by row. */
  pixels: number[];
}

export interface Prediction {
  requestId: number;
  /** Class probabilities (softmax); the mean over the passes with MC dropout. */
  probabilities: number[];
  /** Standard deviation of each class's probability over the MC-dropout passes; null without dropout. */
  spread: number[] | null;
  passes: number;
}

/** The threads wasm trains on; `isolated`: the page is cross-origin isolated, so it could use more than one. */
export interface WasmThreads {
  count: number;
  isolated: boolean;
}

export interface FromTrainerPayloads {
  backend: { name: BackendName; detail: string; threads?: WasmThreads };
  dataProgress: LoadProgress;
  /** The trainer is up; the page answers with `configure`. */
  ready: Record<string, never>;
  configured: RunAddress & {
    dataset: DatasetInfo;
    /** Training examples in use (after the subset choice). */
    trainCount: number;
    parameterCount: number;
    stepsPerEpoch: number;
    totalSteps: number;
    numTensors: number;
  };
  metrics: RunAddress & MetricsBatch;
  evaluation: RunAddress & Evaluation;
  health: RunAddress & HealthSample;
  prediction: RunAddress & Prediction;
  status: RunAddress & { status: TrainerStatus; step: number; message?: Message };
  /** With a `runId` when it concerns one run only (its settings, its training); without, the whole trainer. */
  error: { kind: 'data' | 'backend' | 'config' | 'contextLost' | 'internal'; message: Message; runId?: string };
}

type Messages<P> = { [K in keyof P]: { type: K; payload: P[K] } }[keyof P];

export type ToTrainer = Messages<ToTrainerPayloads>;
export type FromTrainer = Messages<FromTrainerPayloads>;

export type PostToPage = (message: FromTrainer, transfer?: Transferable[]) => void;
