import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultExperiment } from '../schema/experiment';
import { RunSplits, SharedSplits } from './deviceSplits';
import { syntheticDataset } from './syntheticDataset.testkit';
import { tf } from './tf';
import { prepareData } from './trainingData';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('RunSplits', () => {
  it('shares one device copy of the test set between runs fed the same values, and frees it with the last', () => {
    const shared = new SharedSplits();
    const dataset = syntheticDataset(); // 256 training and 60 test images of 16 pixels, 3 classes
    const config = { ...defaultExperiment(), batchSize: 16 };
    const testBytes = 60 * 16 * 4 + 60 * 3 * 4; // 60 images as float32, 60 one-hot targets over 3 classes
    const trainBytes = 256 * 16 * 4 + 256 * 3 * 4;
    const before = tf.memory().numBytes;
    const a = new RunSplits(dataset, prepareData(dataset, config), true, shared);
    expect(tf.memory().numBytes - before).toBe(testBytes + trainBytes);
    // Another rate feeds the same values: only its training set is new.
    const otherRate = { ...config, learningRate: 0.01 };
    const b = new RunSplits(dataset, prepareData(dataset, otherRate), true, shared);
    expect(b.test).toBe(a.test);
    expect(tf.memory().numBytes - before).toBe(testBytes + 2 * trainBytes);
    // Other preprocessing, other values: its own copy.
    const c = new RunSplits(dataset, prepareData(dataset, { ...config, preprocessing: 'raw' }), false, shared);
    expect(c.test).not.toBe(a.test);
    expect(c.train).toBeNull();
    expect(tf.memory().numBytes - before).toBe(2 * testBytes + 2 * trainBytes);
    a.dispose();
    expect(tf.memory().numBytes - before).toBe(2 * testBytes + trainBytes); // b still uses the shared test set
    for (const splits of [b, c]) splits.dispose();
    expect(tf.memory().numBytes).toBe(before);
  });

  it('uploads the split preprocessed like the training batches: pixels through the table, one-hot targets', async () => {
    const dataset = syntheticDataset(3, 2);
    const data = prepareData(dataset, { ...defaultExperiment(), preprocessing: 'raw', batchSize: 1 });
    const splits = new RunSplits(dataset, data, false);
    expect(splits.test.inputs.shape).toEqual([2, 16]);
    expect(Array.from(await splits.test.inputs.data())).toEqual(Array.from(dataset.test.images));
    expect(Array.from(await splits.test.targets.data())).toEqual([1, 0, 0, 0, 1, 0]); // labels 0 and 1
    splits.dispose();
  });
});
