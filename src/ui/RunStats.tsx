import { useTranslation } from 'react-i18next';
import { countText, fixedText, significantText } from '../charting/numberText';
import { selectedRun } from '../store/playgroundStore';
import { statusText } from './runText';
import { usePlayground } from './StoreContext';

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="stat">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

/** The numbers a person watches while the selected run trains. */
export function RunStats() {
  const run = usePlayground(selectedRun);
  const trainerPhase = usePlayground((s) => s.trainerPhase);
  const backend = usePlayground((s) => s.backend);
  const { t, i18n } = useTranslation('runs');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const loss = (value: number | undefined) => (value === undefined ? '–' : fixedText(value, locale, 4));
  // Two decimals here (one on the chart): the statistics are where a person reads a run's figure closely.
  const percent = (value: number | undefined) => (value === undefined ? '–' : `${fixedText(value * 100, locale, 2)}%`);
  const count = (value: number) => countText(value, locale);
  const { stats, series } = run;
  const losses = series.losses;
  const learningRate = series.length ? series.learningRates[series.length - 1] : undefined;
  const lastEvaluation = run.evaluations.at(-1);
  return (
    <dl className="stats" aria-label={`Statistics of ${run.name}`}>
      <Stat label="Status" value={statusText(run, trainerPhase, { t })} />
      <Stat label="Step" value={`${count(stats.step)} / ${count(stats.totalSteps)}`} />
      <Stat label="Epoch" value={fixedText(stats.epoch, locale, 2)} />
      <Stat label="First training loss" value={loss(losses[0])} />
      <Stat label="Latest training loss" value={loss(series.length ? losses[series.length - 1] : undefined)} />
      <Stat label="Test loss" value={loss(lastEvaluation?.testLoss)} />
      <Stat label="Test accuracy" value={percent(lastEvaluation?.testAccuracy)} />
      {lastEvaluation?.monteCarlo && (
        <Stat
          label={`MC dropout test accuracy (${lastEvaluation.monteCarlo.samples} passes)`}
          value={percent(lastEvaluation.monteCarlo.accuracy)}
        />
      )}
      {lastEvaluation?.train && <Stat label="Training-set accuracy" value={percent(lastEvaluation.train.accuracy)} />}
      <Stat label="Learning rate" value={learningRate === undefined ? '–' : significantText(learningRate, locale)} />
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
