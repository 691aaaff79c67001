import { beforeAll, describe, expect, it } from 'vitest';
import { differences, randomTensor, runKernelOn, startBothBackends } from './backendParity.testkit';
import { transposedPadding } from './conv2dBackpropInput';
import { describeCase, EDGE_CONV_CASES, MODEL_CONV_CASES, randomConvCase, type ConvCase } from './convCases';

beforeAll(async () => {
  await startBothBackends(`${process.cwd()}/node_modules/@tensorflow/tfjs-backend-wasm/dist/`);
});

/** As for the filter gradient: float32 sums in another order, observed < 1e-6 of the largest value; bound 2e-5. */
const RELATIVE_BOUND = 2e-5;

const attrsOf = (c: ConvCase) => ({
  strides: c.strides,
  pad: c.pad,
  dataFormat: 'NHWC' as const,
  inputShape: c.inputShape,
});

function inputGradient(backend: 'wasm' | 'cpu', c: ConvCase, seed: number) {
  return runKernelOn(
    backend,
    'Conv2DBackpropInput',
    { dy: randomTensor(c.outShape, seed), filter: randomTensor(c.filterShape, seed + 1) },
    attrsOf(c),
  );
}

function expectSameAsCpu(c: ConvCase, seed: number) {
  const wasm = inputGradient('wasm', c, seed);
  const cpu = inputGradient('cpu', c, seed);
  expect(wasm.shape).toEqual(c.inputShape);
  const { maxAbs, scale } = differences(wasm.values, cpu.values);
  expect(maxAbs, describeCase(c)).toBeLessThanOrEqual(RELATIVE_BOUND * Math.max(1, scale));
}

const randomCases = Array.from({ length: 40 }, (_, i) => randomConvCase(i + 101));

describe('wasm Conv2DBackpropInput', () => {
  it.each(randomCases.map((c, i) => [i + 101, c] as const))(
    'matches the CPU kernel on random shapes (seed %i)',
    (seed, c) => {
      expectSameAsCpu(c, seed * 1000);
    },
  );

  it.each([...MODEL_CONV_CASES, ...EDGE_CONV_CASES].map((c) => [describeCase(c), c] as const))(
    'matches the CPU kernel on %s',
    (_, c) => {
      expectSameAsCpu(c, 5);
    },
  );

  it('runs every convolution of our models as a convolution, other strides through TF.js’s kernel', () => {
    for (const c of MODEL_CONV_CASES) expect(transposedPadding(attrsOf(c), c.filterShape)).not.toBeNull();
    // 'same' 3×3: one row of zeros on each side; 'valid' 5×5: four.
    expect(transposedPadding(attrsOf(MODEL_CONV_CASES[0]!), [3, 3, 1, 16])).toEqual([
      [0, 0],
      [1, 1],
      [1, 1],
      [0, 0],
    ]);
    const valid = randomCases.find((c) => c.pad === 'valid' && c.strides[0] === 1 && c.strides[1] === 1);
    if (valid) {
      const [fh, fw] = valid.filterShape;
      expect(transposedPadding(attrsOf(valid), valid.filterShape)).toEqual([
        [0, 0],
        [fh - 1, fh - 1],
        [fw - 1, fw - 1],
        [0, 0],
      ]);
    }
    const strided = randomCases.filter((c) => c.strides[0] > 1 || c.strides[1] > 1);
    expect(strided.length).toBeGreaterThan(0);
    for (const c of strided) expect(transposedPadding(attrsOf(c), c.filterShape)).toBeNull();
    // Both paths appear among the random cases.
    expect(randomCases.some((c) => transposedPadding(attrsOf(c), c.filterShape) !== null)).toBe(true);
  });
});
