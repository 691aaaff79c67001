import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../data/datasets';
import type { FirstLayerSample } from '../protocol/trainerProtocol';
import { defaultExperiment, type Experiment } from '../schema/experiment';
import { firstLayerPart, measureUnitActivations, unpackFirstLayer, type FirstLayerLayout } from './firstLayerProbe';
import { tf } from './tf';
import { Trainer } from './trainer';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** 4×4 images of 3 classes; class c lights row c (fixed values: the test needs no randomness of its own). */
function tinyDataset(count = 48): Dataset {
  const make = () => {
    const images = new Uint8Array(count * 16);
    const labels = new Uint8Array(count);
    for (let i = 0; i < count; i++) {
      labels[i] = i % 3;
      for (let p = 0; p < 16; p++) images[i * 16 + p] = Math.floor(p / 4) === i % 3 ? 200 : (i * 7 + p * 13) % 60;
    }
    return { count, images, labels };
  };
  return {
    info: {
      name: 'mnist',
      title: 'tiny',
      height: 4,
      width: 4,
      channels: 1,
      classNames: ['a', 'b', 'c'],
      trainCount: count,
      testCount: count,
    },
    train: make(),
    test: make(),
  };
}

function train(overrides: Partial<Experiment>) {
  const samples: FirstLayerSample[] = [];
  const experiment: Experiment = {
    ...defaultExperiment(),
    optimizer: 'sgd',
    learningRate: 0.1,
    schedule: 'constant',
    batchSize: 16,
    epochs: 2,
    evalEverySteps: 0,
    ...overrides,
  };
  const trainer = new Trainer(
    tinyDataset(),
    experiment,
    { readEvery: 1, yieldToEventLoop: () => Promise.resolve() },
    { metrics() {}, evaluation() {}, health() {}, status() {}, firstLayer: (sample) => samples.push(sample) },
  );
  return { trainer, samples };
}

const dense: FirstLayerLayout = {
  layer: 'dense 1',
  kind: 'dense',
  units: 2,
  totalUnits: 3,
  tileHeight: 2,
  tileWidth: 2,
};

describe('first-layer tiles', () => {
  it('cuts a dense kernel [inputs, units] into one tile per shown unit: its column, weights then gradients', async () => {
    const kernel = tf.tensor2d([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], [4, 3]);
    const gradient = tf.mul(kernel, -1);
    const part = firstLayerPart(kernel, gradient, dense);
    expect(Array.from(await part.data())).toEqual([1, 4, 7, 10, 2, 5, 8, 11, -1, -4, -7, -10, -2, -5, -8, -11]);
    tf.dispose([kernel, gradient, part]);
  });

  it('cuts a conv kernel [k, k, 1, filters] into one k × k tile per filter, row by row', async () => {
    // Value at [row, column, 0, filter] = (row·2 + column)·3 + filter.
    const kernel = tf.tensor4d(
      Array.from({ length: 12 }, (_, i) => i),
      [2, 2, 1, 3],
    );
    const layout: FirstLayerLayout = { ...dense, kind: 'conv', layer: 'conv 1', units: 3 };
    const part = firstLayerPart(kernel, kernel, layout);
    const values = Array.from(await part.data());
    expect(values.slice(0, 12)).toEqual([0, 3, 6, 9, 1, 4, 7, 10, 2, 5, 8, 11]);
    tf.dispose([kernel, part]);
  });

  it('reads its part from the end of a probe, after the health values', () => {
    const values = Float32Array.from([9, 9, 9, 1, 2, 3, 4, 5, 6, 7, 8, -1, -2, -3, -4, -5, -6, -7, -8]);
    const sample = unpackFirstLayer(values, dense, 20);
    expect(sample.step).toBe(20);
    expect(Array.from(sample.weights)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(Array.from(sample.gradients)).toEqual([-1, -2, -3, -4, -5, -6, -7, -8]);
  });

  it('sends, on a health step, the weights after the step and its gradient: w₁ = w₀ − η·g for plain SGD', async () => {
    const { trainer, samples } = train({ hiddenLayers: [20], epochs: 1 }); // 3 steps
    const kernel0 = await trainer.network.kernels[0]!.data();
    await trainer.run();
    expect(samples.map((s) => s.step)).toEqual([1, 2, 3]);
    const [first] = samples;
    expect(first).toMatchObject({ layer: 'dense 1', kind: 'dense', units: 16, totalUnits: 20, tileHeight: 4 });
    expect(first!.weights).toHaveLength(16 * 16);
    // Unit 3's weight from pixel 5 is the kernel's [5, 3], at tile 3, row 1, column 1.
    const at = 3 * 16 + 5;
    expect(first!.gradients[at]).not.toBe(0);
    expect(first!.weights[at]).toBeCloseTo(kernel0[5 * 20 + 3]! - 0.1 * first!.gradients[at]!, 6);
    trainer.dispose();
  });

  it('shows a CNN’s conv-1 filters and their activation maps on a test digit, and leaks no tensor', async () => {
    const before = tf.memory().numTensors;
    const { trainer, samples } = train({
      architecture: 'cnn',
      convFilters: [4, 8],
      kernelSize: '3',
      pooling: 'max',
      cnnDenseLayers: [8],
      epochs: 1,
    });
    await trainer.run();
    const last = samples.at(-1)!;
    expect(last).toMatchObject({ layer: 'conv 1', kind: 'conv', units: 4, totalUnits: 4, tileHeight: 3, tileWidth: 3 });
    expect(last.weights).toHaveLength(4 * 9);
    const tensors = tf.memory().numTensors;
    const maps = await measureUnitActivations(trainer, { kind: 'test', index: 1 }, 7);
    expect(tf.memory().numTensors).toBe(tensors);
    expect(maps).toMatchObject({
      requestId: 7,
      digit: { kind: 'test', index: 1, label: 1 },
      mapHeight: 4,
      mapWidth: 4,
    });
    expect(maps.values).toHaveLength(4 * 16);
    expect(Math.min(...maps.values)).toBeGreaterThanOrEqual(0); // after the ReLU
    trainer.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('gives an MLP unit’s activation on a drawn digit: relu(x · w + b), x the preprocessed pixels', async () => {
    const { trainer } = train({ hiddenLayers: [3], preprocessing: 'unit', useBias: false, epochs: 1 });
    const pixels = Uint8Array.from({ length: 16 }, (_, i) => (i % 5) * 51);
    const kernel = await trainer.network.kernels[0]!.data();
    const answer = await measureUnitActivations(trainer, { kind: 'drawn', pixels }, 1);
    expect(answer).toMatchObject({ units: 3, mapHeight: 1, mapWidth: 1, digit: { kind: 'drawn' } });
    for (let unit = 0; unit < 3; unit++) {
      let sum = 0;
      for (let p = 0; p < 16; p++) sum += (pixels[p]! / 255) * kernel[p * 3 + unit]!;
      expect(answer.values[unit]).toBeCloseTo(Math.max(0, sum), 5);
    }
    await expect(measureUnitActivations(trainer, { kind: 'drawn', pixels: new Uint8Array(3) }, 2)).rejects.toThrow(
      /3 pixels/,
    );
    trainer.dispose();
  });
});
