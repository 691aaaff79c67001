import { describe, expect, it } from 'vitest';
import { smooth } from './smoothing';

describe('smooth (debiased EMA)', () => {
  it('matches the formula by hand for β = 0.5', () => {
    // s1 = 0.5·0 + 0.5·4 = 2 → 2/(1−0.5) = 4
    // s2 = 0.5·2 + 0.5·2 = 2 → 2/(1−0.25) = 8/3
    // s3 = 0.5·2 + 0.5·8 = 5 → 5/(1−0.125) = 40/7
    const [a, b, c] = smooth([4, 2, 8], 0.5);
    expect(a).toBeCloseTo(4, 12);
    expect(b).toBeCloseTo(8 / 3, 12);
    expect(c).toBeCloseTo(40 / 7, 12);
  });

  it('is the identity at β = 0 and keeps a constant series constant at any β', () => {
    expect(smooth([3, 1, 2], 0)).toEqual([3, 1, 2]);
    for (const v of smooth([2, 2, 2, 2], 0.9)) expect(v).toBeCloseTo(2, 12);
  });

  it('passes NaN and Infinity through where they happened, without poisoning later points', () => {
    const out = smooth([1, NaN, 1, Infinity, 1], 0.9);
    expect(out[1]).toBeNaN();
    expect(out[3]).toBe(Infinity);
    expect(out[4]).toBeCloseTo(1, 12);
  });
});
