// Typed messages between the page and the trainer (a worker, or the main-thread fallback). Each direction is a
// map of payloads; the union types are built from it, and handlers switch exhaustively on `type`.
// Types only: importing this module pulls no TF.js into the page.
import type { DatasetInfo, LoadProgress } from '../data/datasets';
import type { HealthSample } from '../diagnostics/health';
import type { Experiment } from '../schema/experiment';
import type { Message } from '../schema/message';
import type { EvaluationRecord, StepColumns } from '../schema/runRecord';
import type { BackendName, BackendRequest } from './backends';

export type { BackendName, BackendRequest } from './backends';

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
  /** The first layer's shown units' activations on one digit (see UnitActivations). */
  unitActivations: RunAddress & { requestId: number; digit: DigitSource };
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

/**
 * The first weight layer's shown units, as tiles: an MLP's first N hidden units' incoming weights (one image-sized
 * tile each), a CNN's first conv layer's filters (k × k each). Weights after the step and that step's gradient
 * (before clipping), unit by unit, each tile row by row. Sent on health steps (see healthDue).
 */
export interface FirstLayerSample {
  step: number;
  /** The layer's name as the health panel says it: "dense 1", "conv 1". */
  layer: string;
  kind: 'dense' | 'conv';
  /** Units (or filters) shown, and how many the layer has. */
  units: number;
  totalUnits: number;
  tileHeight: number;
  tileWidth: number;
  weights: Float32Array;
  gradients: Float32Array;
}

/** A test image by its index in the test set, or a drawn one (raw 0–255 intensities, height × width). */
export type DigitSource = { kind: 'test'; index: number } | { kind: 'drawn'; pixels: Uint8Array };

/**
 * What the first layer's shown units make of one digit, after the activation: a CNN's conv-1 maps (mapHeight ×
 * mapWidth each), an MLP's one value per unit (1 × 1 maps). `image` is the digit as stored (0–255).
 */
export interface UnitActivations {
  requestId: number;
  step: number;
  digit: { kind: 'test'; index: number; label: number } | { kind: 'drawn' };
  units: number;
  imageHeight: number;
  imageWidth: number;
  image: Float32Array;
  mapHeight: number;
  mapWidth: number;
  values: Float32Array;
}

/** A backend that could not be used, with the browser's or TF.js's own words for why. */
export interface BackendFailure {
  name: BackendName;
  /**
   * 'start': it did not start or could not compute; 'precision': it started with 16-bit floats only; 'model': it
   * could not train the run's model when auto timed it (a kernel missing, out of memory).
   */
  stage: 'start' | 'precision' | 'model';
  detail: string;
}

/** One backend's speed on a run's model and batch, measured by 'auto'. */
export interface BackendTiming {
  name: BackendName;
  /** Milliseconds per training step, read-back included, after a warm-up step. */
  msPerStep: number;
  /** Steps timed; 1 when it was cut short as already far slower than the best. */
  steps: number;
}

/** The backend the trainer computes on, and why. */
export interface BackendAnnouncement {
  name: BackendName;
  /** What it runs on: "WebGL 2, software renderer SwiftShader", "WebAssembly on the CPU, 2 threads". */
  detail: Message;
  /** Why this one: forced by the address, measured fastest, kept, the only one… */
  reason: Message;
  /**
   * 'forced' and 'provisional' come with init; 'measured', 'kept' come with a run's configure, before `configured`;
   * 'afterLoss' when the backend's device was lost and the runs moved to this one.
   */
  basis: 'forced' | 'provisional' | 'measured' | 'kept' | 'afterLoss';
  /** The backends that started in this thread, in the order 'auto' tries them. */
  started: BackendName[];
  failed: BackendFailure[];
  /** The measurement behind a 'measured' or 'kept' choice, fastest first (remembered per model shape). */
  timings: BackendTiming[];
  /** How long that measurement took, in milliseconds; 0 when it was remembered or not made. */
  measuringMs: number;
}

export interface FromTrainerPayloads {
  backend: BackendAnnouncement;
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
  firstLayer: RunAddress & FirstLayerSample;
  unitActivations: RunAddress & UnitActivations;
  status: RunAddress & { status: TrainerStatus; step: number; message?: Message };
  /**
   * The backend `lost` was lost (a WebGL context loss) while the run was at `lostAtStep`; it was rebuilt on
   * `backend` from its checkpoint at `fromStep` (0: from its start). What the page recorded after `fromStep` is
   * dropped: those steps are trained again and reported anew.
   */
  resumed: RunAddress & { lost: BackendName; lostAtStep: number; fromStep: number; backend: BackendName };
  /** With a `runId` when it concerns one run only (its settings, its training); without, the whole trainer. */
  error: { kind: 'data' | 'backend' | 'config' | 'contextLost' | 'internal'; message: Message; runId?: string };
}

type Messages<P> = { [K in keyof P]: { type: K; payload: P[K] } }[keyof P];

export type ToTrainer = Messages<ToTrainerPayloads>;
export type FromTrainer = Messages<FromTrainerPayloads>;

export type PostToPage = (message: FromTrainer, transfer?: Transferable[]) => void;
