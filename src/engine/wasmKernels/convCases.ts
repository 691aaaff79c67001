// Random convolution shapes for the kernel tests, drawn from a seed: batch, size, channels, filter, strides and
// padding, within what a valid convolution allows. Not used by the app.
import { backend_util } from '@tensorflow/tfjs-core';
import { createRandom } from '../random';

export type ConvPadding = 'same' | 'valid' | [[0, 0], [number, number], [number, number], [0, 0]];

export interface ConvCase {
  inputShape: [number, number, number, number];
  filterShape: [number, number, number, number];
  strides: [number, number];
  pad: ConvPadding;
  /** The forward convolution's output shape (dy's shape). */
  outShape: [number, number, number, number];
}

export function convCase(
  inputShape: ConvCase['inputShape'],
  filterShape: ConvCase['filterShape'],
  strides: ConvCase['strides'],
  pad: ConvPadding,
): ConvCase {
  const info = backend_util.computeConv2DInfo(inputShape, filterShape, strides, 1, pad);
  return { inputShape, filterShape, strides, pad, outShape: info.outShape };
}

/** Batch 1–4, filters 1×1 to 5×5, strides 1–3, 'same', 'valid' or explicit padding (0–2 per side). */
export function randomConvCase(seed: number): ConvCase {
  const random = createRandom(seed);
  const [fh, fw] = [1 + random.int(5), 1 + random.int(5)];
  const inputShape: ConvCase['inputShape'] = [
    1 + random.int(4),
    fh + random.int(9),
    fw + random.int(9),
    1 + random.int(6),
  ];
  const filterShape: ConvCase['filterShape'] = [fh, fw, inputShape[3], 1 + random.int(6)];
  const strides: ConvCase['strides'] = [1 + random.int(3), 1 + random.int(3)];
  const kind = random.int(3);
  const pad: ConvPadding =
    kind === 0
      ? 'same'
      : kind === 1
        ? 'valid'
        : [
            [0, 0],
            [random.int(3), random.int(3)],
            [random.int(3), random.int(3)],
            [0, 0],
          ];
  return convCase(inputShape, filterShape, strides, pad);
}

/** The convolutions of our CNNs (28×28 MNIST, 'same', stride 1, 3×3 or 5×5) at a small batch. */
export const MODEL_CONV_CASES: readonly ConvCase[] = [
  convCase([4, 28, 28, 1], [3, 3, 1, 16], [1, 1], 'same'),
  convCase([4, 14, 14, 16], [3, 3, 16, 32], [1, 1], 'same'),
  convCase([2, 28, 28, 8], [5, 5, 8, 8], [1, 1], 'same'),
  convCase([2, 7, 7, 32], [5, 5, 32, 4], [1, 1], 'same'),
];

/** Shapes where the filter meets only padding along one axis (its gradient is all zeros), and odd edges. */
export const EDGE_CONV_CASES: readonly ConvCase[] = [
  convCase(
    [2, 2, 2, 2],
    [1, 1, 2, 4],
    [3, 3],
    [
      [0, 0],
      [0, 2],
      [1, 0],
      [0, 0],
    ],
  ),
  convCase([1, 5, 7, 3], [5, 1, 3, 2], [2, 3], 'valid'),
  convCase([3, 1, 1, 1], [1, 1, 1, 1], [1, 1], 'same'),
];

export function describeCase(c: ConvCase): string {
  const pad = typeof c.pad === 'string' ? c.pad : `pad ${JSON.stringify(c.pad.slice(1, 3))}`;
  return `x ${c.inputShape.join('×')}, filter ${c.filterShape.join('×')}, strides ${c.strides.join(',')}, ${pad}`;
}
