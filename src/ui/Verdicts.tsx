import { useMemo } from 'react';
import { verdictsFor, type Verdict } from '../diagnostics/verdicts';
import type { Run } from '../store/playgroundStore';

/** The diagnostic verdicts for a run, from its curves and health samples (thresholds in diagnostics/verdicts.ts). */
export function useVerdicts(run: Run): Verdict[] {
  const { experiment, series, evaluations, health, divergedAt, stats } = run;
  return useMemo(
    () =>
      verdictsFor({
        settings: experiment,
        training: series,
        evaluations,
        health,
        divergedAt,
        stepsPerEpoch: stats.stepsPerEpoch,
      }),
    [experiment, series, evaluations, health, divergedAt, stats.stepsPerEpoch],
  );
}

/** Why a run is failing, in words: each verdict names the tip it comes from and the knob to try. */
export function VerdictList({ run }: { run: Run }) {
  const verdicts = useVerdicts(run);
  if (!verdicts.length) {
    return (
      <p className="hint" aria-label="Verdicts">
        {run.series.length ? 'No problem detected so far.' : 'Verdicts appear once the run trains.'}
      </p>
    );
  }
  return (
    <ul className="verdicts" aria-label="Verdicts">
      {verdicts.map((verdict) => (
        <li key={verdict.kind} className={verdict.severity === 'problem' ? 'verdict is-problem' : 'verdict'}>
          <strong>
            {verdict.title} ({verdict.tips.join(', ')})
          </strong>
          {verdict.message} {verdict.tryThis}
        </li>
      ))}
    </ul>
  );
}
