// What bench.html's worker is asked and what it answers: scripts/bench.mjs (samples/s per backend, the auto pick)
// and e2e/backends-agree.spec.ts (per-step losses) read the answer from `window.__benchResult`.
import type { Experiment } from '../schema/experiment';

/** The default model as the app ships it, or the same settings with the architecture switched to CNN. */
export type BenchModel = 'mlp' | 'cnn';

/**
 * 'time': samples/s of the app's Trainer on one backend (and of the bare TF.js loop, for the MLP);
 * 'auto': samples/s of the app's TrainerSession asked for backend 'auto', and what it picked;
 * 'losses': the first `steps` per-step training losses of the Trainer on one backend.
 */
export type BenchMode = 'time' | 'auto' | 'losses';

export interface BenchRequest {
  mode: BenchMode;
  /** A backend name ('webgl', 'wasm', 'cpu', 'webgpu'), or 'auto' in mode 'auto'. */
  backend: string;
  model: BenchModel;
  baseUrl: string;
  steps: number;
  repeats: number;
  /** Replaces the default batch size (32): the cross-backend test trains the CNN on smaller batches, for time. */
  batchSize?: number;
  /** A constant learning rate instead of the default warm-up: updates at full size from the first step. */
  constantRate?: boolean;
}

/** Where the numbers were measured: what decides whether wasm can use threads, and which kernels exist. */
export interface BenchEnvironment {
  crossOriginIsolated: boolean;
  hardwareConcurrency: number;
  /** Threads TF.js's wasm backend runs on, once it has started; null when wasm was not started. */
  wasmThreads: number | null;
  /** Whether navigator.gpu gave a WebGPU adapter. */
  webgpuAdapter: boolean;
  /** Kernels a CNN training step needs that the started backend lacks (checked with tf.getKernel). */
  missingCnnKernels: string[];
}

export interface TimeResult {
  /** The settings trained, for the native reference (scripts/torch-reference.py) to build the same model. */
  experiment: Experiment;
  backend: string;
  detail: string;
  layers: string;
  batchSize: number;
  /** Samples/s of each repeat. */
  trainer: number[];
  /** Samples/s of the bare TF.js loop on the same MLP, per repeat; null for the CNN (no bare loop for it). */
  bare: number[] | null;
}

export interface AutoResult {
  /** The session's `backend` message last posted before the run's `configured` message. */
  picked: { name: string; detail: string; reason?: string };
  layers: string;
  batchSize: number;
  /** Samples/s of each window of `steps` steps, from the session's own metrics messages. */
  samplesPerSecond: number[];
}

export interface LossesResult {
  backend: string;
  detail: string;
  losses: number[];
}

export type BenchOutcome =
  | { ok: true; environment: BenchEnvironment; result: TimeResult | AutoResult | LossesResult }
  /**
   * 'unavailable': the backend did not start (or has no WebGPU adapter); 'cannotTrain': it started but training
   * failed (a missing kernel, say); 'missingKernels': losses of a CNN were asked where kernels are missing.
   */
  | { ok: false; why: 'unavailable' | 'cannotTrain' | 'missingKernels'; error: string; environment: BenchEnvironment };
