// Which runs share compiled GPU programs: WebGL compiles a program per model shape (seconds, the first time), so
// a warm-up or a backend measurement done for one run serves every run of the same shape.
import type { Experiment } from '../schema/experiment';

/**
 * Settings that are values fed to the same GPU programs (a rate, a length, a schedule computed on the host, the
 * examples chosen): runs that differ only in these share their compiled programs.
 */
const VALUE_ONLY_FIELDS = [
  'seed',
  'learningRate',
  'epochs',
  'evalEverySteps',
  'earlyStoppingPatience',
  'schedule',
  'scheduleBoundaries',
  'scheduleRates',
  'decaySteps',
  'decayFactor',
  'decayPower',
  'warmupSteps',
  'minLearningRate',
  'plateauPatience',
  'trainingExamples',
  'labelNoise',
] as const satisfies readonly (keyof Experiment)[];

/** What decides a model's GPU programs: the experiment less its value-only settings. */
export function programKey(experiment: Experiment): string {
  const shape: Partial<Experiment> = { ...experiment };
  for (const field of VALUE_ONLY_FIELDS) delete shape[field];
  return JSON.stringify(shape);
}
