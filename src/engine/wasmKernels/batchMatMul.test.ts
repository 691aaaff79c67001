import { beforeAll, describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { differences, randomTensor, runKernelOn, startBothBackends } from './backendParity.testkit';

beforeAll(async () => {
  await startBothBackends(`${process.cwd()}/node_modules/@tensorflow/tfjs-backend-wasm/dist/`);
});

/** Sums of up to 64 products, in another order: observed < 1e-6 of the largest value; bound 1e-5. */
const RELATIVE_BOUND = 1e-5;

describe('wasm BatchMatMul', () => {
  it.each(Array.from({ length: 24 }, (_, i) => i + 1))(
    'matches the CPU kernel, all four transpose flags (seed %i)',
    (seed) => {
      const random = createRandom(seed);
      const [m, k, n] = [1 + random.int(40), 1 + random.int(64), 1 + random.int(40)];
      // Rank 2, or rank 3 with a batch (broadcast when one side's batch is 1).
      const batch = random.int(2) ? [] : [1 + random.int(3)];
      const otherBatch = batch.length && random.int(2) ? [1] : batch;
      for (const transposeA of [false, true]) {
        for (const transposeB of [false, true]) {
          const a = randomTensor([...batch, ...(transposeA ? [k, m] : [m, k])], seed * 10);
          const b = randomTensor([...otherBatch, ...(transposeB ? [n, k] : [k, n])], seed * 10 + 1);
          const attrs = { transposeA, transposeB };
          const wasm = runKernelOn('wasm', 'BatchMatMul', { a, b }, attrs);
          const cpu = runKernelOn('cpu', 'BatchMatMul', { a, b }, attrs);
          expect(wasm.shape).toEqual(cpu.shape);
          const { maxAbs, scale } = differences(wasm.values, cpu.values);
          expect(maxAbs, `transposeA ${transposeA}, transposeB ${transposeB}`).toBeLessThanOrEqual(
            RELATIVE_BOUND * Math.max(1, scale),
          );
        }
      }
    },
  );
});
