import { describe, expect, it } from 'vitest';
import { classCounts } from './dataset';
import { mulberry32, splitOff, stratifiedTestMask } from './split';

// 60 of class 0, 30 of class 1, 10 of class 2, interleaved.
const labels = Uint8Array.from({ length: 100 }, (_, i) => (i % 10 < 6 ? 0 : i % 10 < 9 ? 1 : 2));

describe('stratifiedTestMask', () => {
  it('gives each class round(ratio × its count) test examples: 20% of 60, 30, 10 is 12, 6, 2', () => {
    const mask = stratifiedTestMask(labels, 0.2, 7);
    const test = labels.filter((_, i) => mask[i] === 1);
    expect(classCounts(test, 3)).toEqual([12, 6, 2]);
  });

  it('draws the same split from the same seed, and another from another seed', () => {
    const a = Array.from(stratifiedTestMask(labels, 0.2, 7));
    expect(Array.from(stratifiedTestMask(labels, 0.2, 7))).toEqual(a);
    expect(Array.from(stratifiedTestMask(labels, 0.2, 8))).not.toEqual(a);
  });

  it('keeps at least one example of each class for training', () => {
    const mask = stratifiedTestMask(Uint8Array.of(0, 1, 1), 0.9, 1);
    expect(mask[0]).toBe(0);
    expect(mask[1]! + mask[2]!).toBe(1);
  });

  it('refuses a ratio outside [0, 1)', () => {
    expect(() => stratifiedTestMask(labels, 1, 0)).toThrow(RangeError);
  });
});

describe('splitOff', () => {
  it('moves each image with its label, in file order', () => {
    // Image i is two bytes [i, i]; labels alternate 0, 1.
    const split = {
      count: 6,
      images: Uint8Array.from({ length: 12 }, (_, k) => k >> 1),
      labels: Uint8Array.of(0, 1, 0, 1, 0, 1),
    };
    const { train, test } = splitOff(split, 2, 1 / 3, 3);
    expect([train.count, test.count]).toEqual([4, 2]);
    for (const part of [train, test]) {
      for (let k = 0; k < part.count; k++) {
        const index = part.images[2 * k]!;
        expect(part.images[2 * k + 1]).toBe(index);
        expect(part.labels[k]).toBe(index % 2);
      }
      const order = Array.from({ length: part.count }, (_, k) => part.images[2 * k]!);
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });
});

describe('mulberry32', () => {
  it('gives the reference first outputs for seed 0', () => {
    // The C reference's first output for seed 0 is 1144304738 (0.26642920868471265 as a float).
    const random = mulberry32(0);
    const first = Math.floor(random() * 2 ** 32);
    expect(first).toBe(1144304738);
  });
});
