// Where values land on a chart: scales from data to CSS pixels (and back, for the hover), and the axes a chart of
// training curves uses: x from 0 to the furthest point, y from the curves' shared range.
import { linearAxis, linearTicks, logAxis, logTicks } from './ticks';

export interface Scale {
  toPixel(value: number): number;
  toValue(pixel: number): number;
}

/** `domain` onto `range` (pixels; a y range runs bottom to top, so its first pixel is the larger). */
export function linearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): Scale {
  const ratio = (r1 - r0) / (d1 - d0);
  return { toPixel: (v) => r0 + (v - d0) * ratio, toValue: (p) => d0 + (p - r0) / ratio };
}

/** As linearScale, on the logarithms of `domain` (both ends > 0). */
export function logScale([d0, d1]: readonly [number, number], range: readonly [number, number]): Scale {
  const inner = linearScale([Math.log10(d0), Math.log10(d1)], range);
  return { toPixel: (v) => inner.toPixel(Math.log10(v)), toValue: (p) => 10 ** inner.toValue(p) };
}

export interface Axis {
  domain: [number, number];
  ticks: number[];
}

/**
 * The y axis over the curves' shared value range (null when there is nothing to show yet): a log axis padded
 * around it, or a linear one out to round ticks, starting at 0 when `fromZero` (a loss, a learning rate).
 */
export function valueAxis(range: readonly [number, number] | null, log: boolean, fromZero: boolean): Axis {
  if (log) return range ? logAxis(range[0], range[1]) : { domain: [0.1, 1], ticks: logTicks(0.1, 1) };
  return range ? linearAxis(range[0], range[1], { fromZero }) : { domain: [0, 1], ticks: linearTicks(0, 1) };
}

/** The x axis from 0 to the furthest point, so that the latest point sits at the right edge. */
export function progressAxis(furthest: number | null, { whole = false } = {}): Axis {
  const end = furthest !== null && furthest > 0 ? furthest : 1;
  const ticks = linearTicks(0, end);
  // Steps are counted: a tick at step 0.4 (an empty chart, or the first few steps) names no step there is.
  return { domain: [0, end], ticks: whole ? ticks.filter(Number.isInteger) : ticks };
}
