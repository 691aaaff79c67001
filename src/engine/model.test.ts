import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultExperiment, type Experiment } from '../schema/experiment';
import { activate, Network, type BatchNormLayer, type BatchNormStats } from './model';
import { tf } from './tf';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const config = (overrides: Partial<Experiment>): Experiment => ({ ...defaultExperiment(), ...overrides });

describe('activate', () => {
  const x = tf.tensor1d([-2, -0.5, 0, 1.5]);
  const values = (t: tf.Tensor) => Array.from(t.dataSync());

  it('computes each activation at hand-checked points', () => {
    expect(values(activate(x, 'relu', 0))).toEqual([0, 0, 0, 1.5]);
    expect(values(activate(x, 'leakyRelu', 0.1))).toEqual([-0.2, -0.05, 0, 1.5].map(Math.fround));
    expect(values(activate(x, 'linear', 0))).toEqual([-2, -0.5, 0, 1.5]);
    const elu = values(activate(x, 'elu', 0.5)); // α(eˣ − 1) below 0
    expect(elu[0]).toBeCloseTo(0.5 * (Math.exp(-2) - 1), 6);
    expect(elu[3]).toBeCloseTo(1.5, 6);
    expect(values(activate(x, 'elu', 1))[1]).toBeCloseTo(Math.exp(-0.5) - 1, 6);
    expect(values(activate(x, 'sigmoid', 0))[0]).toBeCloseTo(1 / (1 + Math.exp(2)), 6);
    expect(values(activate(x, 'tanh', 0))[3]).toBeCloseTo(Math.tanh(1.5), 6);
    // SELU: λ·x above 0, λ·α·(eˣ − 1) below, λ ≈ 1.0507, α ≈ 1.67326 (Klambauer et al. 2017)
    const selu = values(activate(x, 'selu', 0));
    expect(selu[3]).toBeCloseTo(1.0507009873554805 * 1.5, 5);
    expect(selu[0]).toBeCloseTo(1.0507009873554805 * 1.6732632423543772 * (Math.exp(-2) - 1), 5);
  });
});

describe('Network shapes and parameters', () => {
  it('counts the MLP parameters by hand, with and without biases', () => {
    const withBias = new Network(config({ hiddenLayers: [64] }), 28, 28, 10);
    expect(withBias.parameterCount()).toBe(784 * 64 + 64 + 64 * 10 + 10);
    withBias.dispose();
    const noBias = new Network(config({ hiddenLayers: [64], useBias: false }), 28, 28, 10);
    expect(noBias.parameterCount()).toBe(784 * 64 + 64 * 10);
    noBias.dispose();
  });

  it('builds a CNN: 3×3 convs, 2×2 pooling, then dense layers', () => {
    const network = new Network(
      config({ architecture: 'cnn', convFilters: [4, 8], kernelSize: '3', pooling: 'max', cnnDenseLayers: [16] }),
      28,
      28,
      10,
    );
    // conv 3·3·1·4+4, conv 3·3·4·8+8, then 7·7·8 = 392 features → dense 16 → 10
    expect(network.parameterCount()).toBe(40 + 296 + 392 * 16 + 16 + 16 * 10 + 10);
    const out = tf.tidy(() => network.forward(tf.zeros([2, 784]), { training: false }));
    expect(out.shape).toEqual([2, 10]);
    out.dispose();
    network.dispose();
  });

  it('applies the output-activation bug: a ReLU output is never negative', () => {
    const network = new Network(config({ hiddenLayers: [16], outputActivation: 'relu' }), 4, 4, 3);
    const out = tf.tidy(() => network.forward(tf.randomNormal([8, 16], 0, 5, 'float32', 3), { training: false }));
    expect(Math.min(...out.dataSync())).toBeGreaterThanOrEqual(0);
    out.dispose();
    network.dispose();
  });
});

