import { beforeAll, describe, expect, it } from 'vitest';
import { differences, randomTensor, runKernelOn, startBothBackends } from './backendParity.testkit';
import { describeCase, EDGE_CONV_CASES, MODEL_CONV_CASES, randomConvCase, type ConvCase } from './convCases';

beforeAll(async () => {
  await startBothBackends(`${process.cwd()}/node_modules/@tensorflow/tfjs-backend-wasm/dist/`);
});

/**
 * Float32 sums of up to ~3,000 products (28×28 × batch 4) in a different order: observed differences stay below
 * 1e-6 of the largest value; the bound allows 2e-5 of it (at least 2e-5 absolute).
 */
const RELATIVE_BOUND = 2e-5;

function filterGradient(backend: 'wasm' | 'cpu', c: ConvCase, seed: number) {
  return runKernelOn(
    backend,
    'Conv2DBackpropFilter',
    { x: randomTensor(c.inputShape, seed), dy: randomTensor(c.outShape, seed + 1) },
    { strides: c.strides, pad: c.pad, dataFormat: 'NHWC', filterShape: c.filterShape },
  );
}

function expectSameAsCpu(c: ConvCase, seed: number) {
  const wasm = filterGradient('wasm', c, seed);
  const cpu = filterGradient('cpu', c, seed);
  expect(wasm.shape).toEqual(c.filterShape);
  const { maxAbs, scale } = differences(wasm.values, cpu.values);
  expect(maxAbs, describeCase(c)).toBeLessThanOrEqual(RELATIVE_BOUND * Math.max(1, scale));
}

describe('wasm Conv2DBackpropFilter', () => {
  it.each(Array.from({ length: 40 }, (_, i) => i + 1))('matches the CPU kernel on random shapes (seed %i)', (seed) => {
    expectSameAsCpu(randomConvCase(seed), seed * 1000);
  });

  it.each(MODEL_CONV_CASES.map((c) => [describeCase(c), c] as const))('matches the CPU kernel on %s', (_, c) => {
    expectSameAsCpu(c, 7);
  });

  it.each(EDGE_CONV_CASES.map((c) => [describeCase(c), c] as const))('matches the CPU kernel on %s', (_, c) => {
    expectSameAsCpu(c, 11);
  });

  it('gives exact zeros where the filter meets only padding', () => {
    const c = EDGE_CONV_CASES[0]!;
    expect(Array.from(filterGradient('wasm', c, 3).values)).toEqual(new Array(8).fill(0));
  });

  it('covers strides, paddings and filter shapes in the random cases', () => {
    const cases = Array.from({ length: 40 }, (_, i) => randomConvCase(i + 1));
    expect(new Set(cases.map((c) => (typeof c.pad === 'string' ? c.pad : 'explicit')))).toEqual(
      new Set(['same', 'valid', 'explicit']),
    );
    expect(cases.some((c) => c.strides[0] > 1 && c.strides[1] > 1)).toBe(true);
    expect(cases.some((c) => c.filterShape[0] !== c.filterShape[1])).toBe(true);
  });

  it('refuses channels-first data by name', () => {
    const c = MODEL_CONV_CASES[0]!;
    expect(() =>
      runKernelOn(
        'wasm',
        'Conv2DBackpropFilter',
        { x: randomTensor(c.inputShape, 1), dy: randomTensor(c.outShape, 2) },
        { strides: 1, pad: 'same', dataFormat: 'NCHW', filterShape: c.filterShape },
      ),
    ).toThrow(/NHWC only/);
  });
});
