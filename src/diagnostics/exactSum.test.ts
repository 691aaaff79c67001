import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExactMoments, exactMean, exactStd, SlidingWindow } from './exactSum';

// Each number is m·2^-e with |m| < 2^53 and 0 ≤ e ≤ 60, so m·2^(60−e) is its exact value scaled by 2^60 as a
// BigInt, and BigInt → Number rounds correctly (to nearest, ties to even): an independent exact reference.
const SCALE = 60;
const scaled = fc.record({
  m: fc.bigInt({ min: -(2n ** 53n) + 1n, max: 2n ** 53n - 1n }),
  e: fc.integer({ min: 0, max: SCALE }),
});
type Scaled = { m: bigint; e: number };
const toNumber = ({ m, e }: Scaled) => Number(m) / 2 ** e;
const exact = ({ m, e }: Scaled) => m << BigInt(SCALE - e);
const sumOf = (xs: Scaled[]) => xs.reduce((a, x) => a + exact(x), 0n);

/** The correctly rounded exact sum, divided by the count: what mean() must give. */
const expectedMean = (xs: Scaled[]) => Number(sumOf(xs)) / 2 ** SCALE / xs.length;
/** count·Σx² − (Σx)², exact, rounded once, divided by count²: what variance() must give. */
function expectedVariance(xs: Scaled[]): number {
  const k = BigInt(xs.length);
  const s = sumOf(xs);
  const q = xs.reduce((a, x) => a + exact(x) * exact(x), 0n);
  return Math.max(0, Number(k * q - s * s) / 2 ** (2 * SCALE)) / (xs.length * xs.length);
}

describe('ExactMoments', () => {
  it('rounds the exact sum once, where adding in order loses the small term', () => {
    expect([1e16, 1, -1e16].reduce((a, b) => a + b, 0)).toBe(0);
    expect(exactMean([1e16, 1, -1e16])).toBe(1 / 3);
    expect(exactMean([])).toBeNaN();
    expect(exactStd([2, 4, 4, 4, 5, 5, 7, 9])).toBe(2);
  });

  it('gives the correctly rounded mean and variance of any numbers, in any order', () => {
    fc.assert(
      fc.property(fc.array(scaled, { minLength: 1, maxLength: 60 }), (xs) => {
        const forward = new ExactMoments(true);
        const backward = new ExactMoments(true);
        xs.forEach((x) => forward.add(toNumber(x)));
        xs.toReversed().forEach((x) => backward.add(toNumber(x)));
        expect(forward.mean()).toBe(expectedMean(xs));
        expect(forward.variance()).toBe(expectedVariance(xs));
        expect([backward.mean(), backward.variance()]).toEqual([forward.mean(), forward.variance()]);
      }),
      { numRuns: 500 },
    );
  });

  it('after removals, equals the moments of what is left', () => {
    fc.assert(
      fc.property(fc.array(scaled, { minLength: 2, maxLength: 60 }), fc.nat(), (xs, cut) => {
        const keep = 1 + (cut % (xs.length - 1));
        const moments = new ExactMoments(true);
        xs.forEach((x) => moments.add(toNumber(x)));
        xs.slice(keep).forEach((x) => moments.remove(toNumber(x)));
        const left = xs.slice(0, keep);
        expect(moments.count).toBe(keep);
        expect(moments.mean()).toBe(expectedMean(left));
        expect(moments.variance()).toBe(expectedVariance(left));
      }),
      { numRuns: 500 },
    );
  });
});

describe('SlidingWindow', () => {
  it('holds the moments of the slice it covers, however its bounds move', () => {
    const bounds = fc.array(fc.tuple(fc.nat(80), fc.nat(80)), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(fc.array(scaled, { minLength: 80, maxLength: 80 }), bounds, (xs, moves) => {
        const values = xs.map(toNumber);
        const window = new SlidingWindow(new ExactMoments(true));
        // Mostly forward, like the loss rules' windows; sometimes back, which must start afresh.
        for (const [a, b] of moves) {
          const [lo, hi] = [Math.min(a, b), Math.max(a, b)];
          window.cover(values, lo, hi);
          const slice = xs.slice(lo, hi);
          expect(window.moments.count).toBe(hi - lo);
          if (lo === hi) continue;
          expect(window.moments.mean()).toBe(expectedMean(slice));
          expect(window.moments.variance()).toBe(expectedVariance(slice));
        }
      }),
      { numRuns: 300 },
    );
  });
});
