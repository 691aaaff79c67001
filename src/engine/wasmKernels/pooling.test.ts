// Pooling on wasm against the CPU backend: the forward kernels and AvgPoolGrad are TF.js's, MaxPoolGrad is ours.
import { beforeAll, describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { differences, randomTensor, runKernelOn, startBothBackends, type HostTensor } from './backendParity.testkit';

beforeAll(async () => {
  await startBothBackends(`${process.cwd()}/node_modules/@tensorflow/tfjs-backend-wasm/dist/`);
});

interface PoolCase {
  x: HostTensor;
  filterSize: [number, number];
  strides: [number, number];
  pad: 'same' | 'valid';
}

/**
 * Batch 1–3, sizes 1–9, 1–6 channels, windows 1–3 with strides 1–3, 'same' or 'valid'. Inputs are rounded to
 * halves and shifted down, so windows hold ties and some are all negative (where TF.js's kernel went wrong).
 */
function randomPoolCase(seed: number): PoolCase {
  const random = createRandom(seed);
  const filterSize: [number, number] = [1 + random.int(3), 1 + random.int(3)];
  const shape = [1 + random.int(3), filterSize[0] + random.int(8), filterSize[1] + random.int(8), 1 + random.int(6)];
  const x = randomTensor(shape, seed + 1);
  x.values = x.values.map((v) => Math.round(v * 2) / 2 - 0.5);
  return { x, filterSize, strides: [1 + random.int(3), 1 + random.int(3)], pad: random.int(2) ? 'same' : 'valid' };
}

/** Our models' pooling: 2×2, stride 2, 'valid', on odd and even sizes. */
const MODEL_POOL_CASES: PoolCase[] = [
  [4, 28, 28, 16],
  [4, 14, 14, 32],
  [2, 7, 7, 8],
  [3, 12, 11, 5],
].map((shape, i) => ({ x: randomTensor(shape, i), filterSize: [2, 2], strides: [2, 2], pad: 'valid' }));

const cases = [...Array.from({ length: 40 }, (_, i) => randomPoolCase(i + 1)), ...MODEL_POOL_CASES];
const named = cases.map(
  (c) => [`x ${c.x.shape.join('×')}, ${c.filterSize.join('×')} / ${c.strides.join(',')} ${c.pad}`, c] as const,
);

/** Max pooling moves values, exactly; gradients add up at most 9 overlapping windows' values. */
const BOUND = 1e-6;

function expectAgreement(kernel: string, inputs: Record<string, HostTensor>, attrs: object) {
  const wasm = runKernelOn('wasm', kernel, inputs, attrs);
  const cpu = runKernelOn('cpu', kernel, inputs, attrs);
  expect(wasm.shape).toEqual(cpu.shape);
  const { maxAbs, scale } = differences(wasm.values, cpu.values);
  expect(maxAbs).toBeLessThanOrEqual(BOUND * Math.max(1, scale));
}

describe('pooling on wasm', () => {
  it.each(named)('MaxPool, MaxPoolGrad, AvgPool and AvgPoolGrad match the CPU kernels: %s', (_, c) => {
    const attrs = { filterSize: c.filterSize, strides: c.strides, pad: c.pad };
    const output = runKernelOn('cpu', 'MaxPool', { x: c.x }, attrs);
    const dy = randomTensor(output.shape, 99);
    expectAgreement('MaxPool', { x: c.x }, attrs);
    expectAgreement('MaxPoolGrad', { dy, input: c.x, output }, attrs);
    expectAgreement('AvgPool', { x: c.x }, attrs);
    expectAgreement('AvgPoolGrad', { dy, input: c.x }, attrs);
  });

  it('has ties, all-negative windows and overlapping windows among the random cases', () => {
    const random = cases.slice(0, 40);
    expect(random.some((c) => c.strides[0] < c.filterSize[0] || c.strides[1] < c.filterSize[1])).toBe(true);
    expect(random.every((c) => c.x.values.some((v) => v < 0) && new Set(c.x.values).size < c.x.values.length)).toBe(
      true,
    );
  });

  it('sends a window of negative values its gradient at the maximum, not the first input', () => {
    // One 2×2 window, two channels: channel 0's maximum −1 is third, channel 1's −0.5 second.
    const x = { values: Float32Array.from([-3, -2, -4, -0.5, -1, -7, -2, -9]), shape: [1, 2, 2, 2] };
    const dy = { values: Float32Array.from([10, 20]), shape: [1, 1, 1, 2] };
    const output = { values: Float32Array.from([-1, -0.5]), shape: [1, 1, 1, 2] };
    const wasm = runKernelOn(
      'wasm',
      'MaxPoolGrad',
      { dy, input: x, output },
      { filterSize: 2, strides: 2, pad: 'valid' },
    );
    expect(Array.from(wasm.values)).toEqual([0, 0, 0, 20, 10, 0, 0, 0]);
  });
});
