// The network as plain TF.js variables, so the training loop reaches every weight and gradient (clipping,
// max-norm, per-layer statistics). Initial weights are drawn on the CPU from the seed: identical on every backend.
// A hidden layer is: weights → [batch norm] → activation → [batch norm] → [dropout]; a conv block ends in pooling.
// The hidden layers are drawn with `initializer`, the output layer with its own `outputInitializer`, as frameworks
// initialize each layer on its own.
import type { Experiment } from '../schema/experiment';
import { initialWeights } from './initializers';
import { initializerFor, type Initializer } from './trainingSpec';
import { createRandom, deriveSeed } from './random';
import { tf } from './tf';

export type ModelConfig = Pick<
  Experiment,
  | 'architecture'
  | 'hiddenLayers'
  | 'convFilters'
  | 'kernelSize'
  | 'pooling'
  | 'cnnDenseLayers'
  | 'activation'
  | 'activationAlpha'
  | 'outputActivation'
  | 'useBias'
  | 'initializer'
  | 'outputInitializer'
  | 'initScale'
  | 'initMode'
  | 'initDistribution'
  | 'initSigma'
  | 'batchNorm'
  | 'batchNormLayers'
  | 'batchNormMomentum'
  | 'batchNormEpsilon'
  | 'dropout'
  | 'seed'
>;

export function activate(x: tf.Tensor, activation: Experiment['activation'], alpha: number): tf.Tensor {
  switch (activation) {
    case 'relu':
      return tf.relu(x);
    case 'leakyRelu':
      return tf.leakyRelu(x, alpha);
    case 'elu':
      // tf.elu has α = 1; the general form, x for x > 0 and α·(eˣ − 1) otherwise, is max(x, 0) + α·(e^min(x, 0) − 1)
      // (no tf.where: TF.js has no gradient through the comparison it needs).
      return alpha === 1 ? tf.elu(x) : tf.add(tf.relu(x), tf.mul(alpha, tf.sub(tf.exp(tf.minimum(x, 0)), 1)));
    case 'selu':
      return tf.selu(x);
    case 'sigmoid':
      return tf.sigmoid(x);
    case 'tanh':
      return tf.tanh(x);
    case 'linear':
      return x;
    default: {
      const never: never = activation;
      throw new Error(`Unknown activation ${String(never)}`);
    }
  }
}

interface WeightLayer {
  kind: 'dense' | 'conv';
  kernel: tf.Variable;
  bias: tf.Variable | null;
}

export interface BatchNormLayer {
  kind: 'batchNorm';
  gamma: tf.Variable;
  beta: tf.Variable;
  movingMean: tf.Variable;
  movingVariance: tf.Variable;
  /** Axes the statistics are taken over: [0] for dense features, [0, 1, 2] for conv channels. */
  axes: number[];
}

type Layer =
  | WeightLayer
  | BatchNormLayer
  | { kind: 'activation' }
  | { kind: 'dropout'; rate: number; index: number }
  | { kind: 'pool' }
  | { kind: 'flatten' };

/** Batch statistics computed in a training pass, for the moving averages (applied after the step). */
export interface BatchNormStats {
  layer: BatchNormLayer;
  mean: tf.Tensor;
  variance: tf.Tensor;
}

export interface ForwardOptions {
  training: boolean;
  /** Seed of dropout masks for this pass (per layer it is derived further); required when training with dropout. */
  dropoutSeed?: number;
  /** Dropout on at inference too, for MC dropout. */
  dropoutAtInference?: boolean;
  /** Receives batch-norm batch statistics in training passes; the caller owns the tensors. */
  batchNormStats?: BatchNormStats[];
  /**
   * Receives each weight layer's output after its activation (the scores for the output layer), in order, for
   * the health measurements; tensors of the pass (the caller's tidy owns them).
   */
  layerOutputs?: tf.Tensor[];
}

function variableFrom(initial: tf.Tensor, trainable = true): tf.Variable {
  // tf.variable keeps its own reference to the data: release the initial tensor, or it leaks. Names are left
  // to TF.js (unique): a name is global to the engine and several models coexist.
  const variable = tf.variable(initial, trainable);
  initial.dispose();
  return variable;
}

export function hiddenWidths(config: Pick<ModelConfig, 'architecture' | 'hiddenLayers' | 'cnnDenseLayers'>): number[] {
  return config.architecture === 'mlp' ? config.hiddenLayers : config.cnnDenseLayers;
}

export class Network {
  readonly layers: Layer[] = [];
  /** Per layer with weights: its kernel, for L1/L2 penalties and max-norm. */
  readonly kernels: tf.Variable[] = [];
  readonly inputShape: number[];
  private readonly config: ModelConfig;

