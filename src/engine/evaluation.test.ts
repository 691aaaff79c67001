import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultExperiment, type Experiment } from '../schema/experiment';
import { RunSplits } from './deviceSplits';
import { confusionAndMistakes, evaluate, evaluatesTrainingSet, type EvaluationInputs } from './evaluation';
import { Network } from './model';
import { syntheticDataset } from './syntheticDataset.testkit';
import { tf } from './tf';
import { prepareData } from './trainingData';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** An untrained 16-unit MLP on the synthetic task (256 training images: evaluated too), at `step` of 16 a epoch. */
function evaluationInputs(overrides: Partial<Experiment> = {}, step = 0) {
  const dataset = syntheticDataset();
  const experiment = { ...defaultExperiment(), hiddenLayers: [16], batchSize: 16, ...overrides };
  const data = prepareData(dataset, experiment);
  const network = new Network(experiment, 4, 4, 3);
  const splits = new RunSplits(dataset, data, evaluatesTrainingSet(data));
  const inputs: EvaluationInputs = { network, experiment, data, splits, step, stepsPerEpoch: 16, secondsBefore: 2 };
  return { inputs, dispose: () => [network, splits].forEach((owner) => owner.dispose()) };
}

describe('evaluate', () => {
  it('computes loss and accuracy exactly: zero weights give ln(3) and the share of class 0', async () => {
    const { inputs, dispose } = evaluationInputs({}, 8);
    for (const v of inputs.network.trainableVariables()) v.assign(tf.zerosLike(v));
    const evaluation = await evaluate(inputs);
    // All logits 0 → softmax 1/3 each → loss ln 3; argMax of ties picks class 0, and labels cycle 0,1,2 → 20/60.
    expect(evaluation.testLoss).toBeCloseTo(Math.log(3), 6);
    expect(evaluation.testAccuracy).toBeCloseTo(20 / 60, 10);
    // The 256 training images are evaluated too: 86 of them (0, 3, …, 255) are class 0.
    expect(evaluation.train!.loss).toBeCloseTo(Math.log(3), 6);
    expect(evaluation.train!.accuracy).toBeCloseTo(86 / 256, 10);
    // Step 8 of 16-step epochs is half an epoch; the evaluation's time adds to the 2 s trained before it.
    expect(evaluation).toMatchObject({ step: 8, epoch: 0.5 });
    expect(evaluation.seconds).toBeGreaterThan(2);
    expect(evaluation.monteCarlo).toBeUndefined();
    dispose();
  });

  it('evaluates the training set only when it is small', () => {
    const data = prepareData(syntheticDataset(4097, 3), { ...defaultExperiment(), batchSize: 1 });
    expect(evaluatesTrainingSet(data)).toBe(false);
    expect(evaluatesTrainingSet({ ...data, train: { ...data.train, count: 4096 } })).toBe(true);
  });

  it('averages MC-dropout passes when asked, and leaves no tensor behind', async () => {
    const { inputs, dispose } = evaluationInputs({ dropout: [0.5], mcDropoutSamples: 4 });
    const before = tf.memory().numTensors;
    const evaluation = await evaluate(inputs);
    expect(tf.memory().numTensors).toBe(before);
    expect(evaluation.numTensors).toBe(before);
    expect(evaluation.monteCarlo!.samples).toBe(4);
    expect(Number.isFinite(evaluation.monteCarlo!.loss)).toBe(true);
    // The same step gives the same dropout masks, so the same numbers.
    expect((await evaluate(inputs)).monteCarlo).toEqual(evaluation.monteCarlo);
    dispose();
  });

  it('counts the confusion matrix and picks the most confident mistakes from the evaluation pass', async () => {
    const { inputs, dispose } = evaluationInputs();
    const evaluation = await evaluate(inputs); // untrained: plenty of mistakes
    const confusion = evaluation.confusion!;
    expect(confusion).toHaveLength(3 * 3); // the synthetic dataset's 3 classes
    expect(confusion.reduce((a, b) => a + b, 0)).toBe(60);
    const correct = confusion.filter((_, i) => i % 4 === 0).reduce((a, b) => a + b, 0);
    expect(correct).toBeLessThan(60);
    expect(correct / 60).toBeCloseTo(evaluation.testAccuracy, 10);
    const mistakes = evaluation.mistakes!;
    expect(mistakes.length).toBe(Math.min(12, 60 - correct));
    for (const [i, mistake] of mistakes.entries()) {
      expect(mistake.predicted).not.toBe(mistake.label);
      expect(mistake.label).toBe(inputs.data.test.labels[mistake.index]);
      expect(mistake.pixels).toEqual(
        Array.from(inputs.data.test.images.subarray(mistake.index * 16, mistake.index * 16 + 16)),
      );
      if (i > 0) expect(mistake.confidence).toBeLessThanOrEqual(mistakes[i - 1]!.confidence);
    }
    dispose();
  });
});

describe('confusionAndMistakes', () => {
  it('counts [true][predicted] and lists the wrong ones, most confident first', () => {
    // Four 2-pixel images of 2 classes, labels 0, 0, 1, 1; predicted 0, 1, 0, 0.
    const test = { count: 4, labels: Uint8Array.of(0, 0, 1, 1), images: Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8) };
    const predicted = Float32Array.of(0, 0.875, 1, 0.625, 0, 0.75, 0, 0.5);
    const { confusion, mistakes } = confusionAndMistakes({ test, classes: 2, pixels: 2 }, predicted);
    expect(confusion).toEqual([1, 1, 2, 0]);
    expect(mistakes).toEqual([
      { index: 2, predicted: 0, confidence: 0.75, label: 1, pixels: [5, 6] },
      { index: 1, predicted: 1, confidence: 0.625, label: 0, pixels: [3, 4] },
      { index: 3, predicted: 0, confidence: 0.5, label: 1, pixels: [7, 8] },
    ]);
  });

  it('shows at most the 12 most confident mistakes', () => {
    const count = 20;
    const test = { count, labels: new Uint8Array(count), images: new Uint8Array(count) }; // all class 0, 1 pixel
    // Every example predicted class 1, example i with confidence (i + 1) / 32.
    const predicted = Float32Array.from({ length: 2 * count }, (_, j) => (j % 2 === 0 ? 1 : (j + 1) / 64));
    const { confusion, mistakes } = confusionAndMistakes({ test, classes: 2, pixels: 1 }, predicted);
    expect(confusion).toEqual([0, 20, 0, 0]);
    expect(mistakes.map((m) => m.index)).toEqual([19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8]);
  });
});
