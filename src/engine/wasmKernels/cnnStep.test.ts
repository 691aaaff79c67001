// A whole CNN training step of our Network on wasm against the same step on the CPU backend: every gradient, for
// every pooling, batch-norm placement and activation our schema offers, with dropout; and the Trainer on wasm.
// First, as in the engine's other tests: Node then loads one copy of TF.js's core for every module (imported after
// the engine's modules, a second copy's ops lose track of gradients).
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../data/datasets';
import { defaultExperiment, type Experiment } from '../../schema/experiment';
import { meanLoss } from '../losses';
import { Network } from '../model';
import { createRandom } from '../random';
import { tf } from '../tf';
import { Trainer } from '../trainer';
import { differences, startBothBackends, type ParityBackend } from './backendParity.testkit';

beforeAll(async () => {
  await startBothBackends(`${process.cwd()}/node_modules/@tensorflow/tfjs-backend-wasm/dist/`);
});

const HEIGHT = 12;
const WIDTH = 11; // odd, so pooling drops a column
const BATCH = 6;
const CLASSES = 3;

function cnn(overrides: Partial<Experiment>): Experiment {
  return {
    ...defaultExperiment(),
    architecture: 'cnn',
    convFilters: [4, 6],
    cnnDenseLayers: [8],
    dropout: [0.3],
    activationAlpha: 0.5,
    seed: 3,
    ...overrides,
  };
}

/** Inputs in [0, 1] and one-hot targets, drawn from a seed. */
function batch(seed: number): { inputs: Float32Array; targets: Float32Array } {
  const random = createRandom(seed);
  const inputs = Float32Array.from({ length: BATCH * HEIGHT * WIDTH }, () => random.next());
  const targets = new Float32Array(BATCH * CLASSES);
  for (let i = 0; i < BATCH; i++) targets[i * CLASSES + random.int(CLASSES)] = 1;
  return { inputs, targets };
}

/** The loss and every trainable variable's gradient of one training pass, read back. */
function lossAndGradients(backend: ParityBackend, config: Experiment): Float32Array[] {
  tf.setBackend(backend);
  const network = new Network(config, HEIGHT, WIDTH, CLASSES);
  const { inputs, targets } = batch(config.seed);
  try {
    return tf.tidy(() => {
      const x = tf.tensor2d(inputs, [BATCH, HEIGHT * WIDTH]);
      const y = tf.tensor2d(targets, [BATCH, CLASSES]);
      const variables = network.trainableVariables();
      const { value, grads } = tf.variableGrads(
        () => meanLoss(network.forward(x, { training: true, dropoutSeed: 17 }), y, config),
        variables,
      );
      return [value, ...variables.map((v) => grads[v.name]!)].map((t) => t.dataSync() as Float32Array);
    });
  } finally {
    network.dispose();
  }
}

const ACTIVATIONS: Experiment['activation'][] = ['relu', 'leakyRelu', 'elu', 'selu', 'sigmoid', 'tanh', 'linear'];
const POOLINGS: Experiment['pooling'][] = ['max', 'avg', 'none'];
const BATCH_NORMS: Experiment['batchNorm'][] = ['off', 'beforeActivation', 'afterActivation'];

// Every activation once, and every pooling × batch-norm pair, with 3×3 and 5×5 filters in turn.
const CONFIGS: [string, Partial<Experiment>][] = [
  ...ACTIVATIONS.map((activation, i): [string, Partial<Experiment>] => [
    `${activation}, ${POOLINGS[i % 3]} pooling, batch norm ${BATCH_NORMS[(i + 1) % 3]}`,
    { activation, pooling: POOLINGS[i % 3], batchNorm: BATCH_NORMS[(i + 1) % 3], kernelSize: i % 2 ? '5' : '3' },
  ]),
  ...POOLINGS.flatMap((pooling) =>
    BATCH_NORMS.map((batchNorm, j): [string, Partial<Experiment>] => [
      `relu, ${pooling} pooling, batch norm ${batchNorm}`,
      { pooling, batchNorm, kernelSize: j % 2 ? '3' : '5' },
    ]),
  ),
];

/**
 * Gradients are sums over the batch and the image through several layers (batch norm divides by a batch standard
 * deviation): observed wasm–CPU differences stay below 1e-6 of the largest gradient entry; the bound is 1e-4 of it.
 * (A conv bias before batch norm has a gradient of exactly 0 in theory: both backends give rounding noise there.)
 */
const RELATIVE_BOUND = 1e-4;