describe('initial weights', () => {
  const std = (values: ArrayLike<number>) => {
    const xs = Array.from(values);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    return Math.sqrt(xs.reduce((sum, x) => sum + (x - mean) ** 2, 0) / xs.length);
  };
  /** 16×16 inputs → one hidden layer of 512 units → 10 outputs: the kernels are 256×512 and 512×10. */
  const kernels = async (overrides: Partial<Experiment>) => {
    const network = new Network(config({ hiddenLayers: [512], ...overrides }), 16, 16, 10);
    const [hidden, output] = await Promise.all(network.kernels.map((kernel) => kernel.data()));
    network.dispose();
    return { hidden: hidden!, output: output! };
  };

  it('draws the hidden layers with the initializer and the output layer with its own', async () => {
    const { hidden, output } = await kernels({ initializer: 'standardNormal', outputInitializer: 'glorot' });
    expect(Math.abs(std(hidden) - 1)).toBeLessThan(0.02); // N(0, 1), over 131,072 draws
    // Glorot: U(−a, a) with a = √(6 / (fan_in + fan_out)) = √(6 / 522), so std a/√3 = √(2 / 522) ≈ 0.0619.
    expect(Math.abs(std(output) / Math.sqrt(2 / 522) - 1)).toBeLessThan(0.05);
    expect(Math.max(...Array.from(output, Math.abs))).toBeLessThanOrEqual(Math.fround(Math.sqrt(6 / 522)));
  });

  it('gives the output layer N(0, 1) when asked, whatever the hidden layers use', async () => {
    const { hidden, output } = await kernels({ initializer: 'he', outputInitializer: 'standardNormal' });
    expect(Math.abs(std(hidden) / Math.sqrt(2 / 256) - 1)).toBeLessThan(0.02); // He: 2 / fan_in
    expect(Math.abs(std(output) - 1)).toBeLessThan(0.05);
  });

  it('reads σ for every layer drawn from N(0, σ)', async () => {
    const outputOnly = await kernels({ initializer: 'he', outputInitializer: 'normal', initSigma: 0.3 });
    expect(Math.abs(std(outputOnly.output) / 0.3 - 1)).toBeLessThan(0.05);
    const both = await kernels({ initializer: 'normal', outputInitializer: 'normal', initSigma: 0.3 });
    expect(Math.abs(std(both.hidden) / 0.3 - 1)).toBeLessThan(0.02);
    expect(Math.abs(std(both.output) / 0.3 - 1)).toBeLessThan(0.05);
  });

  it('leaves the other layers’ weights as they were when one layer’s initializer changes', async () => {
    const heHe = await kernels({ initializer: 'he', outputInitializer: 'he' });
    const heGlorot = await kernels({ initializer: 'he', outputInitializer: 'glorot' });
    const lecunHe = await kernels({ initializer: 'lecun', outputInitializer: 'he' });
    expect(heGlorot.hidden).toEqual(heHe.hidden);
    expect(heGlorot.output).not.toEqual(heHe.output);
    expect(lecunHe.output).toEqual(heHe.output);
    expect(lecunHe.hidden).not.toEqual(heHe.hidden);
  });
});

