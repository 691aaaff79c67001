// A person's own dataset, injected through the registry as the importer will put it there, trains end to end: its
// size, channels and classes flow into the data path, the model and the evaluation.
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { AssetError } from '../data/fetchAsset';
import { loadRunDataset, memoryRegistry, type OwnDataset } from '../data/datasetRegistry';
import { ownDatasetValue } from '../schema/datasetChoice';
import { defaultExperiment, type Experiment } from '../schema/experiment';
import type { Evaluation, MetricsBatch } from '../protocol/trainerProtocol';
import { greyImage, measureUnitActivations } from './firstLayerProbe';
import { createRandom } from './random';
import { tf } from './tf';
import { Trainer } from './trainer';
import { prepareData } from './trainingData';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/**
 * `count` images of height × width × channels, labels cycling 0, 1, 2. Grey: class c lights a band of rows (the c-th
 * third of the image); RGB: class c lights channel c everywhere. Noise keeps it from being trivial.
 */
function split(count: number, height: number, width: number, channels: 1 | 3, seed: number) {
  const random = createRandom(seed);
  const size = height * width * channels;
  const images = new Uint8Array(count * size);
  const labels = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const label = i % 3;
    labels[i] = label;
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++)
        for (let c = 0; c < channels; c++) {
          const lit = channels === 1 ? Math.floor((3 * y) / height) === label : c === label;
          images[i * size + (y * width + x) * channels + c] = Math.floor((lit ? 160 : 0) + random.next() * 90);
        }
  }
  return { count, images, labels };
}

const GREY: OwnDataset = {
  info: { title: 'Bands', height: 12, width: 12, channels: 1, classNames: ['top', 'middle', 'bottom'] },
  train: split(240, 12, 12, 1, 1),
  test: split(30, 12, 12, 1, 2),
  fingerprint: '00112233445566778899aabbccddeeff',
};
const RGB: OwnDataset = {
  info: { title: 'Colours', height: 8, width: 8, channels: 3, classNames: ['red', 'green', 'blue'] },
  train: split(150, 8, 8, 3, 3),
  test: null,
  fingerprint: 'ffeeddccbbaa99887766554433221100',
};
const registry = memoryRegistry([GREY, RGB]);
const load = (own: OwnDataset) =>
  loadRunDataset(
    ownDatasetValue({ fingerprint: own.fingerprint, title: own.info.title }),
    registry,
    'http://x/',
    () => {},
  );

