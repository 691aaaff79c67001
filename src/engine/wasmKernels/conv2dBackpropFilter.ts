// The gradient of a 2-D convolution with respect to its filter, for the wasm backend (TF.js 4.22 has none).
//
// dW[i, j, ci, co] = Σ over n, y, x of xPadded[n, y·s + i, x·s + j, ci] · dy[n, y, x, co]
//
// is itself a convolution: take the input channels as the batch and the images as the channels, i.e. the input
// x as [ci, height, width, n], and dy as a filter [y, x, n, co] (the output's size); a valid convolution with
// dilation s (the forward stride) gives [ci, i, j, co]. So the whole gradient is two transposes and one call of
// the wasm Conv2D kernel, which runs XNNPACK's implicit-im2col GEMM: no im2col buffer, no JavaScript loop.
import {
  backend_util,
  Conv2DBackpropFilter,
  type Conv2DBackpropFilterAttrs,
  type KernelConfig,
  type TensorInfo,
} from '@tensorflow/tfjs-core';
import { callWasmKernel, release, type KernelCall } from './kernelCalls';

export function conv2dBackpropFilter({ inputs, attrs, backend }: KernelCall): TensorInfo {
  const { x, dy } = inputs as { x: TensorInfo; dy: TensorInfo };
  const { strides, pad, dataFormat, dimRoundingMode, filterShape } = attrs as unknown as Conv2DBackpropFilterAttrs;
  if (dataFormat !== 'NHWC') {
    throw new Error(`wasm Conv2DBackpropFilter supports NHWC only, not ${String(dataFormat)}`);
  }
  // TF.js's conv2d gradient refuses dilations > 1 itself, so the forward dilation is always 1 here.
  const info = backend_util.computeConv2DInfo(
    x.shape as [number, number, number, number],
    filterShape,
    strides,
    1,
    pad,
    dimRoundingMode,
  );
  const { filterHeight, filterWidth, outHeight, outWidth, strideHeight, strideWidth, inHeight, inWidth } = info;
  // Rows and columns of the padded input the filter ever touches; padding is passed to Conv2D as explicit.
  const neededHeight = filterHeight + (outHeight - 1) * strideHeight;
  const neededWidth = filterWidth + (outWidth - 1) * strideWidth;
  const { top, left } = info.padInfo;
  const bottom = neededHeight - top - inHeight;
  const right = neededWidth - left - inWidth;

  const keptHeight = inHeight + Math.min(bottom, 0);
  const keptWidth = inWidth + Math.min(right, 0);
  if (keptHeight <= 0 || keptWidth <= 0) {
    // The filter only ever meets padding (a 1×1 filter striding over a padded edge, say): its gradient is zero.
    // XNNPACK would refuse an empty input and leave the output unwritten.
    return callWasmKernel('Fill', backend, {}, { shape: filterShape, value: 0, dtype: 'float32' });
  }
  const owned: TensorInfo[] = [];
  try {
    let input = x;
    if (bottom < 0 || right < 0) {
      // 'valid' (or a stride) can leave rows and columns the filter never reaches: crop them.
      input = callWasmKernel(
        'Slice',
        backend,
        { x },
        {
          begin: [0, 0, 0, 0],
          size: [x.shape[0], keptHeight, keptWidth, x.shape[3]],
        },
      );
      owned.push(input);
    }
    const imagesAsChannels = callWasmKernel('Transpose', backend, { x: input }, { perm: [3, 1, 2, 0] });
    owned.push(imagesAsChannels);
    const dyAsFilter = callWasmKernel('Transpose', backend, { x: dy }, { perm: [1, 2, 0, 3] });
    owned.push(dyAsFilter);
    const perInputChannel = callWasmKernel(
      'Conv2D',
      backend,
      { x: imagesAsChannels, filter: dyAsFilter },
      {
        strides: [1, 1],
        dilations: [strideHeight, strideWidth],
        pad: [
          [0, 0],
          [top, Math.max(bottom, 0)],
          [left, Math.max(right, 0)],
          [0, 0],
        ],
        dataFormat: 'NHWC',
      },
    );
    owned.push(perInputChannel);
    return callWasmKernel('Transpose', backend, { x: perInputChannel }, { perm: [1, 2, 0, 3] });
  } finally {
    release(backend, ...owned);
  }
}

export const conv2dBackpropFilterConfig: KernelConfig = {
  kernelName: Conv2DBackpropFilter,
  backendName: 'wasm',
  kernelFunc: conv2dBackpropFilter as unknown as KernelConfig['kernelFunc'],
};