describe('batch norm', () => {
  const batchNormCount = (overrides: Partial<Experiment>) => {
    const network = new Network(config({ hiddenLayers: [16, 16, 16], ...overrides }), 4, 4, 3);
    const count = network.layers.filter((l) => l.kind === 'batchNorm').length;
    const order = network.layers.map((l) => l.kind).join(' ');
    network.dispose();
    return { count, order };
  };

  it('goes on every hidden layer, or only on the listed ones, before or after the activation', () => {
    expect(batchNormCount({ batchNorm: 'off' }).count).toBe(0);
    expect(batchNormCount({ batchNorm: 'beforeActivation' }).count).toBe(3);
    expect(batchNormCount({ batchNorm: 'beforeActivation', batchNormLayers: [1, 3] }).count).toBe(2);
    expect(batchNormCount({ batchNorm: 'beforeActivation', batchNormLayers: [2] }).order).toBe(
      'dense activation dense batchNorm activation dense activation dense',
    );
    expect(batchNormCount({ batchNorm: 'afterActivation', batchNormLayers: [1] }).order).toBe(
      'dense activation batchNorm dense activation dense activation dense',
    );
  });

  function bnNetwork(momentum: number, epsilon = 1e-3) {
    const network = new Network(
      config({
        hiddenLayers: [2],
        batchNorm: 'beforeActivation',
        batchNormMomentum: momentum,
        batchNormEpsilon: epsilon,
        activation: 'linear',
      }),
      1,
      2,
      1,
    );
    const bn = network.layers.find((l): l is BatchNormLayer => l.kind === 'batchNorm')!;
    // Identity first layer, so the batch norm sees the inputs themselves.
    network.kernels[0]!.assign(tf.tensor2d([1, 0, 0, 1], [2, 2]));
    return { network, bn };
  }

  it('normalizes with batch statistics in training and with the moving averages at inference', async () => {
    const { network, bn } = bnNetwork(0.9);
    const inputs = tf.tensor2d([1, 10, 3, 20], [2, 2]); // feature means 2 and 15, variances 1 and 25
    const stats: BatchNormStats[] = [];
    const hidden = (layerOutput: (x: tf.Tensor2D) => tf.Tensor) => tf.tidy(() => layerOutput(inputs));
    // Read the normalized hidden values by running only up to the batch norm (layers 0 and 1).
    const trainingOut = hidden((x) => {
      const z = tf.matMul(x, network.kernels[0]!);
      const { mean, variance } = tf.moments(z, [0]);
      stats.push({ layer: bn, mean: tf.keep(mean), variance: tf.keep(variance) });
      return tf.batchNorm(z, mean, variance, bn.beta, bn.gamma, 1e-3); // the default ε
    });
    const expectedTraining = [
      -1 / Math.sqrt(1 + 1e-3),
      -5 / Math.sqrt(25 + 1e-3),
      1 / Math.sqrt(1 + 1e-3),
      5 / Math.sqrt(25 + 1e-3),
    ];
    Array.from(await trainingOut.data()).forEach((v, i) => expect(v).toBeCloseTo(expectedTraining[i]!, 5));

    // The moving averages move 10% of the way from (0, 1) toward the batch statistics.
    network.updateBatchNorm(stats);
    expect(Array.from(await bn.movingMean.data())).toEqual([0.2, 1.5].map(Math.fround));
    const movingVariance = Array.from(await bn.movingVariance.data());
    expect(movingVariance[0]).toBeCloseTo(0.9 * 1 + 0.1 * 1, 6);
    expect(movingVariance[1]).toBeCloseTo(0.9 * 1 + 0.1 * 25, 6);

    // Inference uses the moving statistics, so one example is normalized the same whatever the batch.
    const single = tf.tidy(() => network.forward(tf.tensor2d([1, 10], [1, 2]), { training: false }));
    const pair = tf.tidy(() => network.forward(inputs, { training: false }));
    expect((await single.data())[0]).toBeCloseTo((await pair.data())[0]!, 5);
    tf.dispose([single, pair, trainingOut, inputs, ...stats.flatMap((s) => [s.mean, s.variance])]);
    network.dispose();
  });

  it('divides by √(variance + ε) with the ε of the settings, in training and at inference', async () => {
    const { network } = bnNetwork(0.9, 0.5);
    const inputs = tf.tensor2d([1, 10, 3, 20], [2, 2]); // feature means 2 and 15, variances 1 and 25
    // The hidden layer's output (linear activation after the batch norm) is the normalized batch itself.
    const normalized = async (training: boolean) => {
      const outputs: tf.Tensor[] = [];
      const values = tf.tidy(() => {
        network.forward(inputs, { training, layerOutputs: outputs });
        return outputs[0]!;
      });
      const data = Array.from(await values.data());
      values.dispose();
      return data;
    };
    // Batch statistics in training: (x − mean) / √(variance + 0.5). With ε = 1e-3 the first would be −0.9995.
    const expectedTraining = [-1 / Math.sqrt(1.5), -5 / Math.sqrt(25.5), 1 / Math.sqrt(1.5), 5 / Math.sqrt(25.5)];
    (await normalized(true)).forEach((v, i) => expect(v).toBeCloseTo(expectedTraining[i]!, 5));
    // The moving averages start at mean 0 and variance 1: x / √(1 + 0.5) at inference.
    (await normalized(false)).forEach((v, i) => expect(v).toBeCloseTo([1, 10, 3, 20][i]! / Math.sqrt(1.5), 5));
    inputs.dispose();
    network.dispose();
  });

  it('reports its batch statistics from a training pass of the whole network', () => {
    const { network } = bnNetwork(0.99);
    const stats: BatchNormStats[] = [];
    const out = tf.tidy(() =>
      network.forward(tf.tensor2d([1, 10, 3, 20], [2, 2]), { training: true, batchNormStats: stats }),
    );
    expect(stats).toHaveLength(1);
    expect(Array.from(stats[0]!.mean.dataSync())).toEqual([2, 15]);
    expect(Array.from(stats[0]!.variance.dataSync())).toEqual([1, 25]);
    tf.dispose([out, stats[0]!.mean, stats[0]!.variance]);
    network.dispose();
  });
});

