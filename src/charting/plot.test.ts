import { describe, expect, it } from 'vitest';
import { linearScale, logScale, progressAxis, valueAxis } from './plot';

describe('scales', () => {
  it('map a linear domain onto pixels and back', () => {
    const x = linearScale([0, 10], [50, 250]);
    expect(x.toPixel(0)).toBe(50);
    expect(x.toPixel(5)).toBe(150);
    expect(x.toPixel(10)).toBe(250);
    expect(x.toValue(200)).toBe(7.5);
    // A y axis: the domain's bottom at the larger pixel.
    const y = linearScale([0, 2], [300, 100]);
    expect(y.toPixel(0.5)).toBe(250);
    expect(y.toValue(100)).toBe(2);
  });

  it('map a log domain by its logarithms: each decade the same height', () => {
    // 0.01–100 is four decades over 300 px: 75 px each, 0.01 at the bottom.
    const y = logScale([0.01, 100], [300, 0]);
    expect(y.toPixel(0.01)).toBeCloseTo(300, 9);
    expect(y.toPixel(0.1)).toBeCloseTo(225, 9);
    expect(y.toPixel(1)).toBeCloseTo(150, 9);
    expect(y.toPixel(100)).toBeCloseTo(0, 9);
    expect(y.toValue(75)).toBeCloseTo(10, 9);
  });
});

describe('chart axes', () => {
  it('start a loss axis at 0 and end it at a round tick', () => {
    expect(valueAxis([0.31, 2.3], false, true)).toEqual({ domain: [0, 2.5], ticks: [0, 0.5, 1, 1.5, 2, 2.5] });
    expect(valueAxis([0.31, 2.3], true, true).ticks).toEqual([0.5, 1, 2]);
  });

  it('fall back to 0–1 (0.1–1 on a log axis) before there is anything to show', () => {
    expect(valueAxis(null, false, true)).toEqual({ domain: [0, 1], ticks: [0, 0.2, 0.4, 0.6, 0.8, 1] });
    expect(valueAxis(null, true, true)).toEqual({ domain: [0.1, 1], ticks: [0.1, 0.2, 0.5, 1] });
  });

  it('run x from 0 to the furthest point', () => {
    expect(progressAxis(130)).toEqual({ domain: [0, 130], ticks: [0, 50, 100] });
    expect(progressAxis(null)).toEqual({ domain: [0, 1], ticks: [0, 0.2, 0.4, 0.6, 0.8, 1] });
  });

  it('put ticks only on whole steps when x counts steps', () => {
    expect(progressAxis(null, { whole: true })).toEqual({ domain: [0, 1], ticks: [0, 1] });
    expect(progressAxis(3, { whole: true }).ticks).toEqual([0, 1, 2, 3]);
    expect(progressAxis(130, { whole: true }).ticks).toEqual([0, 50, 100]);
  });
});
