import { useId, useMemo, useRef } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceDot,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import { curveOf, drawnPoints, mergeRows, sharedDomain, valueAt, type Curve } from '../charting/curves';
import type { Point } from '../charting/lttb';
import {
  CHART_LAYOUTS,
  CHART_METRIC_LABELS,
  CHART_METRICS,
  CHART_X_AXES,
  type ChartView,
  type ChartXAxis,
} from '../schema/view';
import type { Run } from '../store/playgroundStore';
import { ExportBar } from './ExportBar';
import { legendText } from './runText';
import { usePlayground } from './StoreContext';

const X_LABELS: Readonly<Record<ChartXAxis, string>> = { step: 'step', epoch: 'epoch', seconds: 'seconds of training' };
const LAYOUT_LABELS = { overlay: 'All runs on one chart', panels: 'One panel per run' } as const;

/** Drawn points per curve: fewer per run as runs are added, so 8 runs draw about as fast as 3. */
function pointsPerCurve(runCount: number): number {
  return Math.max(300, Math.min(800, Math.floor(2400 / runCount)));
}

/** Three significant digits; scientific notation for the small values a log axis shows. */
function formatTick(value: number): string {
  if (value === 0 || Math.abs(value) >= 0.01) return String(Number(value.toPrecision(3)));
  return value.toExponential(0);
}

function formatValue(value: number, metric: ChartView['metric']): string {
  if (!Number.isFinite(value)) return String(value);
  if (metric === 'testAccuracy') return `${(value * 100).toFixed(2)}%`;
  if (metric === 'learningRate') return value.toPrecision(3);
  return value.toFixed(4);
}

interface RunCurve {
  run: Run;
  curve: Curve;
  /** Where a diverged run broke: its last finite point, marked on the chart. */
  divergedPoint: { x: number; y: number } | null;
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

function useRunCurves(): RunCurve[] {
  const runs = usePlayground((s) => s.runs);
  const view = usePlayground((s) => s.view);
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

/** One labelled choice of the view (a <select> whose options are `values`, shown as `labels`). */
function ViewChoice<K extends 'metric' | 'xAxis' | 'layout'>({
  field,
  label,
  values,
  labels,
}: {
  field: K;
  label: string;
  values: readonly ChartView[K][];
  labels: Readonly<Record<ChartView[K], string>>;
}) {
  const id = useId();
  const value = usePlayground((s) => s.view[field]);
  const setView = usePlayground((s) => s.setView);
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => setView({ [field]: event.target.value } as Partial<ChartView>)}
      >
        {values.map((option) => (
          <option key={option} value={option}>
            {labels[option]}
          </option>
        ))}
      </select>
    </>
  );
}

function ChartControls() {
  const id = useId();
  const view = usePlayground((s) => s.view);
  const setView = usePlayground((s) => s.setView);
  return (
    <div className="chart-controls">
      <ViewChoice field="metric" label="Chart" values={CHART_METRICS} labels={CHART_METRIC_LABELS} />
      <ViewChoice field="xAxis" label="X axis" values={CHART_X_AXES} labels={X_LABELS} />
      <ViewChoice field="layout" label="Layout" values={CHART_LAYOUTS} labels={LAYOUT_LABELS} />
      <label htmlFor={`${id}-smoothing`}>Smoothing</label>
      <input
        id={`${id}-smoothing`}
        type="range"
        min={0}
        max={0.99}
        step={0.01}
        value={view.smoothing}
        aria-valuetext={view.smoothing.toFixed(2)}
        onChange={(event) => setView({ smoothing: Number(event.target.value) })}
      />
      <output htmlFor={`${id}-smoothing`}>{view.smoothing.toFixed(2)}</output>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={view.logScale}
          onChange={(event) => setView({ logScale: event.target.checked })}
        />
        Log scale
      </label>
    </div>
  );
}

