// The gradient of max pooling for the wasm backend. TF.js 4.22 has one (and MaxPoolWithArgmax), but both start the
// running maximum at the smallest positive float instead of −∞: in a window of negative values nothing beats it,
// and the gradient lands on the window's first input whatever the maximum was (TF.js 4.22, found by this folder's tests). After
// a ReLU that goes unnoticed; after batch norm, a linear layer, SELU or ELU it trains the wrong weights.
//
// Each output's gradient goes to the input its window's maximum came from, the first one in scan order on ties,
// as on the CPU backend. Finding it is a compare per input, so this kernel is a JavaScript loop over wasm memory
// (no wasm kernel finds arg-maxima correctly); it touches each input once per window, channels innermost.
import {
  backend_util,
  MaxPoolGrad,
  type DataType,
  type KernelConfig,
  type MaxPoolGradAttrs,
  type TensorInfo,
} from '@tensorflow/tfjs-core';
import type { KernelCall } from './kernelCalls';

/** The wasm backend's view of its heap (BackendWasm's methods, not in KernelBackend's type). */
interface WasmHeap {
  makeOutput(shape: number[], dtype: DataType): TensorInfo;
  typedArrayFromHeap(info: TensorInfo): Float32Array;
}

export function maxPoolGrad({ inputs, attrs, backend }: KernelCall): TensorInfo {
  const { dy, input } = inputs as { dy: TensorInfo; input: TensorInfo };
  const { filterSize, strides, pad, dimRoundingMode } = attrs as unknown as MaxPoolGradAttrs;
  const info = backend_util.computePool2DInfo(
    input.shape as [number, number, number, number],
    filterSize,
    strides,
    1,
    pad,
    dimRoundingMode,
  );
  if (info.outShape.some((size, i) => size !== dy.shape[i])) {
    throw new Error(`wasm MaxPoolGrad: dy is ${dy.shape.join('×')}, the pooling gives ${info.outShape.join('×')}`);
  }
  const heap = backend as unknown as WasmHeap;
  // Allocate first: a new allocation can grow wasm memory and detach views taken before it.
  const out = heap.makeOutput(input.shape, 'float32');
  const x = heap.typedArrayFromHeap(input);
  const gradient = heap.typedArrayFromHeap(dy);
  const dx = heap.typedArrayFromHeap(out);
  dx.fill(0);
  const { batchSize, inHeight, inWidth, inChannels: channels, outHeight, outWidth } = info;
  const { strideHeight, strideWidth, filterHeight, filterWidth } = info;
  const { top, left } = info.padInfo;
  const best = new Float32Array(channels);
  const where = new Int32Array(channels);
  let o = 0; // index into dy, in NHWC order
  for (let b = 0; b < batchSize; b++) {
    const image = b * inHeight * inWidth * channels;
    for (let yr = 0; yr < outHeight; yr++) {
      const r0 = Math.max(0, yr * strideHeight - top);
      const r1 = Math.min(inHeight, yr * strideHeight - top + filterHeight);
      for (let yc = 0; yc < outWidth; yc++, o += channels) {
        const c0 = Math.max(0, yc * strideWidth - left);
        const c1 = Math.min(inWidth, yc * strideWidth - left + filterWidth);
        best.fill(-Infinity);
        where.fill(-1);
        for (let r = r0; r < r1; r++) {
          for (let c = c0; c < c1; c++) {
            const at = image + (r * inWidth + c) * channels;
            for (let d = 0; d < channels; d++) {
              // Strictly greater: the first maximum wins ties, and a NaN never does (as on the CPU backend).
              if (x[at + d]! > best[d]!) {
                best[d] = x[at + d]!;
                where[d] = at + d;
              }
            }
          }
        }
        for (let d = 0; d < channels; d++) if (where[d]! >= 0) dx[where[d]!]! += gradient[o + d]!;
      }
    }
  }
  return out;
}

export const maxPoolGradConfig: KernelConfig = {
  kernelName: MaxPoolGrad,
  backendName: 'wasm',
  kernelFunc: maxPoolGrad as unknown as KernelConfig['kernelFunc'],
};