  /**
   * @param height, width, channels: the image size (channels 1 for grey, 3 for RGB); inputs arrive flat, batch ×
   *   height·width·channels, each image height × width × channels (HWC).
   * @param outputs: one score per class, or 1 value for regression.
   */
  constructor(config: ModelConfig, height: number, width: number, outputs: number, channels = 1) {
    this.config = config;
    const hiddenInit = initializerFor(config.initializer, config);
    const outputInit = initializerFor(config.outputInitializer, config);
    // Each weight layer draws from its own stream, derived from the seed and its place: changing one layer's
    // initializer leaves the others' weights as they were.
    let weightIndex = 0;
    const weights = (init: Initializer, shape: number[], fanIn: number, fanOut: number) => {
      const random = createRandom(deriveSeed(config.seed, `weights/layer-${weightIndex++}`));
      const count = shape.reduce((a, b) => a * b, 1);
      return variableFrom(tf.tensor(initialWeights(init, count, fanIn, fanOut, random), shape));
    };
    const addWeightLayer = (
      kind: 'dense' | 'conv',
      init: Initializer,
      shape: number[],
      fanIn: number,
      fanOut: number,
      units: number,
    ) => {
      const kernel = weights(init, shape, fanIn, fanOut);
      this.kernels.push(kernel);
      // Biases start at zero (L06).
      this.layers.push({ kind, kernel, bias: config.useBias ? variableFrom(tf.zeros([units])) : null });
    };
    const addBatchNorm = (features: number, axes: number[]) => {
      this.layers.push({
        kind: 'batchNorm',
        gamma: variableFrom(tf.ones([features])),
        beta: variableFrom(tf.zeros([features])),
        movingMean: variableFrom(tf.zeros([features]), false),
        movingVariance: variableFrom(tf.ones([features]), false),
        axes,
      });
    };
    let hiddenNumber = 0; // 1-based number of the hidden layer being built, as the batch-norm list counts them
    const addHiddenTail = (features: number, axes: number[]) => {
      hiddenNumber++;
      const normalized =
        config.batchNorm !== 'off' &&
        (config.batchNormLayers.length === 0 || config.batchNormLayers.includes(hiddenNumber));
      if (normalized && config.batchNorm === 'beforeActivation') addBatchNorm(features, axes);
      this.layers.push({ kind: 'activation' });
      if (normalized && config.batchNorm === 'afterActivation') addBatchNorm(features, axes);
    };

    let features: number;
    if (config.architecture === 'cnn') {
      this.inputShape = [height, width, channels];
      const k = Number(config.kernelSize);
      let depth = channels;
      let size = [height, width];
      for (const filters of config.convFilters) {
        addWeightLayer('conv', hiddenInit, [k, k, depth, filters], k * k * depth, k * k * filters, filters);
        addHiddenTail(filters, [0, 1, 2]);
        if (config.pooling !== 'none') {
          this.layers.push({ kind: 'pool' });
          size = size.map((s) => Math.floor(s / 2));
        }
        depth = filters;
      }
      this.layers.push({ kind: 'flatten' });
      features = size[0]! * size[1]! * depth;
    } else {
      this.inputShape = [height * width * channels];
      features = height * width * channels;
    }
    const dense = hiddenWidths(config);
    dense.forEach((units, i) => {
      addWeightLayer('dense', hiddenInit, [features, units], features, units, units);
      addHiddenTail(units, [0]);
      const rate = config.dropout.length === 1 ? config.dropout[0]! : (config.dropout[i] ?? 0);
      if (rate > 0) this.layers.push({ kind: 'dropout', rate, index: i });
      features = units;
    });
    addWeightLayer('dense', outputInit, [features, outputs], features, outputs, outputs);
  }

  /** Trainable variables: kernels, biases, batch-norm γ and β. */
  trainableVariables(): tf.Variable[] {
    return this.layers.flatMap((layer) => {
      if (layer.kind === 'dense' || layer.kind === 'conv')
        return layer.bias ? [layer.kernel, layer.bias] : [layer.kernel];
      if (layer.kind === 'batchNorm') return [layer.gamma, layer.beta];
      return [];
    });
  }

  /**
   * Every variable that a checkpoint must keep, trainable or not (the batch-norm moving statistics), in layer order:
   * two networks built from the same settings list theirs in the same order and shapes.
   */
  stateVariables(): tf.Variable[] {
    return this.layers.flatMap((layer) => {
      if (layer.kind === 'dense' || layer.kind === 'conv')
        return layer.bias ? [layer.kernel, layer.bias] : [layer.kernel];
      if (layer.kind === 'batchNorm') return [layer.gamma, layer.beta, layer.movingMean, layer.movingVariance];
      return [];
    });
  }

