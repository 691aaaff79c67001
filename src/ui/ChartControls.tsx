import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CHART_LAYOUTS, CHART_METRICS, CHART_X_AXES, type ChartView } from '../schema/view';
import { usePlayground } from './StoreContext';

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
  const { t } = useTranslation('runs');
  const id = useId();
  const labelled = <K extends string>(values: readonly K[], label: (value: K) => string) =>
    Object.fromEntries(values.map((value) => [value, label(value)])) as Record<K, string>;
  const view = usePlayground((s) => s.view);
  const setView = usePlayground((s) => s.setView);
  return (
    <div className="chart-controls">
      <ViewChoice
        field="metric"
        label={t('chart.controls.metric')}
        values={CHART_METRICS}
        labels={labelled(CHART_METRICS, (metric) => t(`chart.metric.${metric}`))}
      />
      <ViewChoice
        field="xAxis"
        label={t('chart.controls.axis')}
        values={CHART_X_AXES}
        labels={labelled(CHART_X_AXES, (axis) => t(`chart.axis.${axis}`))}
      />
      <ViewChoice
        field="layout"
        label={t('chart.controls.layout')}
        values={CHART_LAYOUTS}
        labels={labelled(CHART_LAYOUTS, (layout) => t(`chart.controls.${layout}`))}
      />
      <label htmlFor={`${id}-smoothing`}>{t('chart.controls.smoothing')}</label>
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
        {t('chart.controls.logScale')}
      </label>
    </div>
  );
}
