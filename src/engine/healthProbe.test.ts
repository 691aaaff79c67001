import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { activationPart, healthDue, unpackHealth, weightPart } from './healthProbe';
import { tf } from './tf';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('healthDue', () => {
  it('measures steps 1, 2, 3, 5, 10, 20, then every 50th', () => {
    const due = Array.from({ length: 200 }, (_, i) => i + 1).filter(healthDue);
    expect(due).toEqual([1, 2, 3, 5, 10, 20, 50, 100, 150, 200]);
  });
});

describe('the packed probe', () => {
  /** Dense 1 (2 inputs → 3 sigmoid units) and the output (3 → 2 logits), measured on a batch of 2. */
  async function probe(activation: 'sigmoid' | 'relu' | 'tanh', hidden: number[][]) {
    const values = tf.tidy(() => {
      const before = [
        tf.tensor2d([
          [3, 4, 0],
          [0, 0, 0],
        ]),
        tf.tensor2d([
          [1, 0],
          [0, 1],
          [0, 0],
        ]),
      ];
      const after = [
        tf.tensor2d([
          [3, 4.5, 0],
          [0, 0, 0],
        ]),
        tf.tensor2d([
          [1, 0],
          [0, 1],
          [0, 0],
        ]),
      ];
      const gradients = [
        tf.tensor2d([
          [0, 2, 0],
          [0, 0, 0],
        ]),
        tf.tensor2d([
          [0, 0],
          [0, 0],
          [0, Infinity],
        ]),
      ];
      const outputs = [
        tf.tensor2d(hidden),
        tf.tensor2d([
          [1, -1],
          [3, 1],
        ]),
      ];
      return tf.concat([weightPart(gradients, before, after), activationPart(outputs, activation)]);
    });
    const packed = (await values.data()) as Float32Array;
    values.dispose();
    const layout = { step: 7, names: ['dense 1', 'output'], activationSizes: [6, 4], kernelSizes: [6, 6], activation };
    return unpackHealth(packed, layout);
  }

  it('reads back norms, the update ratio, activation moments and saturation, checked by hand', async () => {
    const before = tf.memory().numTensors;
    const [dense, output] = await probe('sigmoid', [
      [0, 0.005, 0.5],
      [0, 0.995, 0.2],
    ]);
    expect(tf.memory().numTensors).toBe(before);
    // ‖[0, 2]‖ = 2; ‖[3, 4]‖ = 5; ‖after − before‖ = 0.5, so the update ratio is 0.5 / 5.
    expect(dense!.gradientNorm).toBeCloseTo(2, 6);
    expect(dense!.weightNorm).toBeCloseTo(5, 6);
    expect(dense!.updateRatio).toBeCloseTo(0.1, 6);
    // Mean 1.7 / 6; population variance 1.28005 / 6 − (1.7 / 6)² = 0.1330639.
    expect(dense!.activationMean).toBeCloseTo(1.7 / 6, 6);
    expect(dense!.activationStd).toBeCloseTo(Math.sqrt(0.1330639), 5);
    // 0, 0.005, 0 and 0.995 are within 0.01 of the sigmoid's limits: 4 of 6.
    expect(dense!.saturatedFraction).toBeCloseTo(4 / 6, 6);
    expect(dense!.deadFraction).toBeNull();
    expect(dense!.nonFinite).toEqual([]);
    expect(dense!.activationHistogram.counts.reduce((a, b) => a + b, 0)).toBe(6);
    expect(dense!.weightHistogram).toMatchObject({ min: 0, max: 4 });
    // Logits [[1, −1], [3, 1]]: mean 1, std √2; the output layer is never dead or saturated.
    expect(output!.activationMean).toBeCloseTo(1, 6);
    expect(output!.activationStd).toBeCloseTo(Math.SQRT2, 5);
    expect(output!.saturatedFraction).toBeNull();
    expect(output!.nonFinite).toEqual(['gradient']);
  });

  it('counts a ReLU unit dead only when it is zero for every example of the batch', async () => {
    // Unit 1 is zero on both examples; unit 2 on one; unit 3 on none: 1 of 3 dead.
    const [dense] = await probe('relu', [
      [0, 0, 0.5],
      [0, 2, 0.2],
    ]);
    expect(dense!.deadFraction).toBeCloseTo(1 / 3, 6);
    expect(dense!.saturatedFraction).toBeNull();
  });

  it('counts tanh outputs within 0.01 of ±1 as saturated', async () => {
    const [dense] = await probe('tanh', [
      [-0.995, 0.98, 0.5],
      [0.999, 0, -0.2],
    ]);
    expect(dense!.saturatedFraction).toBeCloseTo(2 / 6, 6);
  });
});
