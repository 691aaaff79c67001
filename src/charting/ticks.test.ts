import { describe, expect, it } from 'vitest';
import { linearAxis, linearTicks, logAxis, logTicks } from './ticks';

describe('linear ticks', () => {
  it('steps by 1, 2 or 5 × 10^k, the smallest making at most `count` intervals', () => {
    // 130 / 5 = 26 → step 50.
    expect(linearTicks(0, 130)).toEqual([0, 50, 100]);
    // 0.3 / 5 = 0.06 → step 0.1, and 0.1 + 0.2 is written 0.3.
    expect(linearTicks(0, 0.3)).toEqual([0, 0.1, 0.2, 0.3]);
    // 0.3 / 3 = 0.09999999999999999 still takes the step 0.1.
    expect(linearTicks(0, 0.3, 3)).toEqual([0, 0.1, 0.2, 0.3]);
    // 60,000 / 5 = 12,000 → step 20,000.
    expect(linearTicks(0, 60_000)).toEqual([0, 20_000, 40_000, 60_000]);
    // 9 / 5 = 1.8 → step 2; starts at the first multiple inside.
    expect(linearTicks(-3, 6)).toEqual([-2, 0, 2, 4, 6]);
    // 0.75 / 5 = 0.15 → step 0.2.
    expect(linearTicks(0.6, 1.35)).toEqual([0.6, 0.8, 1, 1.2]);
    // A step axis out to 3,750: 750 → step 1,000. An epoch axis to 2: 0.4 → step 0.5.
    expect(linearTicks(0, 3750)).toEqual([0, 1000, 2000, 3000]);
    expect(linearTicks(0, 2)).toEqual([0, 0.5, 1, 1.5, 2]);
    // A learning rate from 0 to 0.003: 0.0006 → step 0.001, each written exactly (not 0.0030000000000000005).
    expect(linearTicks(0, 0.003)).toEqual([0, 0.001, 0.002, 0.003]);
  });

  it('has one tick for one value and none for no range', () => {
    expect(linearTicks(2, 2)).toEqual([2]);
    expect(linearTicks(3, 2)).toEqual([]);
    expect(linearTicks(NaN, 2)).toEqual([]);
  });

  it('widens an axis to the ticks around the data, from 0 for a loss', () => {
    // 2.3 / 5 = 0.46 → step 0.5; 2.3 rounds up to 2.5.
    expect(linearAxis(0.31, 2.3, { fromZero: true })).toEqual({
      domain: [0, 2.5],
      ticks: [0, 0.5, 1, 1.5, 2, 2.5],
    });
    // Accuracy 0.12–0.97: 0.85 / 5 = 0.17 → step 0.2, out to 0 and 1.
    expect(linearAxis(0.12, 0.97)).toEqual({ domain: [0, 1], ticks: [0, 0.2, 0.4, 0.6, 0.8, 1] });
    // 0.905–0.981: 0.076 / 5 = 0.0152 → step 0.02, out to 0.9 and 1.
    expect(linearAxis(0.905, 0.981)).toEqual({ domain: [0.9, 1], ticks: [0.9, 0.92, 0.94, 0.96, 0.98, 1] });
    // A loss that went negative is not cut at 0.
    expect(linearAxis(-0.4, 1.1, { fromZero: true }).domain).toEqual([-0.5, 1.5]);
  });

  it('gives a single value room either side', () => {
    // A constant learning rate from 0: [0, 0.001]; 0.001 / 5 = 0.0002 → step 0.0002.
    expect(linearAxis(0.001, 0.001, { fromZero: true })).toEqual({
      domain: [0, 0.001],
      ticks: [0, 0.0002, 0.0004, 0.0006, 0.0008, 0.001],
    });
    // 0.8 ± 0.4: [0.4, 1.2]; 0.8 / 5 = 0.16 → step 0.2.
    expect(linearAxis(0.8, 0.8).ticks).toEqual([0.4, 0.6, 0.8, 1, 1.2]);
    expect(linearAxis(0, 0).domain).toEqual([-1, 1]);
  });
});

describe('log ticks', () => {
  it('are the powers of ten inside the range when it spans three decades or more', () => {
    expect(logTicks(0.001, 10)).toEqual([0.001, 0.01, 0.1, 1, 10]);
    expect(logTicks(0.0042, 37)).toEqual([0.01, 0.1, 1, 10]);
    // A learning rate decaying from 0.5 to 1e-4: four decades, each exactly a power of ten.
    expect(logTicks(1e-4, 0.5)).toEqual([0.0001, 0.001, 0.01, 0.1]);
  });

  it('thin out to every second or third power over many decades', () => {
    // 10^-8 … 10^4: 13 powers, more than 6 → every ceil(13 / 6) = 3rd exponent.
    expect(logTicks(1e-8, 1e4)).toEqual([1e-6, 1e-3, 1, 1000]);
  });

  it('add 2 and 5 × each power when fewer than three powers fall inside', () => {
    // A loss from 0.31 to 2.3 holds only 10^0.
    expect(logTicks(0.31, 2.3)).toEqual([0.5, 1, 2]);
    expect(logTicks(0.05, 2.3)).toEqual([0.05, 0.1, 0.2, 0.5, 1, 2]);
    expect(logTicks(0.0005, 0.002)).toEqual([0.0005, 0.001, 0.002]);
  });

  it('fall back to round linear steps in a range narrower than 1-2-5 can mark', () => {
    // 0.6–0.9 holds no 1, 2 or 5 × 10^k; 0.3 / 4 = 0.075 → step 0.1.
    expect(logTicks(0.6, 0.9)).toEqual([0.6, 0.7, 0.8, 0.9]);
  });

  it('have nothing to mark without a positive range', () => {
    expect(logTicks(0, 10)).toEqual([]);
    expect(logTicks(2, 1)).toEqual([]);
  });

  it('pad the data by 4% of its log span, or a factor of 2 around one value', () => {
    // 0.01–100 spans 4 decades: 0.16 of a decade either side.
    const { domain, ticks } = logAxis(0.01, 100);
    expect(domain[0]).toBeCloseTo(0.01 / 10 ** 0.16, 12);
    expect(domain[1]).toBeCloseTo(100 * 10 ** 0.16, 12);
    expect(ticks).toEqual([0.01, 0.1, 1, 10, 100]);
    expect(logAxis(0.001, 0.001)).toEqual({ domain: [0.0005, 0.002], ticks: [0.0005, 0.001, 0.002] });
  });
});
