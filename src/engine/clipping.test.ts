import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { clipGradients } from './clipping';
import type { Clipping } from './trainingSpec';
import { tf } from './tf';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

async function clip(gradients: number[][], clipping: Clipping): Promise<number[][]> {
  const tensors = gradients.map((g) => tf.tensor1d(g));
  const clipped = tf.tidy(() => clipGradients(tensors, clipping));
  const out = await Promise.all(clipped.map(async (t) => Array.from(await t.data())));
  tf.dispose([...tensors, ...clipped]);
  return out;
}

describe('clipGradients', () => {
  it('by value: [100, 1] at 1 gives [1, 1] (the direction changes)', async () => {
    expect(await clip([[100, 1]], { kind: 'value', threshold: 1 })).toEqual([[1, 1]]);
    expect(await clip([[-5, 0.5, 3]], { kind: 'value', threshold: 2 })).toEqual([[-2, 0.5, 2]]);
  });

  it('by global norm: [100, 1] at 1 keeps the direction and has norm 1', async () => {
    const [[a, b]] = (await clip([[100, 1]], { kind: 'globalNorm', threshold: 1 })) as [[number, number]];
    const norm = Math.sqrt(100 ** 2 + 1);
    expect(a).toBeCloseTo(100 / norm, 6);
    expect(b).toBeCloseTo(1 / norm, 6);
    expect(Math.hypot(a, b)).toBeCloseTo(1, 6);
    expect(a / b).toBeCloseTo(100, 3);
  });

  it('by global norm measures all gradients together: [3] and [4] have norm 5', async () => {
    const out = await clip([[3], [4]], { kind: 'globalNorm', threshold: 1 });
    expect(out[0]![0]).toBeCloseTo(0.6, 6);
    expect(out[1]![0]).toBeCloseTo(0.8, 6);
  });

  it('leaves gradients under the threshold alone', async () => {
    expect(await clip([[0.3, 0.4]], { kind: 'globalNorm', threshold: 1 })).toEqual([
      [0.30000001192092896, 0.4000000059604645],
    ]);
    expect(await clip([[0.3, -0.4]], { kind: 'value', threshold: 1 })).toEqual([
      [0.30000001192092896, -0.4000000059604645],
    ]);
  });

  it('passes gradients through unchanged when off', async () => {
    expect(await clip([[100, 1]], { kind: 'none' })).toEqual([[100, 1]]);
  });
});
