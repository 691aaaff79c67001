// The TF.js backends the trainer can run on, in one table: the request type, the address-bar option, the order auto
// tries them in, what a lost device looks like on each, and which may read tensors synchronously all derive from
// it. Plain data and pure functions, no TF.js: the page (bridge, store, ui) and the trainer (engine) both read it.

/** How a backend's device can be lost under a running trainer, and so what the trainer listens to. */
export type DeviceLoss =
  /** A WebGL context: the canvas's `webglcontextlost` event (a GPU reset, a driver crash, too many contexts). */
  | 'webglContext'
  /** A WebGPU device: its `lost` promise settles. */
  | 'webgpuDevice'
  /** Computed on the CPU: nothing to lose. */
  | 'none';

export interface BackendTraits {
  /** The name a person reads ("WebGL"); a product name, the same in every language. */
  label: string;
  /** Runs on the GPU, so a software renderer makes it slow and a lost device ends it. */
  needsGpu: boolean;
  deviceLoss: DeviceLoss;
  /** Whether `dataSync`/`arraySync` may be used on it: WebGPU can only read back asynchronously. */
  syncReads: boolean;
}

/** Every backend, in the order 'auto' tries them: GPUs first, then the CPU, fastest kind first. */
export const BACKENDS = {
  webgpu: { label: 'WebGPU', needsGpu: true, deviceLoss: 'webgpuDevice', syncReads: false },
  webgl: { label: 'WebGL', needsGpu: true, deviceLoss: 'webglContext', syncReads: true },
  wasm: { label: 'wasm', needsGpu: false, deviceLoss: 'none', syncReads: true },
  cpu: { label: 'CPU', needsGpu: false, deviceLoss: 'none', syncReads: true },
} as const satisfies Record<string, BackendTraits>;

export type BackendName = keyof typeof BACKENDS;

/** 'auto' measures the backends that start and trains on the fastest; a name forces that backend. */
export type BackendRequest = BackendName | 'auto';

/** The backends in the order 'auto' tries them. */
export const BACKEND_ORDER = Object.keys(BACKENDS) as readonly BackendName[];

/**
 * The order auto times them in: wasm first (it starts at once and sets the bar that lets slower ones be cut short),
 * then the GPUs (their first step compiles programs), the plain CPU last (skipped once the time budget is spent).
 */
export const TIMING_ORDER: readonly BackendName[] = ['wasm', 'webgpu', 'webgl', 'cpu'];

export const isBackendName = (value: unknown): value is BackendName =>
  typeof value === 'string' && Object.hasOwn(BACKENDS, value);

/** The `?backend=` option: a backend's name forces it; anything else (absent, misspelt, hostile) means 'auto'. */
export function parseBackendRequest(value: string | null): BackendRequest {
  return isBackendName(value) ? value : 'auto';
}

/** What a request lets the trainer try, in order: every backend for 'auto', only the named one otherwise. */
export const candidatesFor = (request: BackendRequest): readonly BackendName[] =>
  request === 'auto' ? BACKEND_ORDER : [request];

/**
 * The backends to go on with after `lost`'s device was lost, best first: those that `started` (the trainer's
 * record), less `lost` and any other that shares its way of being lost (a GPU reset takes WebGL and WebGPU alike).
 */
export function backendsAfterLoss(lost: BackendName, started: readonly BackendName[]): BackendName[] {
  const loss: DeviceLoss = BACKENDS[lost].deviceLoss;
  return BACKEND_ORDER.filter(
    (name) => name !== lost && started.includes(name) && (loss === 'none' || !BACKENDS[name].needsGpu),
  );
}
