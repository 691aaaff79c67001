import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlayground } from './StoreContext';
import { Curves, RunLegend } from './TrainingCurves';

/** Below this a panel is not worth drawing. */
const MIN_PANEL_HEIGHT = 100;
/** The panels' grid makes a column per this many pixels (see .panels in styles.css). */
const PANEL_MIN_WIDTH = 260;
const PANEL_TITLE_HEIGHT = 32;

/** The box's size in CSS pixels, following resizes and zooms. */
function useBoxSize(box: RefObject<HTMLElement | null>) {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => {
      const { width, height } = element.getBoundingClientRect();
      setSize((old) =>
        old.width === Math.floor(width) && old.height === Math.floor(height)
          ? old
          : { width: Math.floor(width), height: Math.floor(height) },
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [box]);
  return size;
}

/** The curves as large as the screen leaves room for: the plot fills the space the presentation gives it. */
export function PresentationChart() {
  const { t } = useTranslation('classroom');
  const { t: chart } = useTranslation('runs');
  const view = usePlayground((s) => s.view);
  const runCount = usePlayground((s) => s.runs.length);
  const box = useRef<HTMLDivElement>(null);
  const { width, height } = useBoxSize(box);
  const columns = Math.max(1, Math.floor(width / PANEL_MIN_WIDTH));
  const rows = Math.ceil(runCount / columns);
  const panelHeight = Math.max(MIN_PANEL_HEIGHT, Math.floor(height / rows) - PANEL_TITLE_HEIGHT);
  return (
    <figure className="chart presentation-chart" aria-label={t('present.chart')}>
      <figcaption>
        {chart('chart.caption', {
          metric: chart(`chart.metric.${view.metric}`),
          axis: chart(`chart.axis.${view.xAxis}`),
        })}
      </figcaption>
      <div className="presentation-plot" ref={box}>
        {height > 0 && <Curves view={view} height={height} panelHeight={panelHeight} />}
      </div>
      <RunLegend />
    </figure>
  );
}
