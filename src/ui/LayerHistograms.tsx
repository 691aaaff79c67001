import { useTranslation } from 'react-i18next';
import { useLayerName } from './i18n/layerName';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { heatmapGrid, type HeatmapGrid } from '../charting/heatmap';
import type { HealthSample, Histogram } from '../diagnostics/health';
import { formatNumber } from './formatNumber';
import type { ChartColours } from './theme/chartColours';
import { parseHex } from './theme/colourContrast';
import { useChartColours } from './theme/useTheme';

type Quantity = 'activationHistogram' | 'weightHistogram';
const HEATMAP_ROWS = 40;
const HEATMAP_HEIGHT = 120;

/** Stronger where more of the step's values fall; blank where the step had no finite value. */
function paint(canvas: HTMLCanvasElement, grid: HeatmapGrid, chosen: number, colours: ChartColours) {
  const context = canvas.getContext('2d');
  if (!context) return;
  const { width, height } = canvas;
  context.clearRect(0, 0, width, height);
  const cellWidth = width / Math.max(1, grid.columns);
  const cellHeight = height / grid.rows;
  // The share of a column's values in one row rarely passes 0.5; scale so that the busiest cell is fully dark.
  // The theme's ink, more opaque where more values fall, over the chart's own background (dark on light, light on dark).
  const [red, green, blue] = parseHex(colours.heatmapInk) ?? [0, 94, 70];
  let peak = 0;
  for (const share of grid.cells) if (share > peak) peak = share;
  for (let column = 0; column < grid.columns; column++) {
    for (let row = 0; row < grid.rows; row++) {
      const share = grid.cells[column * grid.rows + row]!;
      if (!(share > 0)) continue;
      const strength = Math.sqrt(share / peak);
      context.fillStyle = `rgba(${red}, ${green}, ${blue}, ${(0.08 + 0.92 * strength).toFixed(3)})`;
      // Row 0 holds the smallest values: draw it at the bottom.
      context.fillRect(
        column * cellWidth,
        height - (row + 1) * cellHeight,
        Math.ceil(cellWidth),
        Math.ceil(cellHeight),
      );
    }
  }
  context.strokeStyle = colours.highlight;
  context.lineWidth = 2;
  context.strokeRect(chosen * cellWidth + 1, 1, Math.max(2, cellWidth - 2), height - 2);
}

function HistogramOverTime({
  health,
  histograms,
  chosen,
  onChoose,
  label,
}: {
  health: readonly HealthSample[];
  histograms: readonly Histogram[];
  chosen: number;
  onChoose: (index: number) => void;
  label: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const grid = useMemo(() => heatmapGrid(histograms, HEATMAP_ROWS), [histograms]);
  const colours = useChartColours();
  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    element.width = element.clientWidth || 300;
    element.height = HEATMAP_HEIGHT;
    paint(element, grid, chosen, colours);
  }, [grid, chosen, colours]);
  const first = health[0]?.step ?? 0;
  const last = health.at(-1)?.step ?? 0;
  const description =
    `${label} over ${histograms.length} measured steps (${first} to ${last}), ` +
    `values ${formatNumber(grid.min)} to ${formatNumber(grid.max)}`;
  return (
    <div className="heatmap">
      <span className="heatmap-axis">{formatNumber(grid.max)}</span>
      <canvas
        ref={canvas}
        role="img"
        aria-label={description}
        title="Click a column to see that step's histogram"
        onClick={(event) => {
          const box = event.currentTarget.getBoundingClientRect();
          const column = Math.floor(((event.clientX - box.left) / box.width) * histograms.length);
          onChoose(Math.max(0, Math.min(histograms.length - 1, column)));
        }}
      />
      <span className="heatmap-axis">{formatNumber(grid.min)}</span>
      <span className="heatmap-steps">
        <span>step {first}</span>
        <span>step {last}</span>
      </span>
    </div>
  );
}

/** One layer's weights or activations over time as a heat-map, and as a histogram at a chosen measured step. */
export function LayerHistograms({ health }: { health: readonly HealthSample[] }) {
  const id = useId();
  const { t } = useTranslation('health');
  const sayLayer = useLayerName();
  const names = health[0]?.layers.map((l) => l.name) ?? [];
  const [layerName, setLayerName] = useState(names[0] ?? '');
  const [quantity, setQuantity] = useState<Quantity>('activationHistogram');
  const [chosen, setChosen] = useState<number | null>(null);
  const index = chosen === null ? health.length - 1 : Math.min(chosen, health.length - 1);
  // Choosing the latest step follows new samples as they come.
  const choose = (i: number) => setChosen(i >= health.length - 1 ? null : i);
  const sample = health[index];
  const layerIndex = Math.max(0, names.indexOf(layerName));
  const histograms = useMemo(
    () => health.map((s) => s.layers[layerIndex]?.[quantity] ?? { min: 0, max: 0, counts: [] }),
    [health, layerIndex, quantity],
  );
  const bins = histograms[index];
  const rows = bins
    ? bins.counts.map((count, i) => ({
        at: bins.min + ((i + 0.5) * (bins.max - bins.min)) / bins.counts.length,
        count,
      }))
    : [];
  const label = t(quantity === 'weightHistogram' ? 'histograms.weightsOf' : 'histograms.activationsOf', {
    layer: names[layerIndex] ?? '',
  });
  return (
    <figure className="chart chart-small" aria-label={t('histograms.figure')}>
      <figcaption>{t('histograms.caption')}</figcaption>
      <div className="chart-controls">
        <label htmlFor={`${id}-layer`}>{t('histograms.layer')}</label>
        <select
          id={`${id}-layer`}
          value={names[layerIndex] ?? ''}
          onChange={(event) => setLayerName(event.target.value)}
        >
          {names.map((name) => (
            <option key={name} value={name}>
              {sayLayer(name)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-quantity`}>{t('histograms.values')}</label>
        <select
          id={`${id}-quantity`}
          value={quantity}
          onChange={(event) => setQuantity(event.target.value as Quantity)}
        >
          <option value="activationHistogram">{t('histograms.activations')}</option>
          <option value="weightHistogram">{t('histograms.weights')}</option>
        </select>
      </div>
      <HistogramOverTime health={health} histograms={histograms} chosen={index} onChoose={choose} label={label} />
      <div className="chart-controls">
        <label htmlFor={`${id}-step`}>{t('histograms.atStep')}</label>
        <input
          id={`${id}-step`}
          type="range"
          min={0}
          max={Math.max(0, health.length - 1)}
          value={index}
          onChange={(event) => choose(Number(event.target.value))}
        />
        <output htmlFor={`${id}-step`}>{sample?.step ?? '–'}</output>
      </div>
      <ResponsiveContainer width="100%" height={130}>
        <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 4, left: 0 }} barCategoryGap={1}>
          <XAxis dataKey="at" tickFormatter={formatNumber} />
          <YAxis width={48} allowDecimals={false} />
          <Tooltip labelFormatter={(value) => (typeof value === 'number' ? formatNumber(value) : String(value))} />
          <Bar dataKey="count" fill="#009e73" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
