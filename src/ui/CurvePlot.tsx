import { useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { drawPlot, type DrawnCurve, type PlotFrame } from '../charting/canvasPlot';
import { shownOn } from '../charting/curves';
import { linearScale, logScale, type Axis } from '../charting/plot';
import { tickLabel } from '../charting/numberText';
import type { ChartView } from '../schema/view';
import { HoverValues } from './HoverValues';
import { shownRunColour, type ChartColours } from './theme/chartColours';
import { useChartColours } from './theme/useTheme';
import { downsampled, formatValue, type RunCurve } from './runCurves';

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

interface CurvePlotProps {
  curves: readonly RunCurve[];
  view: ChartView;
  axes: { x: Axis; y: Axis };
  height: number;
  margin: Margin;
  /** Drawn points per curve (LTTB). */
  budget: number;
  /** The x axis's name under it; panels leave it out. */
  xLabel?: boolean;
}

/** The plot box's width in CSS pixels, and the screen's pixel ratio, following resizes and zooms. */
function useCanvasSize(box: RefObject<HTMLDivElement | null>) {
  const [size, setSize] = useState({ width: 0, pixelRatio: 1 });
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () =>
      setSize((old) => {
        const width = Math.floor(element.getBoundingClientRect().width);
        const pixelRatio = window.devicePixelRatio || 1;
        return old.width === width && old.pixelRatio === pixelRatio ? old : { width, pixelRatio };
      });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    // A zoom changes the pixel ratio; the box's CSS width may stay the same.
    let zoom = matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`);
    const onZoom = () => {
      measure();
      zoom.removeEventListener('change', onZoom);
      zoom = matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`);
      zoom.addEventListener('change', onZoom);
    };
    zoom.addEventListener('change', onZoom);
    return () => {
      observer.disconnect();
      zoom.removeEventListener('change', onZoom);
    };
  }, [box]);
  return size;
}

/** What the canvas shows, in words: the metric and each run's latest value. */
function summaryOf(curves: readonly RunCurve[], view: ChartView, t: TFunction<'runs'>, locale: string): string {
  const latest = curves.map(({ run, curve }) => {
    const last = curve.y.at(-1);
    const value = last === undefined ? t('chart.noData') : formatValue(last, view.metric, locale);
    return t('chart.summaryValue', { name: run.name, value });
  });
  return t('chart.summary', {
    metric: t(`chart.metric.${view.metric}`),
    axis: t(`chart.axis.${view.xAxis}`),
    values: latest.join('; '),
  });
}

function drawnCurvesOf(
  curves: readonly RunCurve[],
  view: ChartView,
  budget: number,
  colours: ChartColours,
): DrawnCurve[] {
  const sparse = view.metric === 'testLoss' || view.metric === 'testAccuracy';
  return curves.map(({ run, curve, divergedPoint }) => ({
    colour: shownRunColour(run.colour, colours),
    line: shownOn(downsampled(curve.x, curve.y, budget), view.logScale),
    raw: curve.raw && shownOn(downsampled(curve.x, curve.raw, budget), view.logScale),
    dots: sparse,
    diverged: divergedPoint,
  }));
}

/**
 * Run curves on a <canvas>, with the tick labels, the x axis's name and the "diverged" labels as HTML beside it
 * (crisp text that tests and screen readers read). The canvas redraws on the next animation frame after a
 * change, at most once per frame; the data themselves change only ~4 times a second (usePacedRuns).
 */
export function CurvePlot({ curves, view, axes, height, margin, budget, xLabel = false }: CurvePlotProps) {
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const { width, pixelRatio } = useCanvasSize(box);
  const { t, i18n } = useTranslation('runs');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const percent = view.metric === 'testAccuracy';
  const colours = useChartColours();

  const frame = useMemo((): PlotFrame => {
    const area = {
      left: margin.left,
      top: margin.top,
      width: Math.max(1, width - margin.left - margin.right),
      height: Math.max(1, height - margin.top - margin.bottom),
    };
    const yRange = [area.top + area.height, area.top] as const;
    return {
      width,
      height,
      pixelRatio,
      area,
      x: linearScale(axes.x.domain, [area.left, area.left + area.width]),
      y: view.logScale ? logScale(axes.y.domain, yRange) : linearScale(axes.y.domain, yRange),
      xTicks: axes.x.ticks,
      yTicks: axes.y.ticks,
    };
  }, [width, height, pixelRatio, margin, axes, view.logScale]);

  // The latest frame and curves for the next animation frame to draw; one request at a time.
  const scene = useRef({ frame, curves, view, budget, colours });
  const request = useRef(0);
  useLayoutEffect(() => {
    scene.current = { frame, curves, view, budget, colours };
    if (request.current || frame.width === 0) return;
    request.current = requestAnimationFrame(() => {
      request.current = 0;
      const target = canvas.current;
      const context = target?.getContext('2d');
      if (!target || !context) return;
      const { frame: f, curves: c, view: v, budget: b, colours: k } = scene.current;
      const bitmapWidth = Math.round(f.width * f.pixelRatio);
      const bitmapHeight = Math.round(f.height * f.pixelRatio);
      if (target.width !== bitmapWidth) target.width = bitmapWidth;
      if (target.height !== bitmapHeight) target.height = bitmapHeight;
      drawPlot(context, f, drawnCurvesOf(c, v, b, k), k);
    });
  }, [frame, curves, view, budget, colours]);
  useEffect(() => () => cancelAnimationFrame(request.current), []);

  const { area } = frame;
  return (
    <div className="curve-plot" ref={box} style={{ height }}>
      <canvas ref={canvas} role="img" aria-label={summaryOf(curves, view, t, locale)} style={{ width, height }} />
      <ul className="ticks y-ticks" aria-label={t('chart.yAxis')} style={{ width: margin.left - 6 }}>
        {axes.y.ticks.map((tick) => (
          <li key={tick} style={{ top: frame.y.toPixel(tick) }}>
            {tickLabel(tick, locale, { percent })}
          </li>
        ))}
      </ul>
      <ul className="ticks x-ticks" aria-label={t('chart.xAxis')} style={{ top: area.top + area.height + 4 }}>
        {axes.x.ticks.map((tick) => (
          <li key={tick} style={{ left: frame.x.toPixel(tick) }}>
            {tickLabel(tick, locale)}
          </li>
        ))}
      </ul>
      {xLabel && (
        <p className="axis-label" style={{ right: margin.right }}>
          {t(`chart.axis.${view.xAxis}`)}
        </p>
      )}
      {curves.map(
        ({ run, divergedPoint }) =>
          divergedPoint && (
            <p
              key={run.id}
              className="diverged-label"
              style={{
                left: frame.x.toPixel(divergedPoint.x),
                top: frame.y.toPixel(divergedPoint.y),
                color: shownRunColour(run.colour, colours),
              }}
            >
              {t('chart.diverged', { name: run.name })}
            </p>
          ),
      )}
      <HoverValues curves={curves} view={view} frame={frame} />
    </div>
  );
}
