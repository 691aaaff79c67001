// What the bench reports beside its figures: whether the page is cross-origin isolated (wasm threads need it), the
// wasm backend's thread count, whether a WebGPU adapter exists, and which CNN kernels the started backend lacks.
import { wasmThreads } from '../engine/backend';
import { tf } from '../engine/tf';
import type { BenchEnvironment } from './benchProtocol';

/** Kernels one training step of the default CNN runs (forward and gradients), beside those every model runs. */
export const CNN_TRAINING_KERNELS = ['Conv2D', 'Conv2DBackpropFilter', 'Conv2DBackpropInput', 'MaxPool', 'MaxPoolGrad'];

interface GpuLike {
  requestAdapter(): Promise<unknown>;
}

/** Whether the browser hands out a WebGPU adapter here (none in headless Chromium without a GPU). */
export async function hasWebgpuAdapter(): Promise<boolean> {
  const gpu = (navigator as Navigator & { gpu?: GpuLike }).gpu;
  if (!gpu) return false;
  try {
    return (await gpu.requestAdapter()) != null;
  } catch {
    return false;
  }
}

/** @param started the backend TF.js runs on, or null when none started (asking TF.js would start one). */
export function describeEnvironment(started: string | null, webgpuAdapter: boolean): BenchEnvironment {
  return {
    crossOriginIsolated: self.crossOriginIsolated === true,
    hardwareConcurrency: navigator.hardwareConcurrency,
    wasmThreads: started === 'wasm' ? wasmThreads() : null,
    webgpuAdapter,
    missingCnnKernels: started ? CNN_TRAINING_KERNELS.filter((name) => !tf.getKernel(name, started)) : [],
  };
}
