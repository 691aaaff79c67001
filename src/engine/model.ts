// A multilayer perceptron as plain TF.js variables, so the training loop can reach every weight and gradient
// (later: clipping, per-layer statistics). Initial weights are drawn on the CPU from the seed: identical on
// every backend and machine.
import type { Experiment } from '../schema/experiment';
import { INITIALIZER_PRESETS, varianceScalingWeights } from './initializers';
import { createRandom, deriveSeed } from './random';
import { tf } from './tf';

export interface DenseLayer {
  kernel: tf.Variable;
  bias: tf.Variable;
}

type ModelConfig = Pick<Experiment, 'hiddenLayers' | 'activation' | 'initializer' | 'seed'>;

/** Leaky ReLU slope for negative inputs; 0.2 as in Keras' LeakyReLU default. */
export const LEAKY_RELU_ALPHA = 0.2;

function activate(x: tf.Tensor2D, activation: Experiment['activation']): tf.Tensor2D {
  switch (activation) {
    case 'relu':
      return tf.relu(x);
    case 'leakyRelu':
      return tf.leakyRelu(x, LEAKY_RELU_ALPHA);
    case 'elu':
      return tf.elu(x);
    default: {
      const never: never = activation;
      throw new Error(`Unknown activation ${String(never)}`);
    }
  }
}

/** Layer widths from input to output, e.g. [784, 128, 128, 10]. */
export function layerSizes(config: Pick<Experiment, 'hiddenLayers'>, inputSize: number, classes: number): number[] {
  return [inputSize, ...config.hiddenLayers, classes];
}

export function parameterCount(sizes: readonly number[]): number {
  let count = 0;
  for (let i = 1; i < sizes.length; i++) count += sizes[i - 1]! * sizes[i]! + sizes[i]!;
  return count;
}

/** Initial kernels for each layer, from the seed alone. Biases start at zero (L06). */
export function initialKernels(config: ModelConfig, sizes: readonly number[]): Float32Array[] {
  const spec = INITIALIZER_PRESETS[config.initializer];
  return sizes.slice(1).map((fanOut, i) => {
    const random = createRandom(deriveSeed(config.seed, `weights/layer-${i}`));
    return varianceScalingWeights(spec, sizes[i]!, fanOut, random);
  });
}

/** tf.variable keeps its own reference to the data: release the initial tensor, or it leaks. */
function variableFrom(initial: tf.Tensor): tf.Variable {
  const variable = tf.variable(initial);
  initial.dispose();
  return variable;
}

export class MlpModel {
  readonly layers: DenseLayer[];

  constructor(
    private readonly config: ModelConfig,
    readonly sizes: readonly number[],
  ) {
    const kernels = initialKernels(config, sizes);
    // Variables get TF.js's unique default names: a name is global to the engine, and several models coexist.
    this.layers = kernels.map((values, i) => ({
      kernel: variableFrom(tf.tensor2d(values, [sizes[i]!, sizes[i + 1]!])),
      bias: variableFrom(tf.zeros([sizes[i + 1]!])),
    }));
  }

  /** Unnormalised class scores: no activation on the output layer (T03). */
  logits(inputs: tf.Tensor2D): tf.Tensor2D {
    let x = inputs;
    this.layers.forEach((layer, i) => {
      const z = tf.add(tf.matMul(x, layer.kernel), layer.bias) as tf.Tensor2D;
      x = i < this.layers.length - 1 ? activate(z, this.config.activation) : z;
    });
    return x;
  }

  variables(): tf.Variable[] {
    return this.layers.flatMap((layer) => [layer.kernel, layer.bias]);
  }

  dispose(): void {
    for (const variable of this.variables()) variable.dispose();
  }
}

/** Mean softmax cross-entropy over the batch, from logits and one-hot targets. */
export function crossEntropy(logits: tf.Tensor2D, targets: tf.Tensor2D): tf.Scalar {
  return tf.neg(tf.mean(tf.sum(tf.mul(targets, tf.logSoftmax(logits)), 1)));
}
