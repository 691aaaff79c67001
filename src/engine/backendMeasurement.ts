// Times a few warm training steps of a run's model on each started backend, for auto's choice (backendChoice.ts).
// One backend is active per thread in TF.js: this switches between them, so the caller makes sure nothing else
// computes meanwhile, and sets the chosen one afterwards.
import { BACKENDS, TIMING_ORDER, type BackendName } from '../protocol/backends';
import type { BackendFailure, BackendTiming } from '../protocol/trainerProtocol';
import { cutShort, fastestFirst } from './backendChoice';
import { tf } from './tf';
import type { Trainer } from './trainer';

export interface MeasurementPlan {
  /** About how long to time each backend after its warm-up, in milliseconds. */
  targetMs: number;
  minSteps: number;
  maxSteps: number;
  /** No further backend is tried once this much time has gone (a slow CPU on a CNN), in milliseconds. */
  budgetMs: number;
}

/**
 * A few hundred milliseconds a backend: seconds in all for the default MLP (most of it WebGL compiling its programs
 * on a software renderer); the budget bounds a CNN, whose steps take seconds on slow backends.
 */
export const MEASUREMENT_PLAN: MeasurementPlan = { targetMs: 300, minSteps: 2, maxSteps: 10, budgetMs: 8000 };

/** Steps to time after the first warm one, so that a backend is timed for about `targetMs`. */
export function stepsToTime(firstStepMs: number, plan: MeasurementPlan): number {
  const steps = Math.round(plan.targetMs / Math.max(firstStepMs, 0.01));
  return Math.min(plan.maxSteps, Math.max(plan.minSteps, steps));
}

export interface Measurement {
  /** Fastest first. */
  timings: BackendTiming[];
  /** Backends that could not train the model (their steps threw). */
  failed: BackendFailure[];
  /** Backends left untimed: the time budget was spent. */
  skipped: BackendName[];
  ms: number;
}

/**
 * Times each of `backends` (in TIMING_ORDER) on a throwaway trainer from `makeTrainer` (built on the active backend): one warm-up
 * step (GPU backends compile their programs in it), one timed step, then more unless that one is already several
 * times slower than the best so far. Leaves the last backend tried active.
 */
export async function measureBackends(
  backends: readonly BackendName[],
  makeTrainer: () => Trainer,
  plan: MeasurementPlan = MEASUREMENT_PLAN,
): Promise<Measurement> {
  const started = performance.now();
  const timings: BackendTiming[] = [];
  const failed: BackendFailure[] = [];
  const skipped: BackendName[] = [];
  const best = () => fastestFirst(timings)[0]?.msPerStep ?? null;
  for (const name of TIMING_ORDER.filter((name) => backends.includes(name))) {
    if (timings.length && performance.now() - started > plan.budgetMs) {
      skipped.push(name);
      continue;
    }
    let trainer: Trainer | null = null;
    try {
      if (!(await tf.setBackend(name))) throw new Error('could not be started');
      trainer = makeTrainer();
      const warmUp = await trainer.timeSteps(1);
      // Without programs to compile, the warm-up step is already a fair time.
      if (!BACKENDS[name].needsGpu && cutShort(warmUp, best())) {
        timings.push({ name, msPerStep: warmUp, steps: 1 });
        continue;
      }
      const first = await trainer.timeSteps(1);
      // Slower than a second, say, or already far behind: one step is measure enough.
      if (first >= plan.targetMs || cutShort(first, best())) {
        timings.push({ name, msPerStep: first, steps: 1 });
        continue;
      }
      const steps = stepsToTime(first, plan);
      timings.push({ name, msPerStep: (await trainer.timeSteps(steps)) / steps, steps });
    } catch (error) {
      failed.push({ name, stage: 'model', detail: (error as Error).message || String(error) });
    } finally {
      trainer?.dispose();
    }
  }
  return { timings: fastestFirst(timings), failed, skipped, ms: performance.now() - started };
}
