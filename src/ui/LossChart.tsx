import { useId, useMemo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { lttb } from '../charting/lttb';
import { smooth } from '../charting/smoothing';
import { usePlayground } from './StoreContext';

/** Points drawn per training curve; the full series stays in the store. */
const MAX_DRAWN_POINTS = 800;

function drawable(steps: readonly number[], values: readonly number[], logScale: boolean) {
  // A log axis cannot show zero or less; non-finite points (a divergence) are reported above the chart instead.
  return lttb(steps, values, MAX_DRAWN_POINTS).filter((p) => Number.isFinite(p.y) && (!logScale || p.y > 0));
}

/** Three significant digits; scientific notation for the small values a log axis shows. */
function formatTick(value: number): string {
  if (value === 0 || Math.abs(value) >= 0.01) return String(Number(value.toPrecision(3)));
  return value.toExponential(0);
}

function ChartControls() {
  const id = useId();
  const view = usePlayground((s) => s.chartView);
  const setChartView = usePlayground((s) => s.setChartView);
  return (
    <div className="chart-controls">
      <label htmlFor={`${id}-smoothing`}>Smoothing</label>
      <input
        id={`${id}-smoothing`}
        type="range"
        min={0}
        max={0.99}
        step={0.01}
        value={view.smoothing}
        aria-valuetext={view.smoothing.toFixed(2)}
        onChange={(event) => setChartView({ smoothing: Number(event.target.value) })}
      />
      <output htmlFor={`${id}-smoothing`}>{view.smoothing.toFixed(2)}</output>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={view.logScale}
          onChange={(event) => setChartView({ logScale: event.target.checked })}
        />
        Log scale
      </label>
    </div>
  );
}

/** Training loss per step (raw, faint, and smoothed) and test loss per evaluation, against step. */
export function LossChart() {
  const trainLoss = usePlayground((s) => s.trainLoss);
  const evaluations = usePlayground((s) => s.evaluations);
  const { smoothing, logScale } = usePlayground((s) => s.chartView);
  const raw = useMemo(
    () => drawable(trainLoss.steps, trainLoss.losses, logScale).map((p) => ({ step: p.x, raw: p.y })),
    [trainLoss, logScale],
  );
  const smoothed = useMemo(
    () =>
      drawable(trainLoss.steps, smooth(trainLoss.losses, smoothing), logScale).map((p) => ({ step: p.x, train: p.y })),
    [trainLoss, smoothing, logScale],
  );
  const test = useMemo(
    () => evaluations.filter((e) => !logScale || e.testLoss > 0).map((e) => ({ step: e.step, test: e.testLoss })),
    [evaluations, logScale],
  );

  return (
    <figure className="chart" aria-label="Loss chart">
      <figcaption>Loss against training step</figcaption>
      <ChartControls />
      <ResponsiveContainer width="100%" height={320}>
        <LineChart margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#ddd" />
          <XAxis
            dataKey="step"
            type="number"
            domain={[0, 'dataMax']}
            allowDuplicatedCategory={false}
            label={{ value: 'step', position: 'insideBottomRight', offset: -4 }}
          />
          <YAxis
            scale={logScale ? 'log' : 'linear'}
            domain={logScale ? ['auto', 'auto'] : [0, 'auto']}
            allowDataOverflow
            width={56}
            tickFormatter={formatTick}
          />
          <Tooltip formatter={(value) => (typeof value === 'number' ? value.toFixed(4) : String(value))} />
          <Legend />
          <Line
            data={raw}
            dataKey="raw"
            name="training loss (raw)"
            stroke="#0072b2"
            strokeOpacity={0.25}
            dot={false}
            isAnimationActive={false}
            legendType="none"
          />
          <Line
            data={smoothed}
            dataKey="train"
            name="training loss"
            stroke="#0072b2"
            dot={false}
            isAnimationActive={false}
            strokeWidth={1.5}
          />
          <Line
            data={test}
            dataKey="test"
            name="test loss"
            stroke="#d55e00"
            dot
            isAnimationActive={false}
            strokeWidth={2}
          />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
