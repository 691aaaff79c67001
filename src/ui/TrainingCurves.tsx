import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { countText } from '../charting/numberText';
import type { ChartView } from '../schema/view';
import { ChartControls } from './ChartControls';
import { CurvePlot, type Margin } from './CurvePlot';
import { ExportBar } from './ExportBar';
import { HideablePanel } from './HideablePanel';
import { pointsPerCurve, usePacedRuns, useRunCurves, useSharedAxes, type RunCurve } from './runCurves';
import { legendText } from './runText';
import { settingWords } from './settingWords';
import { usePlayground } from './StoreContext';
import { useShownColour } from './theme/useTheme';

const OVERLAY_MARGIN: Margin = { top: 16, right: 24, bottom: 40, left: 60 };
const PANEL_MARGIN: Margin = { top: 12, right: 12, bottom: 24, left: 52 };

function OverlayChart({ curves, view, height }: { curves: RunCurve[]; view: ChartView; height: number }) {
  const axes = useSharedAxes(curves, view);
  return (
    <CurvePlot
      curves={curves}
      view={view}
      axes={axes}
      height={height}
      margin={OVERLAY_MARGIN}
      budget={pointsPerCurve(curves.length)}
      xLabel
    />
  );
}

/** One small chart per run, all on the same axes so their heights compare at a glance. */
function PanelCharts({ curves, view, height }: { curves: RunCurve[]; view: ChartView; height: number }) {
  const axes = useSharedAxes(curves, view);
  const budget = Math.max(200, pointsPerCurve(curves.length) / 2);
  const shown = useShownColour();
  return (
    <div className="panels">
      {curves.map((curve) => (
        <div key={curve.run.id} className="panel" aria-label={`Panel of ${curve.run.name}`} role="group">
          <p className="panel-title" data-colour={shown(curve.run.colour)}>
            <span className="swatch" style={{ background: shown(curve.run.colour) }} aria-hidden="true" />
            {curve.run.name}
          </p>
          <CurvePlot curves={[curve]} view={view} axes={axes} height={height} margin={PANEL_MARGIN} budget={budget} />
        </div>
      ))}
    </div>
  );
}

/**
 * The curves, from the runs as taken ~4 times a second while training: the rest of the page stays fluid. `height` is
 * the overlaid chart's; each panel gets `panelHeight`.
 */
export function Curves({
  view,
  height = 340,
  panelHeight = 180,
}: {
  view: ChartView;
  height?: number;
  panelHeight?: number;
}) {
  const curves = useRunCurves(usePacedRuns(), view);
  return view.layout === 'overlay' ? (
    <OverlayChart curves={curves} view={view} height={height} />
  ) : (
    <PanelCharts curves={curves} view={view} height={panelHeight} />
  );
}

/** The legend, as HTML: each run's colour, name and what differs from the baseline. */
export function RunLegend() {
  const runs = usePlayground((s) => s.runs);
  const { t, i18n } = useTranslation('runs');
  const words = settingWords(i18n);
  const shown = useShownColour();
  return (
    <ul className="run-legend-list" aria-label={t('legend.label')}>
      {runs.map((run) => (
        <li key={run.id} data-colour={shown(run.colour)}>
          <span className="swatch" style={{ background: shown(run.colour) }} aria-hidden="true" />
          {legendText(run, runs, words)}
          {run.phase === 'diverged' &&
            run.divergedAt !== null &&
            ` ${t('legend.divergedAt', { step: countText(run.divergedAt, words.locale) })}`}
        </li>
      ))}
    </ul>
  );
}

/** Every run's curves for the chosen metric, overlaid or one panel each, with the controls to read them. */
export function TrainingCurves() {
  const view = usePlayground((s) => s.view);
  const figure = useRef<HTMLElement>(null);
  const { t } = useTranslation('runs');
  return (
    // The skip link's target: focusable by script only.
    <figure className="chart" id="chart" tabIndex={-1} aria-label={t('chart.figure')} ref={figure}>
      <figcaption>
        {t('chart.caption', { metric: t(`chart.metric.${view.metric}`), axis: t(`chart.axis.${view.xAxis}`) })}
      </figcaption>
      <ChartControls />
      <Curves view={view} />
      <RunLegend />
      <HideablePanel panel="exports">
        <ExportBar figure={figure} />
      </HideablePanel>
    </figure>
  );
}