  parameterCount(): number {
    return this.trainableVariables().reduce((sum, v) => sum + v.size, 0);
  }

  /** Output scores from flat inputs (batch × pixels). The output activation, if any, is applied (T03's bug). */
  forward(inputs: tf.Tensor2D, options: ForwardOptions): tf.Tensor2D {
    const { config } = this;
    let x: tf.Tensor = tf.reshape(inputs, [inputs.shape[0], ...this.inputShape]);
    const lastWeightLayer = this.layers.length - 1;
    this.layers.forEach((layer, i) => {
      switch (layer.kind) {
        case 'dense':
        case 'conv': {
          x =
            layer.kind === 'dense'
              ? tf.matMul(x as tf.Tensor2D, layer.kernel as tf.Tensor2D)
              : tf.conv2d(x as tf.Tensor4D, layer.kernel as tf.Tensor4D, 1, 'same');
          if (layer.bias) x = tf.add(x, layer.bias);
          if (i === lastWeightLayer && config.outputActivation !== 'none') {
            x = config.outputActivation === 'relu' ? tf.relu(x) : tf.sigmoid(x);
          }
          return;
        }
        case 'batchNorm': {
          if (options.training) {
            const { mean, variance } = tf.moments(x, layer.axes);
            options.batchNormStats?.push({ layer, mean: tf.keep(mean), variance: tf.keep(variance) });
            x = tf.batchNorm(x, mean, variance, layer.beta, layer.gamma, config.batchNormEpsilon);
          } else {
            const { movingMean, movingVariance } = layer;
            x = tf.batchNorm(x, movingMean, movingVariance, layer.beta, layer.gamma, config.batchNormEpsilon);
          }
          return;
        }
        case 'activation':
          x = activate(x, config.activation, config.activationAlpha);
          options.layerOutputs?.push(x);
          return;
        case 'dropout':
          if (options.training || options.dropoutAtInference) {
            // Inverted dropout: kept units are scaled by 1/(1 − rate) now, so inference needs no change (M04).
            const seed = deriveSeed(options.dropoutSeed ?? 0, `dropout/${layer.index}`);
            x = tf.dropout(x, layer.rate, undefined, seed);
          }
          return;
        case 'pool':
          x =
            config.pooling === 'max'
              ? tf.maxPool(x as tf.Tensor4D, 2, 2, 'valid')
              : tf.avgPool(x as tf.Tensor4D, 2, 2, 'valid');
          return;
        case 'flatten':
          x = tf.reshape(x, [x.shape[0]!, -1]);
          return;
        default: {
          const never: never = layer;
          throw new Error(`Unknown layer ${JSON.stringify(never)}`);
        }
      }
    });
    options.layerOutputs?.push(x);
    return x as tf.Tensor2D;
  }

  /** "dense 1", "conv 2", …, "output": one name per weight layer, in the order of `kernels`. */
  weightLayerNames(): string[] {
    const counts = { dense: 0, conv: 0 };
    const weightLayers = this.layers.filter((l): l is WeightLayer => l.kind === 'dense' || l.kind === 'conv');
    return weightLayers.map((layer, i) =>
      i === weightLayers.length - 1 ? 'output' : `${layer.kind} ${++counts[layer.kind]}`,
    );
  }

  /** Moves each batch-norm layer's moving averages toward its batch statistics: m·moving + (1 − m)·batch. */
  updateBatchNorm(stats: readonly BatchNormStats[]): void {
    const m = this.config.batchNormMomentum;
    tf.tidy(() => {
      for (const { layer, mean, variance } of stats) {
        layer.movingMean.assign(tf.add(tf.mul(layer.movingMean, m), tf.mul(mean, 1 - m)));
        layer.movingVariance.assign(tf.add(tf.mul(layer.movingVariance, m), tf.mul(variance, 1 - m)));
      }
    });
  }

  /** Max-norm constraint: rescales each unit's incoming weights to norm ≤ r (Srivastava et al. 2014). */
  applyMaxNorm(r: number): void {
    tf.tidy(() => {
      for (const kernel of this.kernels) {
        const axes = kernel.rank === 2 ? [0] : [0, 1, 2];
        const norms = tf.sqrt(tf.sum(tf.square(kernel), axes, true));
        kernel.assign(tf.mul(kernel, tf.div(tf.minimum(norms, r), tf.maximum(norms, 1e-12))));
      }
    });
  }

  dispose(): void {
    for (const layer of this.layers) {
      if (layer.kind === 'dense' || layer.kind === 'conv') {
        layer.kernel.dispose();
        layer.bias?.dispose();
      } else if (layer.kind === 'batchNorm') {
        tf.dispose([layer.gamma, layer.beta, layer.movingMean, layer.movingVariance]);
      }
    }
  }
}
