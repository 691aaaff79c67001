import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { tf } from './tf';
import type { UpdateRuleSpec } from './trainingSpec';
import { UpdateRule } from './updateRules';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** Runs `spec` on w = [1, −2] with the given gradient per step; returns w after each step. */
async function trace(spec: UpdateRuleSpec, gradients: number[][], lr = 0.1): Promise<number[][]> {
  const initial = tf.tensor1d([1, -2]);
  const w = tf.variable(initial);
  initial.dispose();
  const rule = new UpdateRule(spec);
  const out: number[][] = [];
  for (const g of gradients) {
    const grad = tf.tensor1d(g);
    rule.apply([w], [grad], lr);
    grad.dispose();
    out.push(Array.from(await w.data()));
  }
  rule.dispose();
  w.dispose();
  return out;
}

function expectClose(actual: number[][], expected: number[][]) {
  expect(actual.length).toBe(expected.length);
  actual.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(expected[i]![j]!, 5)));
}

const g1 = [0.5, -1];
const g2 = [-0.25, 2];

describe('update rules, one and several steps against hand-computed values (lr 0.1)', () => {
  it('SGD: w − lr·g', async () => {
    expectClose(await trace({ kind: 'sgd' }, [g1, g2]), [
      [0.95, -1.9], // 1 − 0.05, −2 + 0.1
      [0.975, -2.1], // 0.95 + 0.025, −1.9 − 0.2
    ]);
  });

  it('momentum (β 0.9): m = β·m − lr·g, w += m', async () => {
    expectClose(await trace({ kind: 'momentum', beta: 0.9 }, [g1, g1, g1]), [
      [0.95, -1.9], // m = −0.05, 0.1
      [0.855, -1.71], // m = −0.095, 0.19
      [0.7195, -1.439], // m = −0.1355, 0.271
    ]);
  });

  it('Nesterov (β 0.9) steps by β·m − lr·g and differs from plain momentum', async () => {
    const nesterov = await trace({ kind: 'nesterov', beta: 0.9 }, [g1, g1]);
    expectClose(nesterov, [
      [0.905, -1.81], // m = −0.05; step = 0.9·(−0.05) − 0.05 = −0.095;  m = 0.1; step = 0.19
      [0.7695, -1.539], // m = −0.095; step = −0.1355;  m = 0.19; step = 0.271
    ]);
    const momentum = await trace({ kind: 'momentum', beta: 0.9 }, [g1, g1]);
    expect(nesterov[1]![0]).toBeLessThan(momentum[1]![0]!); // it has moved further along the same direction
  });

  it('AdaGrad (accumulator from 0.1): s += g², w −= lr·g/(√s + ε)', async () => {
    expectClose(await trace({ kind: 'adagrad', initialAccumulator: 0.1, epsilon: 1e-7 }, [g1, g2]), [
      [1 - 0.05 / Math.sqrt(0.35), -2 + 0.1 / Math.sqrt(1.1)],
      [1 - 0.05 / Math.sqrt(0.35) + 0.025 / Math.sqrt(0.4125), -2 + 0.1 / Math.sqrt(1.1) - 0.2 / Math.sqrt(5.1)],
    ]);
  });

  it('RMSProp (ρ 0.9): s = ρ·s + (1−ρ)·g², w −= lr·g/(√s + ε)', async () => {
    // s₁ = 0.025, 0.1;  s₂ = 0.9·0.025 + 0.1·0.0625 = 0.02875,  0.9·0.1 + 0.1·4 = 0.49
    expectClose(await trace({ kind: 'rmsprop', rho: 0.9, epsilon: 1e-7 }, [g1, g2]), [
      [1 - 0.05 / Math.sqrt(0.025), -2 + 0.1 / Math.sqrt(0.1)],
      [1 - 0.05 / Math.sqrt(0.025) + 0.025 / Math.sqrt(0.02875), -2 + 0.1 / Math.sqrt(0.1) - 0.2 / 0.7],
    ]);
  });

  it('Adam (0.9, 0.999): the first step is lr·sign(g); the second uses bias-corrected moments', async () => {
    // Step 2, first weight: m = 0.9·0.05 + 0.1·(−0.25) = 0.02, m̂ = 0.02/0.19;
    // s = 0.999·0.00025 + 0.001·0.0625 = 0.00031225, ŝ = 0.00031225/0.001999.
    const m2 = 0.02 / 0.19;
    const s2 = 0.00031225 / (1 - 0.999 ** 2);
    // Second weight: m = 0.9·(−0.1) + 0.1·2 = 0.11; s = 0.999·0.001 + 0.001·4 = 0.004999.
    const m2b = 0.11 / 0.19;
    const s2b = 0.004999 / (1 - 0.999 ** 2);
    expectClose(await trace({ kind: 'adam', beta1: 0.9, beta2: 0.999, epsilon: 1e-7 }, [g1, g2]), [
      [0.9, -1.9],
      [0.9 - (0.1 * m2) / Math.sqrt(s2), -1.9 - (0.1 * m2b) / Math.sqrt(s2b)],
    ]);
  });

  it('Adam agrees with TF.js’s own Adam over several steps', async () => {
    const ours = await trace({ kind: 'adam', beta1: 0.9, beta2: 0.999, epsilon: 1e-7 }, [g1, g2, g1, g2], 0.01);
    const w = tf.variable(tf.tensor1d([1, -2]));
    const reference = tf.train.adam(0.01, 0.9, 0.999, 1e-7);
    const theirs: number[][] = [];
    for (const g of [g1, g2, g1, g2]) {
      const gradient = tf.tensor1d(g);
      reference.applyGradients([{ name: w.name, tensor: gradient }]);
      gradient.dispose();
      theirs.push(Array.from(await w.data()));
    }
    reference.dispose();
    w.dispose();
    expectClose(ours, theirs);
  });

  it('Adamax: u = max(β2·u, |g|), w −= lr/(1−β1ᵗ)·m/(u + ε)', async () => {
    // Step 1: m = 0.05, u = 0.5 → w = 1 − 0.1/0.1·0.05/0.5 = 0.9;  second: m = −0.1, u = 1 → −1.9.
    // Step 2: m = 0.02, u = max(0.4995, 0.25) = 0.4995, lr/(1−0.81) = 0.1/0.19;
    //         second: m = 0.11, u = max(0.999, 2) = 2.
    expectClose(await trace({ kind: 'adamax', beta1: 0.9, beta2: 0.999, epsilon: 1e-7 }, [g1, g2]), [
      [0.9, -1.9],
      [0.9 - ((0.1 / 0.19) * 0.02) / 0.4995, -1.9 - ((0.1 / 0.19) * 0.11) / 2],
    ]);
  });

  it('Nadam: m̄ = β1·m/(1−β1ᵗ⁺¹) + (1−β1)·g/(1−β1ᵗ), and it differs from Adam', async () => {
    // Step 1: m = 0.05, s = 0.00025, ŝ = 0.25; m̄ = 0.9·0.05/(1−0.81) + 0.1·0.5/0.1 = 0.236842… + 0.5
    const mBar1 = (0.9 * 0.05) / 0.19 + 0.5;
    const mBar1b = (0.9 * -0.1) / 0.19 - 1;
    const nadam = await trace({ kind: 'nadam', beta1: 0.9, beta2: 0.999, epsilon: 1e-7 }, [g1]);
    expectClose(nadam, [[1 - (0.1 * mBar1) / 0.5, -2 - (0.1 * mBar1b) / 1]]);
    expect(nadam[0]![0]).not.toBeCloseTo(0.9, 3);
  });

  it('keeps its slots between steps and frees them on dispose', async () => {
    const before = tf.memory().numTensors;
    await trace({ kind: 'adam', beta1: 0.9, beta2: 0.999, epsilon: 1e-7 }, [g1, g2, g1]);
    expect(tf.memory().numTensors).toBe(before);
  });
});
