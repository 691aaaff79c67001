import { verdictsFor, type Verdict } from '../diagnostics/verdicts';
import type { Run } from '../store/playgroundStore';

// Keyed by the run object, which changes with every report: the run list and the diagnosis panel both ask for
// the selected run's verdicts, and the rules scan the whole loss history.
const verdictCache = new WeakMap<Run, Verdict[]>();

/** The diagnostic verdicts for a run, from its curves and health samples (thresholds in diagnostics/verdicts.ts). */
export function useVerdicts(run: Run): Verdict[] {
  let verdicts = verdictCache.get(run);
  if (!verdicts) {
    verdicts = verdictsFor({
      settings: run.experiment,
      training: run.series,
      evaluations: run.evaluations,
      health: run.health,
      divergedAt: run.divergedAt,
      stepsPerEpoch: run.stats.stepsPerEpoch,
    });
    verdictCache.set(run, verdicts);
  }
  return verdicts;
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
