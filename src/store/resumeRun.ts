// What the page keeps of a run that resumed from a checkpoint after its backend was lost: its record up to the
// checkpoint's step. The steps after it are trained again and reported anew, so each step is recorded once. Pure.
import type { FromTrainerPayloads } from '../protocol/trainerProtocol';
import { sayTrainer } from '../schema/trainerWords';
import type { Run } from './runState';

/** Backend names as a sentence names them. */
const BACKEND_TITLES: Readonly<Record<string, string>> = { webgl: 'WebGL', wasm: 'wasm', cpu: 'cpu' };

const title = (name: string) => BACKEND_TITLES[name] ?? name;

/** The number of entries ≤ step at the front of an increasing list (a run's steps, in order). */
function countUpTo(steps: readonly number[], length: number, step: number): number {
  let end = length;
  while (end > 0 && steps[end - 1]! > step) end--;
  return end;
}

/** The run's record cut after `step`: per-step columns, evaluations and health samples later than it are dropped. */
export function runRecordUpTo(
  run: Run,
  step: number,
): Pick<Run, 'series' | 'evaluations' | 'health' | 'stats' | 'saved' | 'divergedAt'> {
  const { series } = run;
  const kept = countUpTo(series.steps, series.length, step);
  const evaluations = run.evaluations.filter((evaluation) => evaluation.step <= step);
  return {
    // New arrays: the old ones may be shared with a chart that drew them.
    series: {
      steps: series.steps.slice(0, kept),
      losses: series.losses.slice(0, kept),
      learningRates: series.learningRates.slice(0, kept),
      seconds: series.seconds.slice(0, kept),
      length: kept,
    },
    evaluations,
    health: run.health.filter((sample) => sample.step <= step),
    stats: { ...run.stats, step, epoch: run.stats.stepsPerEpoch ? step / run.stats.stepsPerEpoch : 0 },
    // A file downloaded before holds steps that are dropped now; the same steps come again, but unsaved.
    saved: { steps: Math.min(run.saved.steps, kept), evaluations: Math.min(run.saved.evaluations, evaluations.length) },
    divergedAt: run.divergedAt !== null && run.divergedAt <= step ? run.divergedAt : null,
  };
}

/** The run after the trainer said it resumed: its record up to the checkpoint, and a notice saying what happened. */
export function resumedRun(run: Run, resumed: FromTrainerPayloads['resumed']): Partial<Run> {
  return {
    ...runRecordUpTo(run, resumed.fromStep),
    notice: sayTrainer('resumed', {
      lost: title(resumed.lost),
      lostAt: resumed.lostAtStep,
      from: resumed.fromStep,
      backend: title(resumed.backend),
    }),
  };
}
