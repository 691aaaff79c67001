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
import type { HealthSample } from '../diagnostics/health';
import { selectedRun } from '../store/playgroundStore';
import { usePlayground } from './StoreContext';
import { VerdictList } from './Verdicts';

/** Colours for layers, light to dark: the input side light, the output dark. */
function layerColour(index: number, count: number): string {
  const t = count <= 1 ? 1 : index / (count - 1);
  return `hsl(${215 - t * 20}, 70%, ${72 - t * 50}%)`;
}

const formatNumber = (value: number) =>
  value === 0 || (Math.abs(value) >= 0.01 && Math.abs(value) < 1e4)
    ? String(Number(value.toPrecision(3)))
    : value.toExponential(1);

/** Gradient norm of every layer over time, on a log axis: vanishing shows as a fan of lines decades apart (T02). */
function GradientNormChart({ health }: { health: readonly HealthSample[] }) {
  const names = health[0]?.layers.map((l) => l.name) ?? [];
  const rows = health.map((sample) => {
    const row: Record<string, number> = { step: sample.step };
    for (const layer of sample.layers) {
      if (Number.isFinite(layer.gradientNorm) && layer.gradientNorm > 0) row[layer.name] = layer.gradientNorm;
    }
    return row;
  });
  return (
    <figure className="chart chart-small" aria-label="Gradient norm per layer">
      <figcaption>Gradient norm per layer (log scale)</figcaption>
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
              stroke={layerColour(i, names.length)}
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

/** One layer's weights or activations as a histogram, at a chosen measured step. */
function LayerHistogram({ health }: { health: readonly HealthSample[] }) {
  const id = useId();
  const names = health[0]?.layers.map((l) => l.name) ?? [];
  const [layerName, setLayerName] = useState(names[0] ?? '');
  const [quantity, setQuantity] = useState<'activationHistogram' | 'weightHistogram'>('activationHistogram');
  const [chosen, setChosen] = useState<number | null>(null);
  const index = chosen === null ? health.length - 1 : Math.min(chosen, health.length - 1);
  const sample = health[index];
  const layer = sample?.layers.find((l) => l.name === layerName) ?? sample?.layers[0];
  const bins = layer?.[quantity];
  const rows = bins
    ? bins.counts.map((count, i) => ({
        at: bins.min + ((i + 0.5) * (bins.max - bins.min)) / bins.counts.length,
        count,
      }))
    : [];
  return (
    <figure className="chart chart-small" aria-label="Layer histogram">
      <figcaption>Histogram</figcaption>
      <div className="chart-controls">
        <label htmlFor={`${id}-layer`}>Layer</label>
        <select id={`${id}-layer`} value={layer?.name ?? ''} onChange={(event) => setLayerName(event.target.value)}>
          {names.map((name) => (
            <option key={name}>{name}</option>
          ))}
        </select>
        <label htmlFor={`${id}-quantity`}>Of</label>
        <select
          id={`${id}-quantity`}
          value={quantity}
          onChange={(event) => setQuantity(event.target.value as typeof quantity)}
        >
          <option value="activationHistogram">activations</option>
          <option value="weightHistogram">weights</option>
        </select>
        <label htmlFor={`${id}-step`}>At step</label>
        <input
          id={`${id}-step`}
          type="range"
          min={0}
          max={Math.max(0, health.length - 1)}
          value={index}
          onChange={(event) => setChosen(Number(event.target.value))}
        />
        <output htmlFor={`${id}-step`}>{sample?.step ?? '–'}</output>
      </div>
      <ResponsiveContainer width="100%" height={150}>
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

function SelectedRunVerdicts() {
  const run = usePlayground(selectedRun);
  return <VerdictList run={run} />;
}

/** Inside the selected run: gradient norms over time, activations per layer, and histograms (T02, T05, L11). */
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
          <GradientNormChart health={health} />
          <LayerBars sample={latest} />
          <LayerHistogram key={runId} health={health} />
        </div>
      )}
    </section>
  );
}
