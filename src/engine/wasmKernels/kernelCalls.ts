// Calls the wasm backend's own kernels from inside a kernel, as TF.js's kernels call each other: on TensorInfos,
// with no tensors, no tape and no engine scope (tf ops here would land on the gradient tape of the step).
import { getKernel, type KernelBackend, type NamedAttrMap, type TensorInfo } from '@tensorflow/tfjs-core';

/** A kernel function of this module's kernels: TF.js passes the wasm backend as `backend`. */
export interface KernelCall {
  inputs: Record<string, TensorInfo>;
  attrs: NamedAttrMap;
  backend: KernelBackend;
}

/** Runs the wasm kernel `name`; the result is the caller's to release (`release`) or return. */
export function callWasmKernel(
  name: string,
  backend: KernelBackend,
  inputs: Record<string, TensorInfo>,
  attrs: object = {},
): TensorInfo {
  const kernel = getKernel(name, 'wasm');
  if (!kernel) throw new Error(`wasm kernel ${name} is not registered`);
  return kernel.kernelFunc({ inputs, attrs: attrs as NamedAttrMap, backend }) as TensorInfo;
}

/** Frees intermediate results (kernels such as Reshape share data and count references: only the last frees it). */
export function release(backend: KernelBackend, ...infos: TensorInfo[]): void {
  for (const info of infos) backend.disposeData(info.dataId);
}
