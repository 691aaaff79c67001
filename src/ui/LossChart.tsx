import { useMemo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { lttb } from '../charting/lttb';
import { usePlayground } from './StoreContext';

/** Points drawn per training curve; the full series stays in the store. */
const MAX_DRAWN_POINTS = 800;

/** Training loss per step and test loss per evaluation, against step. */
export function LossChart() {
  const trainLoss = usePlayground((s) => s.trainLoss);
  const evaluations = usePlayground((s) => s.evaluations);
  const train = useMemo(
    () =>
      lttb(trainLoss.steps, trainLoss.losses, MAX_DRAWN_POINTS)
        .filter((p) => Number.isFinite(p.y))
        .map((p) => ({ step: p.x, train: p.y })),
    [trainLoss],
  );
  const test = useMemo(() => evaluations.map((e) => ({ step: e.step, test: e.testLoss })), [evaluations]);

  return (
    <figure className="chart" aria-label="Loss chart">
      <figcaption>Loss (cross-entropy) against training step</figcaption>
      <ResponsiveContainer width="100%" height={320}>
        <LineChart margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#ddd" />
          <XAxis
            dataKey="step"
            type="number"
            domain={[0, 'dataMax']}
            allowDuplicatedCategory={false}
            label={{ value: 'step', position: 'insideBottomRight', offset: -4 }}
          />
          <YAxis domain={[0, 'auto']} width={56} />
          <Tooltip formatter={(value) => (typeof value === 'number' ? value.toFixed(4) : String(value))} />
          <Legend />
          <Line
            data={train}
            dataKey="train"
            name="training loss"
            stroke="#0072b2"
            dot={false}
            isAnimationActive={false}
            strokeWidth={1.5}
          />
          <Line
            data={test}
            dataKey="test"
            name="test loss"
            stroke="#d55e00"
            dot
            isAnimationActive={false}
            strokeWidth={2}
          />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
