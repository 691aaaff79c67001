import { describe, expect, it } from 'vitest';
import type { Dataset } from '../data/datasets';
import { defaultExperiment, type Experiment } from '../schema/experiment';
import {
  createBatchBuffers,
  fillBatch,
  noisyLabels,
  pixelStatistics,
  pixelTable,
  prepareData,
  trainingCount,
  wrongReshapeLayout,
} from './trainingData';

/** 4 training and 2 test images of 2×2 pixels. */
const dataset: Dataset = {
  info: {
    name: 'mnist',
    title: 'tiny',
    height: 2,
    width: 2,
    channels: 1,
    classNames: ['a', 'b', 'c'],
    trainCount: 4,
    testCount: 2,
  },
  train: {
    count: 4,
    images: Uint8Array.of(0, 0, 255, 255, 51, 102, 153, 204, 0, 255, 0, 255, 255, 255, 255, 255),
    labels: Uint8Array.of(0, 1, 2, 1),
  },
  test: { count: 2, images: Uint8Array.of(255, 0, 0, 0, 0, 0, 0, 0), labels: Uint8Array.of(2, 0) },
};
const config = (overrides: Partial<Experiment>): Experiment => ({ ...defaultExperiment(), ...overrides });

function batchOf(data: ReturnType<typeof prepareData>, split: 'train' | 'test', rows: number) {
  const buffers = createBatchBuffers(rows, data);
  fillBatch(
    buffers,
    data[split],
    Array.from({ length: rows }, (_, i) => i),
    0,
    data,
  );
  return buffers;
}

const mean = (values: ArrayLike<number>) => Array.from(values).reduce((a, b) => a + b, 0) / values.length;
const std = (values: ArrayLike<number>) => {
  const m = mean(values);
  return Math.sqrt(mean(Array.from(values, (v) => (v - m) ** 2)));
};

describe('training subset (D01)', () => {
  it('uses all, one example, one batch or the first N', () => {
    const base = { trainingExamples: 500, batchSize: 32 };
    expect(trainingCount({ ...base, trainingSubset: 'full' }, 60_000)).toBe(60_000);
    expect(trainingCount({ ...base, trainingSubset: 'oneExample' }, 60_000)).toBe(1);
    expect(trainingCount({ ...base, trainingSubset: 'oneBatch' }, 60_000)).toBe(32);
    expect(trainingCount({ ...base, trainingSubset: 'examples' }, 60_000)).toBe(500);
  });
});

describe('preprocessing', () => {
  it('scales, keeps raw, or squashes with tanh(x/c), per pixel value', () => {
    expect(pixelTable({ preprocessing: 'unit', tanhScale: 1 }, dataset.train.images)[51]).toBeCloseTo(0.2, 6);
    expect(pixelTable({ preprocessing: 'raw', tanhScale: 1 }, dataset.train.images)[51]).toBe(51);
    expect(pixelTable({ preprocessing: 'tanh', tanhScale: 100 }, dataset.train.images)[200]).toBeCloseTo(
      Math.tanh(2),
      6,
    );
  });

  it('standardized training data has mean 0 and std 1', () => {
    const data = prepareData(dataset, config({ preprocessing: 'standardize', batchSize: 4 }));
    const inputs = batchOf(data, 'train', 4).inputs;
    expect(mean(inputs)).toBeCloseTo(0, 6);
    expect(std(inputs)).toBeCloseTo(1, 5);
  });

  it('standardizes the test set with the training statistics, not its own', () => {
    const data = prepareData(dataset, config({ preprocessing: 'standardize', batchSize: 4 }));
    const { mean: m, std: s } = pixelStatistics(dataset.train.images);
    const test = batchOf(data, 'test', 2).inputs;
    expect(test[0]).toBeCloseTo((1 - m) / s, 5); // a white pixel of the test set
    expect(test[1]).toBeCloseTo((0 - m) / s, 5);
    expect(mean(test)).not.toBeCloseTo(0, 2);
  });

  it('computes training statistics by hand: pixels {0, 255} half each → mean 0.5, std 0.5', () => {
    expect(pixelStatistics(Uint8Array.of(0, 255, 0, 255))).toEqual({ mean: 0.5, std: 0.5 });
  });
});

describe('label noise (L02)', () => {
  it('replaces about the given share with random classes, reproducibly', () => {
    const labels = new Uint8Array(10_000); // all class 0
    const noisy = noisyLabels(labels, 50, 10, 7);
    const changed = noisy.filter((l) => l !== 0).length / labels.length;
    // 50% are redrawn uniformly over 10 classes, 1 in 10 of them lands on 0 again: 45% change.
    expect(changed).toBeGreaterThan(0.43);
    expect(changed).toBeLessThan(0.47);
    expect(noisyLabels(labels, 50, 10, 7)).toEqual(noisy);
    expect(noisyLabels(labels, 0, 10, 7)).toEqual(labels);
  });
});

describe('wrong reshape (D06)', () => {
  it('is a permutation of the pixels that breaks neighbourhoods', () => {
    const layout = wrongReshapeLayout(784);
    expect(Array.from(layout).sort((a, b) => a - b)).toEqual(Array.from({ length: 784 }, (_, i) => i));
    // Fed pixels 0 and 1 (neighbours) come from source pixels 0 and 49, almost two rows apart.
    expect([layout[0], layout[1]]).toEqual([0, 49]);
  });

  it('reads an image whose size 16 does not divide as its rows, transposed (a 10 × 10 own dataset)', () => {
    const layout = wrongReshapeLayout(100, 10);
    expect(Array.from(layout).sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    // Fed pixel i·10 + j comes from source pixel j·10 + i.
    expect([layout[0], layout[1], layout[10], layout[23]]).toEqual([0, 10, 1, 32]);
  });
});

describe('targets', () => {
  it('are one-hot for classification and the class number for regression', () => {
    const classification = batchOf(prepareData(dataset, config({ batchSize: 2 })), 'test', 2).targets;
    expect(Array.from(classification)).toEqual([0, 0, 1, 1, 0, 0]);
    const regression = batchOf(prepareData(dataset, config({ batchSize: 2, task: 'regression' })), 'test', 2).targets;
    expect(Array.from(regression)).toEqual([2, 0]);
  });
});
