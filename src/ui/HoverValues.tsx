import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlotFrame } from '../charting/canvasPlot';
import { valueAt } from '../charting/curves';
import type { ChartView } from '../schema/view';
import { formatValue, formatX, type RunCurve } from './runCurves';
import { useShownColour } from './theme/useTheme';

/**
 * Every run's value at the hovered x, read from its full-resolution curve (not just the drawn points), with a
 * line at that x. Its own state: moving the pointer re-renders this box, never the canvas.
 */
export function HoverValues({
  curves,
  view,
  frame,
}: {
  curves: readonly RunCurve[];
  view: ChartView;
  frame: PlotFrame;
}) {
  const [pixel, setPixel] = useState<number | null>(null);
  const { t, i18n } = useTranslation('runs');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const shown = useShownColour();
  const { area } = frame;
  const hovered = pixel === null ? null : frame.x.toValue(pixel);
  // Steps are whole: the label and the values read are those of one step.
  const x = hovered !== null && view.xAxis === 'step' ? Math.round(hovered) : hovered;
  const onRight = pixel !== null && pixel > area.left + area.width / 2;
  return (
    <div
      className="hover-area"
      style={{ left: area.left, top: area.top, width: area.width, height: area.height }}
      onPointerMove={(event) => setPixel(area.left + event.clientX - event.currentTarget.getBoundingClientRect().left)}
      onPointerLeave={() => setPixel(null)}
    >
      {pixel !== null && x !== null && (
        <>
          <div className="hover-line" style={{ left: pixel - area.left }} />
          <div
            className="hover-values"
            style={onRight ? { right: area.left + area.width - pixel + 12 } : { left: pixel - area.left + 12 }}
          >
            <p>
              {t(`chart.axis.${view.xAxis}`)} {formatX(x, view.xAxis, locale)}
            </p>
            <ul>
              {curves.map(({ run, curve }) => {
                const point = valueAt(curve, x);
                return (
                  // A swatch beside text in the text's colour: most run colours are too light for small text.
                  <li key={run.id}>
                    <span className="swatch" style={{ background: shown(run.colour) }} aria-hidden="true" />
                    {t('chart.hoverValue', {
                      name: run.name,
                      value: point ? formatValue(point.y, view.metric, locale) : '–',
                    })}
                  </li>
                );
              })}
            </ul>
          </div>
        </>
      )}
    </div>
  );
}
