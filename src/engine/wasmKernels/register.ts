// Registers our wasm kernels (src/engine/tf.ts imports this module). The missing Conv2DBackpropFilter is registered
// at once; the kernels we replace are replaced when the wasm backend starts (the new kernel's setup hook), by then
// registered whatever order the app imported things in. The wasm backend itself is not imported here: registering it
// would make it the default backend of every module that reaches TF.js (the CPU-only tests, say).
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

/** Puts ours in place of TF.js's kernels that are wrong or slow; TF.js's run on inside ours where they apply. */
function replaceTfjsKernels(): void {
  if (!getKernel(Conv2DBackpropInput, 'wasm')) return; // the wasm backend's kernels are not registered yet
  // Wrong in TF.js 4.22 for windows of negative values (see maxPoolGrad.ts).
  replace(maxPoolGradConfig.kernelName, () => maxPoolGradConfig);
  // A plain loop in TF.js; ours runs stride 1 as an XNNPACK convolution and hands other strides to TF.js's.
  replace(Conv2DBackpropInput, (original) => conv2dBackpropInputConfig(required(Conv2DBackpropInput, original)));
  // A plain loop in TF.js for transposed operands (every dense layer's gradients); ours transposes first.
  replace(BatchMatMul, (original) => batchMatMulConfig(required(BatchMatMul, original)));
}

function required(kernelName: string, original: KernelConfig | undefined): KernelConfig {
  if (!original) throw new Error(`the wasm backend has no ${kernelName} kernel to build on`);
  return original;
}

// Missing from TF.js 4.22's wasm backend. TF.js runs each kernel's setup whenever the wasm backend is set: by then
// the backend's own kernels are registered and can be replaced. (TF.js's setups run too: the kernels it set up
// before the replacement are the ones ours call.)
replace(conv2dBackpropFilterConfig.kernelName, () => ({
  ...conv2dBackpropFilterConfig,
  setupFunc: replaceTfjsKernels,
}));
replaceTfjsKernels();
