// The one place the engine gets TF.js from. tfjs-core leaves gradients unregistered for custom bundles;
// our custom training loop needs them.
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import * as tf from '@tensorflow/tfjs-core';
// Kernels TF.js's wasm backend lacks (a convolution's filter gradient) or runs slowly, so CNNs train on wasm.
import './wasmKernels/register';

export { tf };
