// Starts TF.js backends and says what each runs on. Which backends exist, their order and traits are in
// src/protocol/backends.ts; auto's measurement is in backendMeasurement.ts.
import '@tensorflow/tfjs-backend-cpu';
import { getThreadsCount } from '@tensorflow/tfjs-backend-wasm';
import '@tensorflow/tfjs-backend-webgl';
import type { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import type { WebGPUBackend } from '@tensorflow/tfjs-backend-webgpu';
import { BACKENDS, candidatesFor, type BackendName, type BackendRequest } from '../protocol/backends';
import type { BackendFailure } from '../protocol/trainerProtocol';
import { sayBackend } from '../schema/backendWords';
import type { Message } from '../schema/message';
import { prepareWasm } from './backends/wasm';
import { softwareRendererName } from './softwareRenderer';
import { tf } from './tf';

/** What the backends that were tried came to, in this thread. */
export interface StartedBackends {
  /** Those that started and compute correctly, in the order auto tries them. */
  started: BackendName[];
  failed: BackendFailure[];
  /** What each started backend runs on. */
  details: Map<BackendName, Message>;
  /** The software renderer the GPU backends draw with here, if any. */
  softwareRenderer: string | null;
}

/** WebGPU's module (a large one) loads only where the browser has WebGPU, and only when it is tried. */
async function registerWebgpu(): Promise<string | null> {
  if (!('gpu' in navigator) || !navigator.gpu) return 'this browser has no WebGPU';
  await import('@tensorflow/tfjs-backend-webgpu');
  return null;
}

async function tryBackend(name: BackendName): Promise<string | null> {
  try {
    if (name === 'webgpu') {
      const missing = await registerWebgpu();
      if (missing) return missing;
    }
    if (!(await tf.setBackend(name))) return 'could not be started';
    await tf.ready();
    // Compiling and running one op catches backends that register but cannot run (no float textures, …).
    const probe = tf.tidy(() => tf.sum(tf.mul(tf.tensor1d([1, 2, 3]), 2)));
    const [value] = await probe.data();
    probe.dispose();
    return value === 12 ? null : `computed 2·(1+2+3) = ${value}`;
  } catch (error) {
    return (error as Error).message || String(error);
  }
}

/** The active WebGL context's renderer, unmasked where the browser allows. */
function webglRenderer(): string | null {
  const gl = webglContext();
  if (!gl) return null;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  return [info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : null, gl.getParameter(gl.RENDERER)]
    .filter((part): part is string => typeof part === 'string')
    .join(' ');
}

function webgpuAdapterText(): string {
  // AdapterInfo keeps the adapter's strings private; they are read for naming a software adapter only.
  const info = (tf.backend() as WebGPUBackend).adapterInfo as unknown as Record<string, unknown> | undefined;
  return ['vendor', 'architecture', 'device', 'description'].map((key) => String(info?.[key] ?? '')).join(' ');
}

/** wasm's thread count as TF.js reports it (1 without cross-origin isolation), or null if it cannot say. */
export function wasmThreads(): number | null {
  try {
    const threads = getThreadsCount();
    return Number.isFinite(threads) && threads > 0 ? threads : null;
  } catch {
    return null;
  }
}

/** What the active backend runs on; `renderer` is the software renderer found for a GPU backend. */
function describeActive(name: BackendName, renderer: string | null): Message {
  switch (name) {
    case 'webgl': {
      const version = tf.env().getNumber('WEBGL_VERSION');
      if (!tf.env().getBool('WEBGL_RENDER_FLOAT32_ENABLED')) return sayBackend('detail.webglHalfFloats', { version });
      return renderer
        ? sayBackend('detail.webglSoftware', { version, renderer })
        : sayBackend('detail.webgl', { version });
    }
    case 'wasm': {
      const threads = wasmThreads();
      // Without cross-origin isolation there is no SharedArrayBuffer, so TF.js runs its one-thread build.
      if (globalThis.crossOriginIsolated !== true && threads === 1) return sayBackend('detail.wasmNotIsolated');
      if (threads === 1) return sayBackend('detail.wasmOneThread');
      return threads === null ? sayBackend('detail.wasm') : sayBackend('detail.wasmThreads', { threads });
    }
    case 'webgpu':
    case 'cpu':
      return sayBackend(`detail.${name}`);
    default: {
      const never: never = name;
      throw new Error(`Unknown backend ${String(never)}`);
    }
  }
}

/**
 * Starts every backend the request allows, in order, and leaves the first that works active. For 'auto', WebGL
 * with 16-bit float textures only counts as failed: small constants (Adam's ε = 1e-7) round to 0 there and training
 * can divide 0 by 0; asked for by name, it is used anyway.
 */
export async function startBackends(request: BackendRequest, baseUrl: string): Promise<StartedBackends> {
  prepareWasm(baseUrl);
  const result: StartedBackends = { started: [], failed: [], details: new Map(), softwareRenderer: null };
  for (const name of candidatesFor(request)) {
    const failure = await tryBackend(name);
    if (failure !== null) {
      result.failed.push({ name, stage: 'start', detail: failure });
      continue;
    }
    if (name === 'webgl' && request === 'auto' && !tf.env().getBool('WEBGL_RENDER_FLOAT32_ENABLED')) {
      result.failed.push({ name, stage: 'precision', detail: 'only 16-bit float textures' });
      continue;
    }
    const renderer =
      name === 'webgl'
        ? softwareRendererName(webglRenderer())
        : name === 'webgpu'
          ? softwareRendererName(webgpuAdapterText())
          : null;
    if (BACKENDS[name].needsGpu) result.softwareRenderer ??= renderer;
    result.started.push(name);
    result.details.set(name, describeActive(name, renderer));
  }
  const first = result.started[0];
  if (!first) {
    const failures = result.failed.map((failure) => `${failure.name}: ${failure.detail}`).join('; ');
    throw new Error(`No TF.js backend could start: ${failures}`);
  }
  await tf.setBackend(first);
  return result;
}

/** Starts one backend (the bench): its name and what it runs on. */
export async function startBackend(
  request: BackendRequest,
  baseUrl: string,
): Promise<{ name: BackendName; detail: Message }> {
  const { started, details } = await startBackends(request, baseUrl);
  const name = started[0]!;
  return { name, detail: details.get(name)! };
}

/** The WebGL context TF.js draws with, when the WebGL backend runs. */
export function webglContext(): WebGLRenderingContext | null {
  if (tf.getBackend() !== 'webgl') return null;
  return (tf.backend() as MathBackendWebGL).gpgpu.gl;
}

/**
 * Calls `listener` with the backend whose device is lost, for each started GPU backend (active or not: auto may
 * switch to it later). A lost WebGL context only logs a warning in TF.js and training carries on with garbage
 * (tfjs #756): listen for the canvas event ourselves. A WebGPU device says so through its `lost` promise.
 */
export function onDeviceLost(started: readonly BackendName[], listener: (lost: BackendName) => void): void {
  for (const name of started) {
    const loss = BACKENDS[name].deviceLoss;
    if (loss === 'webglContext') {
      // An OffscreenCanvas in the worker, maybe an HTMLCanvasElement on the page: the WebWorker lib leaves `canvas`
      // off WebGL contexts, so read it as the EventTarget both are.
      const gl = (tf.findBackend(name) as MathBackendWebGL | undefined)?.gpgpu.gl;
      (gl as (WebGLRenderingContext & { canvas?: EventTarget }) | undefined)?.canvas?.addEventListener(
        'webglcontextlost',
        (event) => {
          event.preventDefault();
          listener(name);
        },
      );
    } else if (loss === 'webgpuDevice') {
      void (tf.findBackend(name) as WebGPUBackend | undefined)?.device.lost.then(() => listener(name));
    }
  }
}

export function loseContextForTest(): boolean {
  const extension = webglContext()?.getExtension('WEBGL_lose_context');
  extension?.loseContext();
  return Boolean(extension);
}
