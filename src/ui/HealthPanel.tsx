import { useTranslation } from 'react-i18next';
import { useLayerName } from './i18n/layerName';
import { useId, useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { relativeGradient, type HealthSample, type LayerHealth } from '../diagnostics/health';
import { selectedRun } from '../store/playgroundStore';
import { formatNumber } from './formatNumber';
import { LayerHistograms } from './LayerHistograms';
import { usePlayground } from './StoreContext';
import type { Theme } from './theme/themeChoice';
import { useTheme } from './theme/useTheme';
import { VerdictList } from './Verdicts';

/**
 * Colours for layers, from faint to strong against the page: on a light page the input side light and the output
 * dark, on a dark page the other way round, so that no layer's line fades into the background.
 */
function layerColour(index: number, count: number, theme: Theme): string {
  const t = count <= 1 ? 1 : index / (count - 1);
  const lightness = theme === 'dark' ? 45 + t * 40 : 72 - t * 50;
  return `hsl(${215 - t * 20}, 70%, ${lightness}%)`;
}

type GradientMeasure = 'relative' | 'norm';
const GRADIENT_MEASURES: Record<GradientMeasure, (l: LayerHealth) => number> = {
  relative: relativeGradient,
  norm: (l) => l.gradientNorm,
};

/**
 * Every layer's gradient over time, on a log axis: vanishing shows as a fan of lines decades apart (T02). Relative
 * to the weights by default, as the vanishing verdict reads it: that is how fast SGD moves each layer.
 */
function GradientChart({ health }: { health: readonly HealthSample[] }) {
  const id = useId();
  const [measure, setMeasure] = useState<GradientMeasure>('relative');
  const { theme } = useTheme();
  const { t } = useTranslation('health');
  const of = GRADIENT_MEASURES[measure];
  const layerName = useLayerName();
  const names = health[0]?.layers.map((l) => l.name) ?? [];
  const rows = health.map((sample) => {
    const row: Record<string, number> = { step: sample.step };
    for (const layer of sample.layers) {
      const value = of(layer);
      if (Number.isFinite(value) && value > 0) row[layer.name] = value;
    }
    return row;
  });
  return (
    <figure className="chart chart-small" aria-label={t('gradients.figure')}>
      <figcaption>{t('gradients.caption', { measure: t(`gradients.${measure}`) })}</figcaption>
      <div className="chart-controls">
        <label htmlFor={`${id}-measure`}>{t('gradients.show')}</label>
        <select
          id={`${id}-measure`}
          value={measure}
          onChange={(event) => setMeasure(event.target.value as GradientMeasure)}
        >
          {(Object.keys(GRADIENT_MEASURES) as GradientMeasure[]).map((value) => (
            <option key={value} value={value}>
              {t(`gradients.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <ResponsiveContainer width="100%" height={200}>
        <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#ddd" />
          <XAxis dataKey="step" type="number" domain={[0, 'dataMax']} />
          <YAxis scale="log" domain={['auto', 'auto']} allowDataOverflow width={60} tickFormatter={formatNumber} />
          <Tooltip formatter={(value) => (typeof value === 'number' ? formatNumber(value) : String(value))} />
          <Legend />
          {names.map((name, i) => (
            <Line
              key={name}
              dataKey={name}
              name={layerName(name)}
              stroke={layerColour(i, names.length, theme)}
              dot={false}
              isAnimationActive={false}
              strokeWidth={1.5}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}

/** The latest sample's activation spread and dead / saturated fractions, one bar per layer. */
function LayerBars({ sample }: { sample: HealthSample }) {
  const { t } = useTranslation('health');
  const layerName = useLayerName();
  const rows = sample.layers.map((layer) => ({
    name: layerName(layer.name),
    std: Number.isFinite(layer.activationStd) ? layer.activationStd : 0,
    dead: layer.deadFraction ?? 0,
    saturated: layer.saturatedFraction ?? 0,
  }));
  const showDead = sample.layers.some((l) => l.deadFraction !== null);
  const showSaturated = sample.layers.some((l) => l.saturatedFraction !== null);
  return (
    <figure className="chart chart-small" aria-label={t('activations.figure')}>
      <figcaption>{t('activations.caption', { step: sample.step })}</figcaption>
      <ResponsiveContainer width="100%" height={180}>
        <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#ddd" />
          <XAxis dataKey="name" />
          <YAxis width={60} tickFormatter={formatNumber} />
          <Tooltip formatter={(value) => (typeof value === 'number' ? formatNumber(value) : String(value))} />
          <Legend />
          <Bar dataKey="std" name={t('activations.std')} fill="#0072b2" isAnimationActive={false} />
          {showDead && <Bar dataKey="dead" name={t('activations.dead')} fill="#d55e00" isAnimationActive={false} />}
          {showSaturated && (
            <Bar dataKey="saturated" name={t('activations.saturated')} fill="#cc79a7" isAnimationActive={false} />
          )}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

function SelectedRunVerdicts() {
  const run = usePlayground(selectedRun);
  return <VerdictList run={run} />;
}

/** Inside the selected run: gradients over time, activations per layer, and histograms (T02, T05, L11). */
export function HealthPanel() {
  const runId = usePlayground((s) => selectedRun(s).id);
  const name = usePlayground((s) => selectedRun(s).name);
  const health = usePlayground((s) => selectedRun(s).health);
  const latest = health.at(-1);
  const { t } = useTranslation('health');
  return (
    <section className="health" aria-label={t('region', { name })}>
      <h2>{t('title', { name })}</h2>
      <SelectedRunVerdicts />
      {!latest ? (
        <p className="hint">{t('whenMeasured')}</p>
      ) : (
        <div className="health-grid">
          <GradientChart health={health} />
          <LayerBars sample={latest} />
          <LayerHistograms key={runId} health={health} />
        </div>
      )}
    </section>
  );
}
