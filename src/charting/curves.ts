// From a run's full metric history to what a chart draws: the chosen metric against step, epoch or seconds,
// smoothed (training loss only: evaluations are few and already averages), filtered to what an axis can show, and
// read at a hovered x. The full data are never changed (the drawing downsamples them with LTTB).
import type { Point } from './lttb';
import { smooth } from './smoothing';

export type Metric = 'trainLoss' | 'testLoss' | 'testAccuracy' | 'learningRate';
export type XAxis = 'step' | 'epoch' | 'seconds';

export interface CurveSource {
  steps: readonly number[];
  losses: readonly number[];
  learningRates: readonly number[];
  seconds: readonly number[];
  /** Entries in use in the arrays above. */
  length: number;
  evaluations: readonly { step: number; epoch: number; seconds: number; testLoss: number; testAccuracy: number }[];
  stepsPerEpoch: number;
}

/** A metric at full resolution: x ascending; `raw` is the unsmoothed y where smoothing applies. */
export interface Curve {
  x: number[];
  y: number[];
  raw: number[] | null;
}

export function curveOf(source: CurveSource, metric: Metric, xAxis: XAxis, smoothing: number): Curve {
  if (metric === 'testLoss' || metric === 'testAccuracy') {
    const evaluations = source.evaluations;
    return {
      x: evaluations.map((e) => (xAxis === 'step' ? e.step : xAxis === 'epoch' ? e.epoch : e.seconds)),
      y: evaluations.map((e) => (metric === 'testLoss' ? e.testLoss : e.testAccuracy)),
      raw: null,
    };
  }
  const n = source.length;
  const perEpoch = source.stepsPerEpoch || 1;
  const x = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const step = source.steps[i]!;
    x[i] = xAxis === 'step' ? step : xAxis === 'epoch' ? step / perEpoch : source.seconds[i]!;
  }
  const values = (metric === 'trainLoss' ? source.losses : source.learningRates).slice(0, n);
  if (metric === 'learningRate' || smoothing === 0) return { x, y: values, raw: null };
  return { x, y: smooth(values, smoothing), raw: values };
}

/** The points an axis can show: finite, and positive on a log axis. */
export function shownOn(points: readonly Point[], logScale: boolean): Point[] {
  return points.filter((p) => Number.isFinite(p.y) && Number.isFinite(p.x) && (!logScale || p.y > 0));
}

/** The curve's value at the last point at or before `x` (what the run showed at that moment); null before it. */
export function valueAt(curve: Curve, x: number): { x: number; y: number } | null {
  let low = 0;
  let high = curve.x.length - 1;
  if (high < 0 || curve.x[0]! > x) return null;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (curve.x[mid]! <= x) low = mid;
    else high = mid - 1;
  }
  return { x: curve.x[low]!, y: curve.y[low]! };
}

/** [min, max] of the finite (and, for a log axis, positive) values of all curves; null when there are none. */
export function sharedDomain(values: readonly (readonly number[])[], logScale: boolean): [number, number] | null {
  let min = Infinity;
  let max = -Infinity;
  for (const list of values) {
    for (const v of list) {
      if (!Number.isFinite(v) || (logScale && v <= 0)) continue;
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  return min <= max ? [min, max] : null;
}
