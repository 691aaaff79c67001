import { useRef } from 'react';
import { CHART_METRIC_LABELS, type ChartView } from '../schema/view';
import { ChartControls } from './ChartControls';
import { CurvePlot, type Margin } from './CurvePlot';
import { ExportBar } from './ExportBar';
import { pointsPerCurve, usePacedRuns, useRunCurves, useSharedAxes, X_LABELS, type RunCurve } from './runCurves';
import { legendText } from './runText';
import { usePlayground } from './StoreContext';
import { useShownColour } from './theme/useTheme';

const OVERLAY_MARGIN: Margin = { top: 16, right: 24, bottom: 40, left: 60 };
const PANEL_MARGIN: Margin = { top: 12, right: 12, bottom: 24, left: 52 };

function OverlayChart({ curves, view }: { curves: RunCurve[]; view: ChartView }) {
  const axes = useSharedAxes(curves, view);
  return (
    <CurvePlot
      curves={curves}
      view={view}
      axes={axes}
      height={340}
      margin={OVERLAY_MARGIN}
      budget={pointsPerCurve(curves.length)}
      xLabel
    />
  );
}

/** One small chart per run, all on the same axes so their heights compare at a glance. */
function PanelCharts({ curves, view }: { curves: RunCurve[]; view: ChartView }) {
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
          <CurvePlot curves={[curve]} view={view} axes={axes} height={180} margin={PANEL_MARGIN} budget={budget} />
        </div>
      ))}
    </div>
  );
}

/** The curves, from the runs as taken ~4 times a second while training: the rest of the page stays fluid. */
function Curves({ view }: { view: ChartView }) {
  const curves = useRunCurves(usePacedRuns(), view);
  return view.layout === 'overlay' ? (
    <OverlayChart curves={curves} view={view} />
  ) : (
    <PanelCharts curves={curves} view={view} />
  );
}

/** The legend, as HTML: each run's colour, name and what differs from the baseline. */
function RunLegend() {
  const runs = usePlayground((s) => s.runs);
  const shown = useShownColour();
  return (
    <ul className="run-legend-list" aria-label="Legend">
      {runs.map((run) => (
        <li key={run.id} data-colour={shown(run.colour)}>
          <span className="swatch" style={{ background: shown(run.colour) }} aria-hidden="true" />
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
  const figure = useRef<HTMLElement>(null);
  return (
    // The skip link's target: focusable by script only.
    <figure className="chart" id="chart" tabIndex={-1} aria-label="Training curves" ref={figure}>
      <figcaption>
        {CHART_METRIC_LABELS[view.metric]} against {X_LABELS[view.xAxis]}
      </figcaption>
      <ChartControls />
      <Curves view={view} />
      <RunLegend />
      <ExportBar figure={figure} />
    </figure>
  );
}