/** Every run's value at the hovered x, read from its full-resolution curve (not just the drawn points). */
function HoverValues({
  active,
  label,
  curves,
  view,
}: Pick<TooltipContentProps<number, string>, 'active' | 'label'> & { curves: RunCurve[]; view: ChartView }) {
  if (!active || typeof label !== 'number') return null;
  return (
    <div className="hover-values">
      <p>
        {X_LABELS[view.xAxis]} {formatTick(label)}
      </p>
      <ul>
        {curves.map(({ run, curve }) => {
          const point = valueAt(curve, label);
          return (
            <li key={run.id} style={{ color: run.colour }}>
              {run.name}: {point ? formatValue(point.y, view.metric) : '–'}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function axisProps(view: ChartView, yDomain: [number, number] | null) {
  const y = yDomain ?? [0, 1];
  const logDomain: [number, number] = [y[0], y[1] > y[0] ? y[1] : y[0] * 10];
  return {
    x: {
      dataKey: 'x',
      type: 'number' as const,
      domain: [0, 'dataMax'] as [number, string],
      allowDuplicatedCategory: false,
      tickFormatter: formatTick,
    },
    y: {
      scale: view.logScale ? ('log' as const) : ('linear' as const),
      domain: view.logScale
        ? logDomain
        : ([view.metric === 'testAccuracy' ? 'auto' : 0, 'auto'] as [number | string, string]),
      allowDataOverflow: true,
      width: 60,
      tickFormatter: formatTick,
    },
  };
}

/**
 * Each line gets its own downsampled points (recharts then handles ~300–800 points per line, not one row per x
 * of every line); the chart's own rows are only the x positions, for the hover to snap to.
 */
function drawnLines(curves: RunCurve[], view: ChartView, perCurve: number) {
  const lines = new Map<string, Point[]>();
  for (const { run, curve } of curves) {
    lines.set(run.id, drawnPoints(curve.x, curve.y, perCurve, view.logScale));
    if (curve.raw) lines.set(`${run.id}/raw`, drawnPoints(curve.x, curve.raw, perCurve, view.logScale));
  }
  const grid = mergeRows([...lines.values()].map((points) => ({ key: '', points }))).map(({ x }) => ({ x }));
  return { lines, grid };
}

function Lines({ curves, lines, sparse }: { curves: RunCurve[]; lines: Map<string, Point[]>; sparse: boolean }) {
  return (
    <>
      {curves.map(({ run, curve }) => [
        curve.raw && (
          <Line
            key={`${run.id}/raw`}
            data={lines.get(`${run.id}/raw`)}
            dataKey="y"
            name={`${run.name} (raw)`}
            stroke={run.colour}
            strokeOpacity={0.2}
            dot={false}
            connectNulls
            isAnimationActive={false}
            legendType="none"
          />
        ),
        <Line
          key={run.id}
          data={lines.get(run.id)}
          dataKey="y"
          name={run.name}
          stroke={run.colour}
          strokeWidth={1.75}
          dot={sparse ? { r: 2.5 } : false}
          connectNulls
          isAnimationActive={false}
        />,
      ])}
      {curves.map(
        ({ run, divergedPoint }) =>
          divergedPoint && (
            <ReferenceDot
              key={`${run.id}/diverged`}
              x={divergedPoint.x}
              y={divergedPoint.y}
              r={5}
              fill="#fff"
              stroke={run.colour}
              strokeWidth={2}
              label={{ value: `${run.name} diverged`, position: 'top', fill: run.colour, fontSize: 12 }}
            />
          ),
      )}
    </>
  );
}

/** One y range for every run's curve, so that overlaid lines and side-by-side panels compare. */
function useSharedYDomain(curves: RunCurve[], logScale: boolean) {
  return useMemo(
    () =>
      sharedDomain(
        curves.map((c) => c.curve.y),
        logScale,
      ),
    [curves, logScale],
  );
}

function OverlayChart({ curves, view }: { curves: RunCurve[]; view: ChartView }) {
  const { lines, grid } = useMemo(() => drawnLines(curves, view, pointsPerCurve(curves.length)), [curves, view]);
  const yDomain = useSharedYDomain(curves, view.logScale);
  const axes = axisProps(view, yDomain);
  const sparse = view.metric === 'testLoss' || view.metric === 'testAccuracy';
  return (
    <ResponsiveContainer width="100%" height={340}>
      <LineChart data={grid} margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#ddd" />
        <XAxis {...axes.x} label={{ value: X_LABELS[view.xAxis], position: 'insideBottomRight', offset: -4 }} />
        <YAxis {...axes.y} />
        <Tooltip content={(props) => <HoverValues {...props} curves={curves} view={view} />} />
        {Lines({ curves, lines, sparse })}
      </LineChart>
    </ResponsiveContainer>
  );
}

/** One small chart per run, all on the same axes so their heights compare at a glance. */
function PanelCharts({ curves, view }: { curves: RunCurve[]; view: ChartView }) {
  const perCurve = Math.max(200, pointsPerCurve(curves.length) / 2);
  const panels = useMemo(
    () => curves.map((curve) => ({ curve, ...drawnLines([curve], view, perCurve) })),
    [curves, view, perCurve],
  );
  const yDomain = useSharedYDomain(curves, view.logScale);
  const xDomain = useMemo(
    () =>
      sharedDomain(
        curves.map((c) => c.curve.x),
        false,
      ),
    [curves],
  );
  const axes = axisProps(view, yDomain);
  const sparse = view.metric === 'testLoss' || view.metric === 'testAccuracy';
  return (
    <div className="panels">
      {panels.map(({ curve, lines, grid }) => (
        <div key={curve.run.id} className="panel" aria-label={`Panel of ${curve.run.name}`} role="group">
          <p className="panel-title" style={{ color: curve.run.colour }}>
            {curve.run.name}
          </p>
          <ResponsiveContainer width="100%" height={180}>
            <LineChart data={grid} margin={{ top: 12, right: 12, bottom: 4, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#ddd" />
              <XAxis {...axes.x} domain={[0, xDomain ? xDomain[1] : 'dataMax']} />
              <YAxis {...axes.y} domain={yDomain ? (axes.y.domain as [number, number]) : axes.y.domain} />
              <Tooltip content={(props) => <HoverValues {...props} curves={[curve]} view={view} />} />
              {Lines({ curves: [curve], lines, sparse })}
            </LineChart>
          </ResponsiveContainer>
        </div>
      ))}
    </div>
  );
}

/** The legend, as HTML: each run's colour, name and what differs from the baseline. */
function RunLegend({ curves }: { curves: RunCurve[] }) {
  const runs = curves.map((c) => c.run);
  return (
    <ul className="run-legend-list" aria-label="Legend">
      {runs.map((run) => (
        <li key={run.id} data-colour={run.colour}>
          <span className="swatch" style={{ background: run.colour }} aria-hidden="true" />
          {legendText(run, runs)}
          {run.phase === 'diverged' && run.divergedAt !== null && ` (diverged at step ${run.divergedAt})`}
        </li>
      ))}
    </ul>
  );
}

/** Every run's curves for the chosen metric, overlaid or one panel each, with the controls to read them. */
export function TrainingCurves() {
  const view = usePlayground((s) => s.view);
  const curves = useRunCurves();
  const figure = useRef<HTMLElement>(null);
  return (
    <figure className="chart" aria-label="Training curves" ref={figure}>
      <figcaption>
        {CHART_METRIC_LABELS[view.metric]} against {X_LABELS[view.xAxis]}
      </figcaption>
      <ChartControls />
      {view.layout === 'overlay' ? (
        <OverlayChart curves={curves} view={view} />
      ) : (
        <PanelCharts curves={curves} view={view} />
      )}
      <RunLegend curves={curves} />
      <ExportBar figure={figure} />
    </figure>
  );
}
