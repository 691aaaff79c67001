import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultExperiment, type Experiment } from '../schema/experiment';
import { activate, BATCH_NORM_EPSILON, Network, type BatchNormLayer, type BatchNormStats } from './model';
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

  function bnNetwork(momentum: number) {
    const network = new Network(
      config({ hiddenLayers: [2], batchNorm: 'beforeActivation', batchNormMomentum: momentum, activation: 'linear' }),
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
      return tf.batchNorm(z, mean, variance, bn.beta, bn.gamma, BATCH_NORM_EPSILON);
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
