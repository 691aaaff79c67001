// For the kernel tests: runs one kernel on the wasm and CPU backends from the same inputs, and measures how far the
// results are apart. Not used by the app.
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { createRandom } from '../random';
import { tf } from '../tf';
import './register';

export type ParityBackend = 'wasm' | 'cpu';

/** Starts both backends (wasm's binaries read from `wasmDirectory`, a path ending in '/'); leaves the CPU on. */
export async function startBothBackends(wasmDirectory: string): Promise<void> {
  setWasmPaths(wasmDirectory);
  for (const name of ['wasm', 'cpu'] as const) {
    if (!(await tf.setBackend(name))) throw new Error(`the ${name} backend did not start`);
  }
}

export interface HostTensor {
  values: Float32Array;
  shape: number[];
}

/** Standard-normal values in `shape`, drawn from `seed`. */
export function randomTensor(shape: number[], seed: number): HostTensor {
  const random = createRandom(seed);
  const size = shape.reduce((a, b) => a * b, 1);
  return { values: Float32Array.from({ length: size }, () => random.normal()), shape };
}

export interface KernelResult {
  values: Float32Array;
  shape: number[];
}

/** Runs kernel `name` on `backend` through the engine, as an op would; no tensor outlives the call. */
export function runKernelOn(
  backend: ParityBackend,
  name: string,
  inputs: Record<string, HostTensor>,
  attrs: object,
): KernelResult {
  const previous = tf.getBackend();
  tf.setBackend(backend);
  try {
    return tf.tidy(() => {
      const tensors: Record<string, tf.Tensor> = {};
      for (const [key, { values, shape }] of Object.entries(inputs)) tensors[key] = tf.tensor(values, shape);
      const out = tf.engine().runKernel(name, tensors as tf.NamedTensorMap, attrs as tf.NamedAttrMap) as tf.Tensor;
      return { values: out.dataSync() as Float32Array, shape: out.shape };
    });
  } finally {
    tf.setBackend(previous);
  }
}

/** The largest |a − b| and the largest |b|, element by element (same lengths expected). */
export function differences(a: Float32Array, b: Float32Array): { maxAbs: number; scale: number } {
  if (a.length !== b.length) throw new Error(`lengths differ: ${a.length} vs ${b.length}`);
  let maxAbs = 0;
  let scale = 0;
  for (let i = 0; i < a.length; i++) {
    maxAbs = Math.max(maxAbs, Math.abs(a[i]! - b[i]!));
    scale = Math.max(scale, Math.abs(b[i]!));
  }
  return { maxAbs, scale };
}
