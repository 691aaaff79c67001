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
const GRADIENT_MEASURES: Record<GradientMeasure, { label: string; of: (l: LayerHealth) => number }> = {
  relative: { label: '‖gradient‖ / ‖weights‖', of: relativeGradient },
  norm: { label: '‖gradient‖', of: (l) => l.gradientNorm },
};

/**
 * Every layer's gradient over time, on a log axis: vanishing shows as a fan of lines decades apart (T02). Relative
 * to the weights by default, as the vanishing verdict reads it: that is how fast SGD moves each layer.
 */
function GradientChart({ health }: { health: readonly HealthSample[] }) {
  const id = useId();
  const [measure, setMeasure] = useState<GradientMeasure>('relative');
  const { theme } = useTheme();
  const { label, of } = GRADIENT_MEASURES[measure];
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
    <figure className="chart chart-small" aria-label="Gradient per layer">
      <figcaption>Gradient per layer, {label} (log scale)</figcaption>
      <div className="chart-controls">
        <label htmlFor={`${id}-measure`}>Show</label>
        <select
          id={`${id}-measure`}
          value={measure}
          onChange={(event) => setMeasure(event.target.value as GradientMeasure)}
        >
          {Object.entries(GRADIENT_MEASURES).map(([value, m]) => (
            <option key={value} value={value}>
              {m.label}
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
  const rows = sample.layers.map((layer) => ({
    name: layer.name,
    'activation std': Number.isFinite(layer.activationStd) ? layer.activationStd : 0,
    'dead fraction': layer.deadFraction ?? 0,
    'saturated fraction': layer.saturatedFraction ?? 0,
  }));
  const showDead = sample.layers.some((l) => l.deadFraction !== null);
  const showSaturated = sample.layers.some((l) => l.saturatedFraction !== null);
  return (
    <figure className="chart chart-small" aria-label="Layer activations">
      <figcaption>Activations per layer at step {sample.step}</figcaption>
      <ResponsiveContainer width="100%" height={180}>
        <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#ddd" />
          <XAxis dataKey="name" />
          <YAxis width={60} tickFormatter={formatNumber} />
          <Tooltip formatter={(value) => (typeof value === 'number' ? formatNumber(value) : String(value))} />
          <Legend />
          <Bar dataKey="activation std" fill="#0072b2" isAnimationActive={false} />
          {showDead && <Bar dataKey="dead fraction" fill="#d55e00" isAnimationActive={false} />}
          {showSaturated && <Bar dataKey="saturated fraction" fill="#cc79a7" isAnimationActive={false} />}
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
  return (
    <section className="health" aria-label={`Health of ${name}`}>
      <h2>Diagnosis of {name}</h2>
      <SelectedRunVerdicts />
      {!latest ? (
        <p className="hint">Measured on steps 1, 2, 3, 5, 10, 20 and every 50th once the run trains.</p>
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
