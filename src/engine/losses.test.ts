import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { crossEntropy, lossSumAndCorrect, regressionLosses, weightPenalty } from './losses';
import { tf } from './tf';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const config = { task: 'regression', regressionLoss: 'l2', huberDelta: 1 } as const;

describe('losses by hand', () => {
  it('cross-entropy of equal scores over 3 classes is ln 3', () => {
    expect(crossEntropy(tf.zeros([2, 3]), tf.tensor2d([1, 0, 0, 0, 0, 1], [2, 3])).dataSync()[0]).toBeCloseTo(
      Math.log(3),
      6,
    );
  });

  it('L2, L1 and Huber (δ 1) of errors −3, 0.5, 2', () => {
    const predictions = tf.tensor2d([[0], [2.5], [4]]);
    const targets = tf.tensor2d([[3], [2], [2]]);
    const values = (loss: 'l1' | 'l2' | 'huber') =>
      Array.from(regressionLosses(predictions, targets, { ...config, regressionLoss: loss }).dataSync());
    expect(values('l2')).toEqual([9, 0.25, 4]);
    expect(values('l1')).toEqual([3, 0.5, 2]);
    // Huber: ½e² inside δ, δ(|e| − ½δ) outside: 2.5, 0.125, 1.5
    expect(values('huber')).toEqual([2.5, 0.125, 1.5]);
  });

  it('regression counts a prediction correct when it rounds to the class', () => {
    const [lossSum, correct] = lossSumAndCorrect(
      tf.tensor2d([[2.4], [6.6]]),
      tf.tensor2d([[2], [6]]),
      config,
    ).dataSync();
    expect(lossSum).toBeCloseTo(0.16 + 0.36, 5);
    expect(correct).toBe(1);
  });

  it('penalises kernels with λ1·Σ|w| + λ2·Σw²', () => {
    const kernels = [tf.tensor1d([1, -2]), tf.tensor1d([3])];
    expect(weightPenalty(kernels, 0.1, 0)!.dataSync()[0]).toBeCloseTo(0.6, 6);
    expect(weightPenalty(kernels, 0, 0.01)!.dataSync()[0]).toBeCloseTo(0.14, 6);
    expect(weightPenalty(kernels, 0.1, 0.01)!.dataSync()[0]).toBeCloseTo(0.74, 6);
    expect(weightPenalty(kernels, 0, 0)).toBeNull();
  });
});
