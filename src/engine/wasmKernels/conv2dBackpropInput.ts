// The gradient of a 2-D convolution with respect to its input, for the wasm backend. TF.js 4.22 has one, a plain
// C++ loop; for stride 1 (every convolution our models have) this one is a convolution run by XNNPACK instead:
//
// dx[n, h, w, ci] = Σ over i, j, co of dy[n, h + top − i, w + left − j, co] · W[i, j, ci, co]
//
// is a valid convolution of dy, padded by (filter − 1 − padding) on each side, with W turned 180° and its
// channel axes swapped ([i, j, co, ci]). Other strides (and paddings wider than the filter) go to TF.js's kernel.
import {
  backend_util,
  Conv2DBackpropInput,
  type Conv2DBackpropInputAttrs,
  type KernelConfig,
  type TensorInfo,
} from '@tensorflow/tfjs-core';
import { callWasmKernel, release, type KernelCall } from './kernelCalls';

/** The padding of the dy convolution, or null where this kernel does not apply (stride > 1, wide padding). */
export function transposedPadding(attrs: Conv2DBackpropInputAttrs, filterShape: readonly number[]) {
  if (attrs.dataFormat !== 'NHWC') return null;
  const info = backend_util.computeConv2DInfo(
    attrs.inputShape,
    filterShape as [number, number, number, number],
    attrs.strides,
    1,
    attrs.pad,
    attrs.dimRoundingMode,
  );
  if (info.strideHeight !== 1 || info.strideWidth !== 1) return null;
  const top = info.filterHeight - 1 - info.padInfo.top;
  const left = info.filterWidth - 1 - info.padInfo.left;
  // The padded dy must be exactly as tall as the input plus the filter, less one.
  const bottom = info.inHeight + info.filterHeight - 1 - top - info.outHeight;
  const right = info.inWidth + info.filterWidth - 1 - left - info.outWidth;
  if (Math.min(top, left, bottom, right) < 0) return null;
  return [
    [0, 0],
    [top, bottom],
    [left, right],
    [0, 0],
  ];
}

/** A Conv2DBackpropInput kernel that runs stride-1 cases as a convolution and hands the rest to `fallback`. */
export function conv2dBackpropInputWith(fallback: KernelConfig['kernelFunc']) {
  return function conv2dBackpropInput(call: KernelCall): TensorInfo {
    const { inputs, attrs, backend } = call;
    const { dy, filter } = inputs as { dy: TensorInfo; filter: TensorInfo };
    const padding = transposedPadding(attrs as unknown as Conv2DBackpropInputAttrs, filter.shape);
    if (!padding) return fallback(call as unknown as Parameters<typeof fallback>[0]) as TensorInfo;
    const owned: TensorInfo[] = [];
    try {
      const turned = callWasmKernel('Reverse', backend, { x: filter }, { dims: [0, 1] });
      owned.push(turned);
      const swapped = callWasmKernel('Transpose', backend, { x: turned }, { perm: [0, 1, 3, 2] });
      owned.push(swapped);
      return callWasmKernel(
        'Conv2D',
        backend,
        { x: dy, filter: swapped },
        { strides: [1, 1], dilations: [1, 1], pad: padding, dataFormat: 'NHWC' },
      );
    } finally {
      release(backend, ...owned);
    }
  };
}

/** Replaces `original` (TF.js's kernel, kept as the fallback; its setup still runs when the backend starts). */
export function conv2dBackpropInputConfig(original: KernelConfig): KernelConfig {
  return {
    kernelName: Conv2DBackpropInput,
    backendName: 'wasm',
    setupFunc: original.setupFunc,
    kernelFunc: conv2dBackpropInputWith(original.kernelFunc) as unknown as KernelConfig['kernelFunc'],
  };
}
