// Registers our wasm kernels, once, when the engine first reaches TF.js (src/engine/tf.ts imports this module).
// The wasm backend is imported first so that its own kernels are registered before ours replace or extend them,
// whatever order the rest of the app imports things in.
import '@tensorflow/tfjs-backend-wasm';
import {
  BatchMatMul,
  Conv2DBackpropInput,
  getKernel,
  registerKernel,
  unregisterKernel,
  type KernelConfig,
} from '@tensorflow/tfjs-core';
import { batchMatMulConfig } from './batchMatMul';
import { conv2dBackpropFilterConfig } from './conv2dBackpropFilter';
import { conv2dBackpropInputConfig } from './conv2dBackpropInput';
import { maxPoolGradConfig } from './maxPoolGrad';

// Marks a kernel as ours, so that a second evaluation of this module (hot reload) leaves ours in place.
const OURS = Symbol.for('training-playground/wasm-kernel');
type Marked = KernelConfig & { [OURS]?: true };

/** Registers `make(TF.js's kernel of that name, if any)` in place of TF.js's kernel. */
function replace(kernelName: string, make: (original: KernelConfig | undefined) => KernelConfig): void {
  const current = getKernel(kernelName, 'wasm') as Marked | undefined;
  if (current?.[OURS]) return;
  if (current) unregisterKernel(kernelName, 'wasm');
  registerKernel({ ...make(current), [OURS]: true } as Marked);
}

// Missing from TF.js 4.22's wasm backend.
replace(conv2dBackpropFilterConfig.kernelName, () => conv2dBackpropFilterConfig);
// Wrong for more than one channel in TF.js 4.22 (see maxPoolGrad.ts).
replace(maxPoolGradConfig.kernelName, () => maxPoolGradConfig);
// A plain loop in TF.js; ours runs stride 1 as an XNNPACK convolution and hands other strides to TF.js's.
replace(Conv2DBackpropInput, (original) => conv2dBackpropInputConfig(required(Conv2DBackpropInput, original)));
// A plain loop in TF.js for transposed operands (every dense layer's gradients); ours transposes first.
replace(BatchMatMul, (original) => batchMatMulConfig(required(BatchMatMul, original)));

function required(kernelName: string, original: KernelConfig | undefined): KernelConfig {
  if (!original) throw new Error(`the wasm backend has no ${kernelName} kernel to build on`);
  return original;
}
