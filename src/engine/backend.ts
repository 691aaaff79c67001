// Picks the TF.js backend: WebGL (the GPU) first, then wasm, then plain JavaScript on the CPU.
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgl';
import type { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import type { BackendName, BackendRequest, WasmThreads } from '../protocol/trainerProtocol';
import { prepareWasm, wasmThreads } from './backends/wasm';
import { tf } from './tf';

export interface BackendChoice {
  name: BackendName;
  /** What a person should know about it, e.g. why WebGL was not used. */
  detail: string;
  /** wasm only: how many threads it runs on. */
  threads?: WasmThreads;
}

const FALLBACK_ORDER: readonly BackendName[] = ['webgl', 'wasm', 'cpu'];

async function tryBackend(name: BackendName): Promise<string | null> {
  try {
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

function webglDetail(): string {
  const version = tf.env().getNumber('WEBGL_VERSION');
  // Without float32 render targets TF.js falls back to 16-bit floats: training still runs, but less precisely.
  const float32 = tf.env().getBool('WEBGL_RENDER_FLOAT32_ENABLED');
  return `WebGL ${version}${float32 ? '' : ', 16-bit floats only'}`;
}

/** Starts the requested backend, or the first that works in fallback order for 'auto'. */
export async function startBackend(request: BackendRequest, baseUrl: string): Promise<BackendChoice> {
  prepareWasm(baseUrl);
  const candidates = request === 'auto' ? FALLBACK_ORDER : [request];
  const failures: string[] = [];
  for (const name of candidates) {
    let failure = await tryBackend(name);
    // With 16-bit float textures only, small constants (Adam's ε = 1e-7) round to 0 and training can divide 0 by
    // 0: when choosing automatically, prefer wasm's 32-bit floats. Asked for explicitly, WebGL is used anyway.
    if (
      failure === null &&
      name === 'webgl' &&
      request === 'auto' &&
      !tf.env().getBool('WEBGL_RENDER_FLOAT32_ENABLED')
    ) {
      failure = 'only 16-bit float textures';
    }
    if (failure === null) {
      const fellBack = failures.length ? ` (${failures.join('; ')})` : '';
      const detail =
        name === 'webgl' ? webglDetail() : name === 'wasm' ? 'WebAssembly on the CPU' : 'JavaScript on the CPU';
      return { name, detail: detail + fellBack, ...(name === 'wasm' ? { threads: wasmThreads() } : {}) };
    }
    failures.push(`${name} unavailable: ${failure}`);
  }
  throw new Error(`No TF.js backend could start: ${failures.join('; ')}`);
}

/** The WebGL context TF.js draws with, when the WebGL backend runs. */
export function webglContext(): WebGLRenderingContext | null {
  if (tf.getBackend() !== 'webgl') return null;
  return (tf.backend() as MathBackendWebGL).gpgpu.gl;
}

/**
 * A lost context only logs a warning in TF.js and training carries on with garbage (tfjs #756): listen for the
 * canvas event ourselves.
 */
export function onContextLost(listener: () => void): void {
  // An OffscreenCanvas in the worker, maybe an HTMLCanvasElement on the page: the WebWorker lib leaves `canvas`
  // off WebGL contexts, so read it as the EventTarget both are.
  const canvas = (webglContext() as (WebGLRenderingContext & { canvas?: EventTarget }) | null)?.canvas;
  canvas?.addEventListener('webglcontextlost', (event) => {
    event.preventDefault();
    listener();
  });
}

export function loseContextForTest(): boolean {
  const extension = webglContext()?.getExtension('WEBGL_lose_context');
  extension?.loseContext();
  return Boolean(extension);
}