async function train(own: OwnDataset, overrides: Partial<Experiment>) {
  const dataset = await load(own);
  const metrics: MetricsBatch[] = [];
  const evaluations: Evaluation[] = [];
  const experiment: Experiment = {
    ...defaultExperiment(),
    dataset: ownDatasetValue({ fingerprint: own.fingerprint, title: own.info.title }),
    hiddenLayers: [16],
    batchSize: 10,
    epochs: 4,
    learningRate: 0.01,
    schedule: 'constant',
    evalEverySteps: 0,
    ...overrides,
  };
  const trainer = new Trainer(
    dataset,
    experiment,
    { readEvery: 5, yieldToEventLoop: () => new Promise((resolve) => setTimeout(resolve, 0)) },
    {
      metrics: (batch) => metrics.push(batch),
      evaluation: (evaluation) => evaluations.push(evaluation),
      health: () => {},
      status: () => {},
    },
  );
  return { dataset, trainer, metrics, evaluations };
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

describe('an own dataset through the registry', () => {
  it('takes the file’s own test split, or holds out every 5th example of each class', async () => {
    const grey = await load(GREY);
    expect(grey.info).toMatchObject({ height: 12, width: 12, channels: 1, trainCount: 240, testCount: 30 });
    expect(grey.info.classNames).toEqual(['top', 'middle', 'bottom']);
    const rgb = await load(RGB);
    // 150 examples, 50 a class: 10 of each held out.
    expect(rgb.info).toMatchObject({ channels: 3, trainCount: 120, testCount: 30 });
    expect(Array.from(rgb.test.labels).filter((label) => label === 2)).toHaveLength(10);
    // The first held-out example of class 0 is its 5th: overall index 12 (0, 3, 6, 9, 12).
    expect(Array.from(rgb.test.images.subarray(0, 192))).toEqual(
      Array.from(RGB.train.images.subarray(12 * 192, 13 * 192)),
    );
    expect(prepareData(rgb, defaultExperiment()).pixels).toBe(8 * 8 * 3);
  });

  it('says so when a link names a dataset the registry does not hold', async () => {
    const missing = loadRunDataset('own:0123456789abcdef:Gone', registry, 'http://x/', () => {});
    await expect(missing).rejects.toBeInstanceOf(AssetError);
    await expect(missing).rejects.toMatchObject({
      said: { code: 'messages:ownData.notInBrowser', params: { title: 'Gone' } },
    });
  });
});

describe('training on an own dataset', () => {
  it('builds the MLP on height·width inputs and 3 outputs, and its loss falls to a 3 × 3 confusion matrix', async () => {
    const { trainer, metrics, evaluations } = await train(GREY, {});
    expect(trainer.network.inputShape).toEqual([144]);
    // 144·16 + 16 weights and biases into the hidden layer, 16·3 + 3 into the output layer.
    expect(trainer.network.parameterCount()).toBe(144 * 16 + 16 + 16 * 3 + 3);
    await trainer.run();
    const losses = metrics.flatMap((batch) => Array.from(batch.losses));
    expect(losses).toHaveLength(4 * 24); // 240 examples / 10 a batch, 4 epochs
    expect(mean(losses.slice(-10))).toBeLessThan(mean(losses.slice(0, 10)) / 2);
    const last = evaluations.at(-1)!;
    expect(last.confusion).toHaveLength(9);
    expect(last.confusion!.reduce((a, b) => a + b, 0)).toBe(30);
    expect(last.testAccuracy).toBeGreaterThan(0.9); // chance is 1/3
    trainer.dispose();
  });

  it('feeds an RGB image’s three channels: the MLP takes h·w·3 inputs, the CNN [h, w, 3] with conv 1 over 3', async () => {
    const mlp = await train(RGB, {});
    expect(mlp.trainer.network.inputShape).toEqual([8 * 8 * 3]);
    expect(mlp.trainer.network.parameterCount()).toBe(192 * 16 + 16 + 16 * 3 + 3);
    mlp.trainer.dispose();

    const before = tf.memory().numTensors;
    const cnn = await train(RGB, { architecture: 'cnn', convFilters: [4], kernelSize: '3', cnnDenseLayers: [8] });
    const { network } = cnn.trainer;
    expect(network.inputShape).toEqual([8, 8, 3]);
    expect(network.kernels[0]!.shape).toEqual([3, 3, 3, 4]);
    // conv 3·3·3·4 + 4; max pool 8 × 8 → 4 × 4, so 4·4·4 = 64 features; dense 64·8 + 8; output 8·3 + 3.
    expect(network.parameterCount()).toBe(3 * 3 * 3 * 4 + 4 + 64 * 8 + 8 + 8 * 3 + 3);
    await cnn.trainer.run();
    const losses = cnn.metrics.flatMap((batch) => Array.from(batch.losses));
    expect(mean(losses.slice(-10))).toBeLessThan(mean(losses.slice(0, 10)) / 2);
    expect(cnn.evaluations.at(-1)!.confusion).toHaveLength(9);
    expect(cnn.evaluations.at(-1)!.testAccuracy).toBeGreaterThan(0.9);
    // The first-layer view: conv 1's maps at the image's size, the image beside them in grey (channels averaged).
    const seen = await measureUnitActivations(cnn.trainer, { kind: 'test', index: 0 }, 1);
    expect([seen.imageHeight, seen.imageWidth, seen.mapHeight, seen.mapWidth, seen.units]).toEqual([8, 8, 8, 8, 4]);
    expect(Array.from(seen.image)).toEqual(Array.from(greyImage(cnn.dataset.test.images.subarray(0, 192), 3)));
    cnn.trainer.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('an image beside the first-layer maps', () => {
  it('is grey: one value a pixel, an RGB pixel its channels’ mean', () => {
    expect(Array.from(greyImage(Uint8Array.from([0, 30, 90, 255, 255, 255]), 3))).toEqual([40, 255]);
    expect(Array.from(greyImage(Uint8Array.from([7, 9]), 1))).toEqual([7, 9]);
  });
});