describe('dropout', () => {
  function dropoutNetwork(rate: number) {
    const network = new Network(config({ hiddenLayers: [1000], dropout: [rate], activation: 'linear' }), 1, 1, 1);
    // Hidden layer: every unit outputs exactly the input (1); output sums them.
    network.kernels[0]!.assign(tf.ones([1, 1000]));
    network.kernels[1]!.assign(tf.ones([1000, 1]));
    return network;
  }

  it('drops about `rate` of the units and scales the kept ones by 1/(1 − rate)', async () => {
    const network = dropoutNetwork(0.3);
    // The output is Σ kept · 1/(1 − rate); with 1000 units, kept ≈ 700 → output ≈ 1000.
    const out = tf.tidy(() => network.forward(tf.ones([1, 1]), { training: true, dropoutSeed: 5 }));
    const sum = (await out.data())[0]!;
    const kept = sum * (1 - 0.3);
    expect(Math.abs(kept - Math.round(kept))).toBeLessThan(1e-2); // a whole number of units survived
    expect(1 - kept / 1000).toBeGreaterThan(0.25);
    expect(1 - kept / 1000).toBeLessThan(0.35);
    out.dispose();
    network.dispose();
  });

  it('is the identity at inference, and MC dropout keeps it on', async () => {
    const network = dropoutNetwork(0.5);
    const plain = tf.tidy(() => network.forward(tf.ones([1, 1]), { training: false }));
    expect((await plain.data())[0]).toBe(1000);
    const mc = tf.tidy(() =>
      network.forward(tf.ones([1, 1]), { training: false, dropoutAtInference: true, dropoutSeed: 9 }),
    );
    expect((await mc.data())[0]).not.toBe(1000);
    tf.dispose([plain, mc]);
    network.dispose();
  });

  it('draws the same mask for the same seed', async () => {
    const network = dropoutNetwork(0.5);
    const a = tf.tidy(() => network.forward(tf.ones([1, 1]), { training: true, dropoutSeed: 3 }));
    const b = tf.tidy(() => network.forward(tf.ones([1, 1]), { training: true, dropoutSeed: 3 }));
    expect(await a.data()).toEqual(await b.data());
    tf.dispose([a, b]);
    network.dispose();
  });
});

describe('max-norm', () => {
  it('rescales each unit’s incoming weights to norm ≤ r and leaves smaller ones alone', async () => {
    const network = new Network(config({ hiddenLayers: [8] }), 1, 2, 2);
    const kernel = network.kernels[0]!; // 2 inputs → 8 hidden units; column j holds unit j's incoming weights
    kernel.assign(tf.tensor2d([3, 0.3, 0, 0, 0, 0, 0, 0, 4, 0.4, 0, 0, 0, 0, 0, 0], [2, 8]));
    network.applyMaxNorm(2);
    const values = Array.from(await kernel.data());
    // Unit 0: (3, 4) has norm 5 → scaled to norm 2: (1.2, 1.6). Unit 1: (0.3, 0.4) has norm 0.5 → unchanged.
    expect(values[0]).toBeCloseTo(1.2, 6);
    expect(values[8]).toBeCloseTo(1.6, 6);
    expect(values[1]).toBeCloseTo(0.3, 6);
    expect(values[9]).toBeCloseTo(0.4, 6);
    network.dispose();
  });
});
