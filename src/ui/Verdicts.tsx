import { useTranslation } from 'react-i18next';
import { useEffect } from 'react';
import type { Verdict } from '../diagnostics/verdicts';
import { VerdictTracker } from '../diagnostics/verdictTracker';
import type { Run } from '../store/playgroundStore';
import { useSay } from './i18n/say';
import { TipText } from './TipText';

// One tracker per run, shared by the run list and the diagnosis panel: each report reads only what the run appended
// (a tracker notices a reset run by itself). A run's object changes with every report, its id never.
const trackers = new Map<string, VerdictTracker>();
// How many mounted components read each run's tracker: a removed run's row unmounts, and its history is let go.
const readers = new Map<string, number>();

function release(id: string) {
  readers.set(id, (readers.get(id) ?? 1) - 1);
  // Later, so a component that remounts at once (StrictMode, a moved row) keeps the tracker.
  setTimeout(() => {
    if (readers.get(id)) return;
    readers.delete(id);
    trackers.delete(id);
  });
}

/** The diagnostic verdicts for a run, from its curves and health samples (thresholds in diagnostics/verdicts.ts). */
export function useVerdicts(run: Run): Verdict[] {
  useEffect(() => {
    readers.set(run.id, (readers.get(run.id) ?? 0) + 1);
    return () => release(run.id);
  }, [run.id]);
  let tracker = trackers.get(run.id);
  if (!tracker) trackers.set(run.id, (tracker = new VerdictTracker()));
  return tracker.update({
    settings: run.experiment,
    training: run.series,
    evaluations: run.evaluations,
    health: run.health,
    divergedAt: run.divergedAt,
    stepsPerEpoch: run.stats.stepsPerEpoch,
  });
}

/** Why a run is failing, in words: each verdict names the tip it comes from and the knob to try. */
export function VerdictList({ run }: { run: Run }) {
  const verdicts = useVerdicts(run);
  const say = useSay();
  const { t } = useTranslation('health');
  if (!verdicts.length) {
    return (
      // A note, not a bare paragraph: a <p> may not carry a name (aria-prohibited-attr); a note may.
      <p className="hint" role="note" aria-label={t('verdicts.label')}>
        {run.series.length ? t('verdicts.none') : t('verdicts.waiting')}
      </p>
    );
  }
  return (
    <ul className="verdicts" aria-label={t('verdicts.label')}>
      {verdicts.map((verdict) => (
        <li key={verdict.kind} className={verdict.severity === 'problem' ? 'verdict is-problem' : 'verdict'}>
          <strong>
            {say(verdict.title)} (<TipText text={verdict.tips.join(', ')} />)
          </strong>
          <TipText text={`${say(verdict.message)} ${say(verdict.tryThis)}`} />
        </li>
      ))}
    </ul>
  );
}
