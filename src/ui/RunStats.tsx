import { useTranslation } from 'react-i18next';
import { selectedRun } from '../store/playgroundStore';
import { countText, fixedText, significantText } from '../charting/numberText';
import { backendDetail } from './backendText';
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
  const { t } = useTranslation('panels');
  const run = usePlayground(selectedRun);
  const trainerPhase = usePlayground((s) => s.trainerPhase);
  const backend = usePlayground((s) => s.backend);
  const { t: runWords, i18n } = useTranslation('runs');
  const { t: backendWords } = useTranslation('backends');
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
    <dl className="stats" aria-label={t('stats.label', { name: run.name })}>
      <Stat label={t('stats.status')} value={statusText(run, trainerPhase, { t: runWords })} />
      <Stat
        label={t('stats.step')}
        value={t('stats.stepOf', { step: count(stats.step), total: count(stats.totalSteps) })}
      />
      <Stat label={t('stats.epoch')} value={fixedText(stats.epoch, locale, 2)} />
      <Stat label={t('stats.firstLoss')} value={loss(losses[0])} />
      <Stat label={t('stats.latestLoss')} value={loss(series.length ? losses[series.length - 1] : undefined)} />
      <Stat label={t('stats.testLoss')} value={loss(lastEvaluation?.testLoss)} />
      <Stat label={t('stats.testAccuracy')} value={percent(lastEvaluation?.testAccuracy)} />
      {lastEvaluation?.monteCarlo && (
        <Stat
          label={t('stats.monteCarlo', { samples: lastEvaluation.monteCarlo.samples })}
          value={percent(lastEvaluation.monteCarlo.accuracy)}
        />
      )}
      {lastEvaluation?.train && (
        <Stat label={t('stats.trainAccuracy')} value={percent(lastEvaluation.train.accuracy)} />
      )}
      <Stat
        label={t('stats.learningRate')}
        value={learningRate === undefined ? '–' : significantText(learningRate, locale)}
      />
      <Stat
        label={t('stats.samplesPerSecond')}
        value={stats.samplesPerSecond === null ? '–' : count(Math.round(stats.samplesPerSecond))}
      />
      <Stat label={t('stats.backend')} value={backend ? backend.name : '–'} />
      <Stat
        label={t('stats.runsOn')}
        value={
          backend
            ? t('stats.runsOnValue', {
                thread: backend.thread === 'worker' ? t('stats.worker') : t('stats.mainThread'),
                detail: backendDetail(backend, backendWords, locale),
              })
            : '–'
        }
      />
      <Stat label={t('stats.tensors')} value={stats.numTensors === null ? '–' : String(stats.numTensors)} />
      <Stat label={t('stats.parameters')} value={count(stats.parameterCount)} />
      <Stat
        label={t('stats.examples')}
        value={
          stats.dataset
            ? t('stats.examplesOf', { examples: count(stats.trainCount), dataset: stats.dataset.title })
            : '–'
        }
      />
    </dl>
  );
}
