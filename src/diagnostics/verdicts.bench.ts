// `npx vitest bench --run src/diagnostics/verdicts.bench.ts`: what one update of a run's verdicts costs at the end
// of a 50-epoch MNIST run (93,750 steps, a health sample on steps 1, 2, 3, 5, 10, 20 and every 50th, an evaluation
// per epoch), as the page pays it on every metrics message (~20 steps) of each training run.
import { bench, describe } from 'vitest';
import type { HealthSample } from './health';
import { VerdictTracker } from './verdictTracker';
import { verdictsFor, type VerdictInput } from './verdicts';

const STEPS_PER_EPOCH = 1875;
const EPOCHS = 50;

/** Deterministic noise in [-1, 1). */
function noise(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 31 - 1;
  };
}

function longRun(): VerdictInput {
  const next = noise(7);
  const n = STEPS_PER_EPOCH * EPOCHS;
  const steps = Array.from({ length: n }, (_, i) => i + 1);
  const losses = steps.map((s) => 0.05 + 2.25 * Math.exp(-s / 2000) + 0.04 * next());
  const health: HealthSample[] = steps
    .filter((s) => [1, 2, 3, 5, 10, 20].includes(s) || s % 50 === 0)
    .map((step) => ({
      step,
      // Four weight layers, so the vanishing rule computes every window (it skips nets of fewer).
      layers: ['dense 1', 'dense 2', 'dense 3', 'output'].map((name, i) => ({
        name,
        gradientNorm: (0.3 + 0.2 * i) * (1 + 0.2 * next()),
        weightNorm: 10 - i,
        updateRatio: 1e-3 * (1 + 0.1 * next()),
        activationMean: 0.5,
        activationStd: 1 + 0.1 * next(),
        deadFraction: name === 'output' ? null : 0.15 + 0.05 * next(),
        saturatedFraction: null,
        nonFinite: [],
        activationHistogram: { min: 0, max: 0, counts: [] },
        weightHistogram: { min: 0, max: 0, counts: [] },
      })),
    }));
  const evaluations = Array.from({ length: EPOCHS }, (_, e) => ({
    step: (e + 1) * STEPS_PER_EPOCH,
    testLoss: 0.08 + 0.2 * Math.exp(-e / 5),
    testAccuracy: 0.97,
  }));
  return {
    settings: {
      activation: 'relu',
      initializer: 'he',
      batchNorm: 'off',
      trainingSubset: 'full',
      optimizer: 'adam',
      learningRate: 1e-3,
      batchSize: 32,
      clipping: 'none',
      l2: 0,
      earlyStoppingPatience: 0,
      dropout: [],
    },
    training: { steps, losses, length: n },
    evaluations,
    health,
    divergedAt: null,
    stepsPerEpoch: STEPS_PER_EPOCH,
  };
}

const run = longRun();
const CHUNK = 20;

/**
 * The page's inputs, one per metrics message of CHUNK steps, as the store builds them: the same loss arrays with a
 * growing length, a new health or evaluations array only when a sample or an evaluation arrived.
 */
function messages(): VerdictInput[] {
  const inputs: VerdictInput[] = [];
  let [health, evaluations] = [run.health.slice(0, 0), run.evaluations.slice(0, 0)];
  for (let length = CHUNK; length <= run.training.length; length += CHUNK) {
    const step = run.training.steps[length - 1]!;
    if (run.health[health.length] && run.health[health.length]!.step <= step)
      health = run.health.filter((h) => h.step <= step);
    if (run.evaluations[evaluations.length] && run.evaluations[evaluations.length]!.step <= step)
      evaluations = run.evaluations.filter((e) => e.step <= step);
    inputs.push({ ...run, training: { ...run.training, length }, health, evaluations });
  }
  return inputs;
}

const inputs = messages();
const lastEpoch = Math.floor(STEPS_PER_EPOCH / CHUNK);

/** Milliseconds per update: a tracker fed the whole run, timing the updates from `from` on; the median of 5. */
function trackerCost(from: number): number {
  const times: number[] = [];
  for (let repeat = 0; repeat < 5; repeat++) {
    const tracker = new VerdictTracker();
    inputs.slice(0, from).forEach((input) => tracker.update(input));
    const started = performance.now();
    for (let i = from; i < inputs.length; i++) tracker.update(inputs[i]!);
    times.push((performance.now() - started) / (inputs.length - from));
  }
  return times.sort((a, b) => a - b)[2]!;
}

const µs = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;
console.log(
  `VerdictTracker.update, ${CHUNK} steps more: ${µs(trackerCost(inputs.length - lastEpoch))} per update in the ` +
    `last epoch, ${µs(trackerCost(0))} per update over the whole run (${inputs.length} updates)`,
);

describe(`one update at the end of a ${EPOCHS}-epoch run (${run.training.length} steps, ${run.health.length} health samples)`, () => {
  bench('verdictsFor(the whole history)', () => {
    verdictsFor(run);
  });
});
