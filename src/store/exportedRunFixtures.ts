// Example runs and a fast-check generator of valid runs, shared by runExport.test.ts and runImport.test.ts.
// For tests only: nothing in the app imports it.
import fc from 'fast-check';
import { defaultExperiment, type Experiment } from '../schema/experiment';
import { withoutControlCharacters } from '../schema/urlCodec';
import type { ExportedRun, RunEvaluation } from './runExport';

/** A finished run of three steps with two evaluations, one of them before training; `overrides` replace fields. */
export function run(overrides: Partial<ExportedRun> = {}): ExportedRun {
  return {
    name: 'Adam',
    colour: '#0072b2',
    experiment: defaultExperiment(),
    stepsPerEpoch: 3,
    status: 'finished',
    series: {
      steps: [1, 2, 3],
      losses: [2.5, 1.25, 0.5],
      learningRates: [0.001, 0.001, 0.0005],
      seconds: [0.1, 0.2, 0.3],
    },
    evaluations: [
      { step: 0, epoch: 0, seconds: 0, testLoss: 2.3, testAccuracy: 0.1 },
      { step: 3, epoch: 1, seconds: 0.35, testLoss: 0.75, testAccuracy: 0.8 },
    ],
    ...overrides,
  };
}

/** A second run, diverged, with a comma in its name and no evaluations. */
export const sgd = (): ExportedRun =>
  run({
    name: 'SGD, fast',
    colour: '#d55e00',
    experiment: { ...defaultExperiment(), optimizer: 'sgd', learningRate: 0.1 },
    stepsPerEpoch: 2,
    status: 'diverged',
    series: { steps: [1, 2], losses: [3, NaN], learningRates: [0.1, 0.1], seconds: [0.05, 0.1] },
    evaluations: [],
  });

const number = fc.double().map((x) => (Object.is(x, -0) ? 0 : x)); // JSON writes -0 as 0
const increasingSteps = (maxLength: number) =>
  fc
    .array(fc.integer({ min: 1, max: 50 }), { maxLength })
    .map((gaps) => gaps.reduce<number[]>((steps, gap) => [...steps, (steps.at(-1) ?? -1) + gap], []));

const experimentArbitrary: fc.Arbitrary<Experiment> = fc
  .record({
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    learningRate: fc.double({ min: 1e-6, max: 10, noNaN: true }),
  })
  .map((overrides) => ({ ...defaultExperiment(), ...overrides }));

const evaluationArbitrary = (step: number): fc.Arbitrary<RunEvaluation> =>
  fc.record(
    {
      step: fc.constant(step),
      epoch: number,
      seconds: number,
      testLoss: number,
      testAccuracy: number,
      train: fc.record({ loss: number, accuracy: number }),
      monteCarlo: fc.record({ loss: number, accuracy: number, samples: fc.integer({ min: 1, max: 64 }) }),
    },
    { requiredKeys: ['step', 'epoch', 'seconds', 'testLoss', 'testAccuracy'] },
  );

const runArbitrary: fc.Arbitrary<ExportedRun> = fc
  .record({
    name: fc
      .string({ minLength: 1, maxLength: 60, unit: 'grapheme' })
      .filter((s) => s.length <= 60 && withoutControlCharacters(s).trim() === s && s !== ''),
    colour: fc.integer({ min: 0, max: 0xffffff }).map((c) => `#${c.toString(16).padStart(6, '0')}`),
    experiment: experimentArbitrary,
    stepsPerEpoch: fc.integer({ min: 1, max: 2000 }),
    status: fc.constantFrom('finished', 'diverged', 'paused', 'stopped early'),
    steps: increasingSteps(20),
    evaluationSteps: increasingSteps(5),
  })
  .chain(({ steps, evaluationSteps, ...rest }) => {
    const perStep = fc.array(number, { minLength: steps.length, maxLength: steps.length });
    return fc
      .record({
        losses: perStep,
        learningRates: perStep,
        seconds: perStep,
        evaluations: fc.tuple(...evaluationSteps.map(evaluationArbitrary)),
      })
      .map(({ evaluations, ...values }): ExportedRun => ({ ...rest, series: { steps, ...values }, evaluations }));
  });

/** One to eight valid runs: names without control characters, increasing steps, any numbers (NaN too). */
export const runsArbitrary = fc.array(runArbitrary, { minLength: 1, maxLength: 8 });
