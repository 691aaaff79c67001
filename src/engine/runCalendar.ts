// When a run's evaluations, checkpoints and loss read-backs fall: plain arithmetic on step numbers (no TF.js).

/**
 * Most steps between two checkpoints (there is one at every evaluation too): at most this much training is
 * redone after a lost GPU. Reading the default models' weights back costs a few ms (see the README's figures).
 */
export const CHECKPOINT_EVERY = 200;

/** A run's length and its evaluation interval (0: at epoch ends only). */
export interface RunCalendar {
  stepsPerEpoch: number;
  totalSteps: number;
  evalEverySteps: number;
}

/**
 * Epoch ends are evaluated unless epochs are shorter than the step interval (one-batch training has one-step
 * epochs: evaluating 10,000 test images after every step would be all the run does).
 */
export function evaluatesAtEpochEnds({ evalEverySteps: every, stepsPerEpoch }: RunCalendar): boolean {
  return every === 0 || stepsPerEpoch >= every;
}

/** Whether the run is evaluated once `step` steps are done. */
export function evaluationDue(run: RunCalendar, step: number): boolean {
  const every = run.evalEverySteps;
  return (
    step === run.totalSteps ||
    (every > 0 && step % every === 0) ||
    (evaluatesAtEpochEnds(run) && step % run.stepsPerEpoch === 0)
  );
}

/**
 * Steps from `step` to the next read-back (at most `readEvery`), stopping early at evaluations, epoch ends and
 * checkpoints so they land on exact steps.
 */
export function chunkLength(run: RunCalendar, step: number, readEvery: number): number {
  const every = run.evalEverySteps;
  let limit = Math.min(readEvery, run.totalSteps - step);
  if (evaluatesAtEpochEnds(run)) limit = Math.min(limit, run.stepsPerEpoch - (step % run.stepsPerEpoch));
  limit = Math.min(limit, CHECKPOINT_EVERY - (step % CHECKPOINT_EVERY));
  if (every > 0) limit = Math.min(limit, every - (step % every));
  return limit;
}
