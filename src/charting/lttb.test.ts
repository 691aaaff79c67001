import { describe, expect, it } from 'vitest';
import { lttb } from './lttb';

describe('lttb', () => {
  it('returns every point when there are fewer than the threshold', () => {
    expect(lttb([1, 2, 3], [5, 6, 7], 10)).toEqual([
      { x: 1, y: 5 },
      { x: 2, y: 6 },
      { x: 3, y: 7 },
    ]);
  });

  it('keeps the first and last points and returns exactly `threshold` points', () => {
    const xs = Array.from({ length: 1000 }, (_, i) => i);
    const ys = xs.map((x) => Math.sin(x / 50));
    const out = lttb(xs, ys, 100);
    expect(out).toHaveLength(100);
    expect(out[0]).toEqual({ x: 0, y: 0 });
    expect(out.at(-1)).toEqual({ x: 999, y: Math.sin(999 / 50) });
  });

  it('keeps a single spike that a stride would skip', () => {
    const xs = Array.from({ length: 1000 }, (_, i) => i);
    const ys = xs.map((x) => (x === 437 ? 50 : 1));
    expect(lttb(xs, ys, 50).some((p) => p.x === 437 && p.y === 50)).toBe(true);
  });

  it('picks the largest triangle by hand on a tiny series', () => {
    // 5 points, threshold 4: buckets of 1.5 points → bucket 0 = [1], bucket 1 = [2, 3].
    // Bucket 0 has one candidate (x=1). Bucket 1: a = (1, 0), next mean = (4, 0);
    // areas ∝ |(1-4)(y-0) - (1-x)(0-0)| = 3|y| → y=9 at x=3 beats y=2 at x=2.
    expect(lttb([0, 1, 2, 3, 4], [0, 0, 2, 9, 0], 4)).toEqual([
      { x: 0, y: 0 },
      { x: 1, y: 0 },
      { x: 3, y: 9 },
      { x: 4, y: 0 },
    ]);
  });
});
