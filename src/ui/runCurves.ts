// Each run's curve for the chosen view, from the runs as the chart last took them: the chart takes the store's
// runs at most 4 times a second while they train (a view change still redraws on the next frame).
import { useEffect, useMemo, useState } from 'react';
import { curveOf, sharedDomain, type Curve } from '../charting/curves';
import { fixedText, percentText, significantText } from '../charting/numberText';
import { lttb, type Point } from '../charting/lttb';
import { Paced } from '../charting/paced';
import { progressAxis, valueAxis, type Axis } from '../charting/plot';
import type { ChartView, ChartXAxis } from '../schema/view';
import type { Run } from '../store/playgroundStore';
import { usePlaygroundStore } from './StoreContext';

/** A value of the chart's metric as the page reads it out: "91.3%", "0.001", "2.3026". */
export function formatValue(value: number, metric: ChartView['metric'], locale: string): string {
  if (metric === 'testAccuracy') return percentText(value, locale);
  if (metric === 'learningRate') return significantText(value, locale);
  return fixedText(value, locale, 4);
}

/** Where the pointer is along the x axis: a whole step, or an epoch or a time to a useful precision. */
export function formatX(value: number, xAxis: ChartXAxis, locale: string): string {
  if (xAxis === 'step') return fixedText(Math.round(value), locale, 0);
  return fixedText(value, locale, xAxis === 'epoch' ? 2 : 1);
}

/** Drawn points per curve: fewer per run as runs are added, so 8 runs draw about as fast as 3. */
export function pointsPerCurve(runCount: number): number {
  return Math.max(300, Math.min(800, Math.floor(2400 / runCount)));
}

export interface RunCurve {
  run: Run;
  curve: Curve;
  /** Where a diverged run broke: its last finite point, marked on the chart. */
  divergedPoint: Point | null;
}

/** How often the chart takes new data from training runs, in ms. */
const DATA_INTERVAL = 250;

const browserClock = {
  now: () => performance.now(),
  after(ms: number, callback: () => void) {
    const timer = setTimeout(callback, ms);
    return () => clearTimeout(timer);
  },
};

/** The store's runs, taken at most every DATA_INTERVAL: eight runs reporting re-render the chart ~4 times a second. */
export function usePacedRuns(): Run[] {
  const store = usePlaygroundStore();
  const [runs, setRuns] = useState(() => store.getState().runs);
  useEffect(() => {
    const paced = new Paced<Run[]>(DATA_INTERVAL, setRuns, browserClock);
    paced.push(store.getState().runs);
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.runs !== previous.runs) paced.push(state.runs);
    });
    return () => {
      unsubscribe();
      paced.dispose();
    };
  }, [store]);
  return runs;
}

// Curves are recomputed only when their run's data or the view changes, not when another run reports.
const curveCache = new WeakMap<object, { key: string; curve: Curve }>();

function cachedCurve(run: Run, view: ChartView): Curve {
  const test = view.metric === 'testLoss' || view.metric === 'testAccuracy';
  const owner: object = test ? run.evaluations : run.series;
  const key = `${view.metric}/${view.xAxis}/${view.smoothing}/${run.series.length}/${run.stats.stepsPerEpoch}`;
  const hit = curveCache.get(owner);
  if (hit && hit.key === key) return hit.curve;
  const curve = curveOf(
    { ...run.series, evaluations: run.evaluations, stepsPerEpoch: run.stats.stepsPerEpoch },
    view.metric,
    view.xAxis,
    view.smoothing,
  );
  curveCache.set(owner, { key, curve });
  return curve;
}

export function useRunCurves(runs: readonly Run[], view: ChartView): RunCurve[] {
  return useMemo(
    () =>
      runs.map((run) => {
        const curve = cachedCurve(run, view);
        let divergedPoint: RunCurve['divergedPoint'] = null;
        if (run.phase === 'diverged') {
          for (let i = curve.y.length - 1; i >= 0; i--) {
            if (Number.isFinite(curve.y[i]!) && (!view.logScale || curve.y[i]! > 0)) {
              divergedPoint = { x: curve.x[i]!, y: curve.y[i]! };
              break;
            }
          }
        }
        return { run, curve, divergedPoint };
      }),
    [runs, view],
  );
}

/** One pair of axes for every run's curve, so that overlaid lines and side-by-side panels compare. */
export function useSharedAxes(curves: readonly RunCurve[], view: ChartView): { x: Axis; y: Axis } {
  return useMemo(() => {
    // The raw curves too: the axis stays put as the smoothing slider moves, and no raw spike is cut off.
    const range = sharedDomain(
      curves.flatMap((c) => (c.curve.raw ? [c.curve.y, c.curve.raw] : [c.curve.y])),
      view.logScale,
    );
    const furthest = Math.max(...curves.map((c) => c.curve.x.at(-1) ?? -Infinity));
    return {
      x: progressAxis(Number.isFinite(furthest) ? furthest : null, { whole: view.xAxis === 'step' }),
      // Accuracy reads best zoomed to its range; a loss or a learning rate from 0.
      y: valueAxis(range, view.logScale, view.metric !== 'testAccuracy'),
    };
  }, [curves, view.logScale, view.metric, view.xAxis]);
}

// LTTB's picks depend only on the series and the budget, so a log-scale toggle or a redraw of another run
// reuses them (a curve's arrays are new whenever its run reports or the view recomputes it).
const drawnCache = new WeakMap<readonly number[], { budget: number; points: Point[] }>();

/** At most `budget` points of `y` against `x` keeping the curve's shape, cached per series. */
export function downsampled(x: readonly number[], y: readonly number[], budget: number): Point[] {
  const hit = drawnCache.get(y);
  if (hit && hit.budget === budget) return hit.points;
  const points = lttb(x, y, budget);
  drawnCache.set(y, { budget, points });
  return points;
}
