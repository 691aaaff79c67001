import { useId } from 'react';
import { CHART_LAYOUTS, CHART_METRIC_LABELS, CHART_METRICS, CHART_X_AXES, type ChartView } from '../schema/view';
import { X_LABELS } from './runCurves';
import { usePlayground } from './StoreContext';

const LAYOUT_LABELS = { overlay: 'All runs on one chart', panels: 'One panel per run' } as const;

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

/** How the training curves are shown: metric, x axis, layout, smoothing and a log scale. */
export function ChartControls() {
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