describe('a CNN training step on wasm', () => {
  it.each(CONFIGS)('gives the CPU backend’s loss and gradients: %s', (_, overrides) => {
    const config = cnn(overrides);
    const cpu = lossAndGradients('cpu', config);
    const wasm = lossAndGradients('wasm', config);
    expect(wasm).toHaveLength(cpu.length);
    const [loss, ...gradients] = cpu;
    expect(wasm[0]![0]).toBeCloseTo(loss![0]!, 5);
    const largest = Math.max(
      ...gradients.map(
        (g) =>
          differences(
            g,
            g.map(() => 0),
          ).maxAbs,
      ),
    );
    expect(largest).toBeGreaterThan(0);
    gradients.forEach((expected, i) => {
      const { maxAbs } = differences(wasm[i + 1]!, expected);
      expect(maxAbs, `gradient of variable ${i}`).toBeLessThanOrEqual(RELATIVE_BOUND * largest);
    });
  });
});

/** 4 classes of 10×10 images: class c lights a bar in quadrant c, with noise. */
function barsDataset(count: number, seed: number): Dataset['train'] {
  const random = createRandom(seed);
  const images = new Uint8Array(count * 100);
  const labels = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const label = i % 4;
    labels[i] = label;
    for (let p = 0; p < 100; p++) {
      const [row, column] = [Math.floor(p / 10), p % 10];
      const lit = row < 5 === label < 2 && column < 5 === (label % 2 === 0) && (row + column) % 2 === 0;
      images[i * 100 + p] = Math.floor((lit ? 170 : 0) + random.next() * 80);
    }
  }
  return { count, images, labels };
}

function trainOn(backend: ParityBackend, overrides: Partial<Experiment>) {
  tf.setBackend(backend);
  const dataset: Dataset = {
    info: {
      name: 'mnist',
      title: 'bars',
      height: 10,
      width: 10,
      channels: 1,
      classNames: ['a', 'b', 'c', 'd'],
      trainCount: 256,
      testCount: 64,
    },
    train: barsDataset(256, 1),
    test: barsDataset(64, 2),
  };
  const losses: number[] = [];
  const tensorCounts: number[] = [];
  const stopped: unknown[] = [];
  const trainer = new Trainer(
    dataset,
    {
      ...cnn({ convFilters: [4, 8], cnnDenseLayers: [16], ...overrides }),
      batchSize: 16,
      epochs: 3,
      evalEverySteps: 16,
    },
    { readEvery: 4, yieldToEventLoop: () => Promise.resolve() },
    {
      metrics: (m) => {
        losses.push(...m.losses);
        tensorCounts.push(m.numTensors);
      },
      evaluation: () => {},
      health: () => {},
      status: (status, _step, message) => {
        if (status === 'stopped' || status === 'diverged') stopped.push(message ?? status);
      },
    },
  );
  return { trainer, losses, tensorCounts, stopped };
}

describe('the Trainer on wasm', () => {
  it.each<[string, Partial<Experiment>]>([
    ['max pooling, batch norm, Adam', { pooling: 'max', batchNorm: 'beforeActivation' }],
    [
      'average pooling, ELU, momentum',
      { pooling: 'avg', activation: 'elu', optimizer: 'momentum', learningRate: 0.05 },
    ],
  ])('trains a CNN (%s) as the CPU backend does, with a flat tensor count', async (_, overrides) => {
    const runs = (['wasm', 'cpu'] as const).map((backend) => trainOn(backend, overrides));
    for (const { trainer } of runs) {
      tf.setBackend(runs[0]!.trainer === trainer ? 'wasm' : 'cpu');
      await trainer.run();
    }
    const [wasm, cpu] = runs;
    try {
      expect(wasm!.stopped).toEqual([]);
      expect(wasm!.losses).toHaveLength(48);
      // Same seed, same curve: every loss as on the CPU backend (observed: equal to 4 decimals over 48 steps).
      wasm!.losses.forEach((loss, i) => expect(loss, `step ${i + 1}`).toBeCloseTo(cpu!.losses[i]!, 3));
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      expect(mean(wasm!.losses.slice(-8))).toBeLessThan(0.8 * mean(wasm!.losses.slice(0, 8)));
      // Every read-back after the first sees the same number of tensors: nothing leaks step to step.
      expect(new Set(wasm!.tensorCounts.slice(1)).size).toBe(1);
    } finally {
      tf.setBackend('wasm');
      wasm!.trainer.dispose();
      tf.setBackend('cpu');
      cpu!.trainer.dispose();
    }
  });
});
