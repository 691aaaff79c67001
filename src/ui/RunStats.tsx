import { usePlayground } from './StoreContext';

const PHASE_TEXT = {
  starting: 'Starting',
  'loading-data': 'Loading data',
  ready: 'Ready',
  training: 'Training',
  paused: 'Paused',
  finished: 'Finished',
  diverged: 'Diverged',
  stopped: 'Stopped',
  failed: 'Stopped by an error',
} as const;

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="stat">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

const loss = (value: number | undefined) => (value === undefined ? '–' : value.toFixed(4));
const percent = (value: number | undefined) => (value === undefined ? '–' : `${(value * 100).toFixed(2)}%`);
const count = (value: number) => value.toLocaleString('en-US');

/** The numbers a person watches while a run trains. */
export function RunStats() {
  const phase = usePlayground((s) => s.phase);
  const stats = usePlayground((s) => s.stats);
  const backend = usePlayground((s) => s.backend);
  const losses = usePlayground((s) => s.trainLoss.losses);
  const learningRate = usePlayground((s) => s.trainLoss.learningRates.at(-1));
  const lastEvaluation = usePlayground((s) => s.evaluations.at(-1));
  return (
    <dl className="stats" aria-label="Run statistics">
      <Stat label="Status" value={PHASE_TEXT[phase]} />
      <Stat label="Step" value={`${stats.step} / ${stats.totalSteps}`} />
      <Stat label="Epoch" value={stats.epoch.toFixed(2)} />
      <Stat label="First training loss" value={loss(losses[0])} />
      <Stat label="Latest training loss" value={loss(losses.at(-1))} />
      <Stat label="Test loss" value={loss(lastEvaluation?.testLoss)} />
      <Stat label="Test accuracy" value={percent(lastEvaluation?.testAccuracy)} />
      {lastEvaluation?.monteCarlo && (
        <Stat
          label={`MC dropout test accuracy (${lastEvaluation.monteCarlo.samples} passes)`}
          value={percent(lastEvaluation.monteCarlo.accuracy)}
        />
      )}
      {lastEvaluation?.train && <Stat label="Training-set accuracy" value={percent(lastEvaluation.train.accuracy)} />}
      <Stat label="Learning rate" value={learningRate === undefined ? '–' : learningRate.toPrecision(3)} />
      <Stat
        label="Samples/s"
        value={stats.samplesPerSecond === null ? '–' : count(Math.round(stats.samplesPerSecond))}
      />
      <Stat label="Backend" value={backend ? backend.name : '–'} />
      <Stat label="Runs on" value={backend ? `${backend.thread} (${backend.detail})` : '–'} />
      <Stat label="Tensors in memory" value={stats.numTensors === null ? '–' : String(stats.numTensors)} />
      <Stat label="Parameters" value={count(stats.parameterCount)} />
      <Stat
        label="Training examples"
        value={stats.dataset ? `${count(stats.trainCount)} of ${stats.dataset.title}` : '–'}
      />
    </dl>
  );
}
