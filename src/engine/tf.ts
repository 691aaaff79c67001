// The one place the engine gets TF.js from. tfjs-core leaves gradients unregistered for custom bundles;
// our custom training loop needs them.
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import * as tf from '@tensorflow/tfjs-core';

export { tf };
