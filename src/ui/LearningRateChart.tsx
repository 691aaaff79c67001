import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { lttb } from '../charting/lttb';
import { usePlayground } from './StoreContext';

const MAX_DRAWN_POINTS = 400;

/** The learning rate each step used, so a schedule's shape sits next to the loss it produced (M08). */
export function LearningRateChart() {
  const steps = usePlayground((s) => s.trainLoss.steps);
  const rates = usePlayground((s) => s.trainLoss.learningRates);
  const points = useMemo(
    () => lttb(steps, rates, MAX_DRAWN_POINTS).map((p) => ({ step: p.x, rate: p.y })),
    [steps, rates],
  );
  return (
    <figure className="chart chart-small" aria-label="Learning-rate chart">
      <figcaption>Learning rate against training step</figcaption>
      <ResponsiveContainer width="100%" height={140}>
        <LineChart data={points} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#ddd" />
          <XAxis dataKey="step" type="number" domain={[0, 'dataMax']} />
          <YAxis domain={[0, 'auto']} width={64} tickFormatter={(v: number) => v.toPrecision(2)} />
          <Tooltip formatter={(value) => (typeof value === 'number' ? value.toPrecision(3) : String(value))} />
          <Line dataKey="rate" name="learning rate" stroke="#009e73" dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
