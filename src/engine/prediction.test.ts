import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultExperiment, type Experiment } from '../schema/experiment';
import { Network } from './model';
import { predict } from './prediction';
import { syntheticDataset } from './syntheticDataset.testkit';
import { tf } from './tf';
import { prepareData } from './trainingData';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

function model(overrides: Partial<Experiment>) {
  const experiment = { ...defaultExperiment(), hiddenLayers: [16], batchSize: 16, ...overrides };
  const data = prepareData(syntheticDataset(), experiment);
  return { experiment, data, network: new Network(experiment, 4, 4, 3) };
}

describe('predict', () => {
  const image = Uint8Array.from({ length: 16 }, (_, p) => (Math.floor(p / 4) === 1 ? 230 : 0)); // a class-1 pattern

  it('classifies one drawn image: probabilities sum to 1, with an MC-dropout spread when the model has dropout', async () => {
    const plain = model({});
    const before = tf.memory().numTensors;
    const answer = await predict(plain.network, plain.experiment, plain.data, image, 7);
    expect(tf.memory().numTensors).toBe(before);
    expect(answer.requestId).toBe(7);
    expect(answer.probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    expect(answer).toMatchObject({ spread: null, passes: 1 });
    plain.network.dispose();

    const dropout = model({ dropout: [0.5] });
    const uncertain = await predict(dropout.network, dropout.experiment, dropout.data, image, 8);
    expect(uncertain.passes).toBe(30);
    expect(uncertain.probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    expect(Math.max(...uncertain.spread!)).toBeGreaterThan(0);
    dropout.network.dispose();
  });

  it('gives 1/3 to each class with zero weights, and takes more passes when MC evaluation asks for them', async () => {
    const { network, experiment, data } = model({ dropout: [0.5], mcDropoutSamples: 40 });
    for (const v of network.trainableVariables()) v.assign(tf.zerosLike(v));
    const answer = await predict(network, experiment, data, image, 1);
    expect(answer.passes).toBe(40);
    for (const p of answer.probabilities) expect(p).toBeCloseTo(1 / 3, 6);
    for (const s of answer.spread!) expect(s).toBeCloseTo(0, 6);
    network.dispose();
  });
});
