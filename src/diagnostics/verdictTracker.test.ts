import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HealthSample, LayerHealth } from './health';
import { english } from '../ui/i18n/english';
import { KINDS } from './verdict';
import { VerdictTracker } from './verdictTracker';
import { verdictsFor, type VerdictInput, type VerdictKind } from './verdicts';

/** Uniform noise in [0, 1) from a seed (an LCG): a whole run's streams from one generated number. */
function uniform(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const settingsArb = fc.record({
  activation: fc.constantFrom('relu', 'sigmoid', 'tanh', 'leakyRelu'),
  initializer: fc.constantFrom('he', 'standardNormal', 'glorot'),
  batchNorm: fc.constantFrom('off', 'beforeActivation'),
  trainingSubset: fc.constantFrom('full', 'full', 'oneBatch', 'oneExample'),
  optimizer: fc.constantFrom('adam', 'sgd'),
  learningRate: fc.constantFrom(1e-3, 0.1),
  batchSize: fc.constantFrom(1, 32),
  clipping: fc.constantFrom('none', 'norm'),
  l2: fc.constantFrom(0, 1e-4),
  earlyStoppingPatience: fc.constantFrom(0, 5),
  dropout: fc.constantFrom([], [0.5]),
});

/** What a run's streams look like: the shapes the rules look for, their near misses, and noise around them. */
const runArb = fc.record({
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  settings: settingsArb,
  otherSettings: settingsArb,
  steps: fc.integer({ min: 0, max: 1200 }),
  loss: fc.constantFrom('falling', 'flat', 'oscillating', 'spike', 'rising', 'plateau'),
  nonFiniteTail: fc.constantFrom(0, 0, 0, 1, 3),
  healthEvery: fc.integer({ min: 5, max: 60 }),
  layers: fc.integer({ min: 2, max: 5 }),
  gradients: fc.constantFrom('even', 'vanishing', 'recovering', 'late', 'exploding'),
  badSample: fc.boolean(),
  evaluateEvery: fc.integer({ min: 20, max: 200 }),
  test: fc.constantFrom('falling', 'overfitting', 'flat', 'rising', 'belowTrain'),
  withTrain: fc.boolean(),
  updates: fc.array(
    fc.record({
      training: fc.nat(150),
      // How far (in steps) the health samples and evaluations delivered run ahead of the training loss or lag it.
      healthLead: fc.integer({ min: -80, max: 40 }),
      evaluationLead: fc.integer({ min: -80, max: 40 }),
      diverged: fc.boolean(),
      otherSettings: fc.boolean(),
    }),
    { maxLength: 25 },
  ),
});
type RunSpec = typeof runArb extends fc.Arbitrary<infer R> ? R : never;

const LOSS_SHAPES: Record<RunSpec['loss'], (step: number, spikeAt: number) => number> = {
  falling: (s) => 0.1 + 2.2 * Math.exp(-s / 150),
  flat: () => 2.3,
  oscillating: (s) => (s < 100 ? 2.3 - 0.013 * s : 1),
  spike: (s, at) => (s === at ? 40 : 0.2 + 2.1 * Math.exp(-s / 50)),
  rising: (s) => 0.5 + 0.002 * s,
  plateau: (s) => (s < 100 ? 2.3 - 0.008 * s : 1.5),
};
const NOISE: Record<RunSpec['loss'], number> = {
  falling: 0.03,
  flat: 0.02,
  oscillating: 0.35,
  spike: 0.02,
  rising: 0.02,
  plateau: 0.05,
};
const TEST_SHAPES: Record<RunSpec['test'], (i: number) => number> = {
  falling: (i) => 0.1 + 0.3 * Math.exp(-i / 3),
  overfitting: (i) => (i < 4 ? 0.5 - 0.05 * i : 0.3 + 0.05 * (i - 4)),
  flat: () => 1.5,
  rising: (i) => 0.5 + 0.1 * i,
  belowTrain: (i) => 1.2 * 0.9 ** i,
};

/** A run's complete streams, in the order the trainer reports them. */
function streams(spec: RunSpec) {
  const next = uniform(spec.seed);
  const around = (x: number, spread: number) => x * (1 + spread * (2 * next() - 1));
  const spikeAt = 20 + Math.floor(next() * 200);
  const steps = Array.from({ length: spec.steps }, (_, i) => i + 1);
  const losses = steps.map((s, i) =>
    i >= spec.steps - spec.nonFiniteTail
      ? next() < 0.5
        ? NaN
        : Infinity
      : Math.max(0.001, LOSS_SHAPES[spec.loss](s, spikeAt) + NOISE[spec.loss] * (2 * next() - 1)),
  );
  const relu = spec.settings.activation === 'relu';
  const squashing = ['sigmoid', 'tanh'].includes(spec.settings.activation);
  const sampleSteps = steps.filter((s) => s % spec.healthEvery === 0);
  const badAt = spec.badSample ? Math.floor(next() * sampleSteps.length * 1.5) : -1;
  const health: HealthSample[] = sampleSteps.map((step, k) => {
    const early = k < sampleSteps.length / 2;
    const firstFactor = {
      even: 1,
      vanishing: 1 / 200,
      recovering: early ? 1 / 150 : 1 / 5,
      late: early ? 1 / 5 : 1 / 120,
      exploding: 300,
    }[spec.gradients];
    const layers = Array.from({ length: spec.layers }, (_, i): LayerHealth => {
      const output = i === spec.layers - 1;
      return {
        name: output ? 'output' : `dense ${i + 1}`,
        gradientNorm: around(0.5 * (i === 0 ? firstFactor : 1), 0.3),
        weightNorm: next() < 0.02 ? 0 : around(10, 0.2),
        updateRatio: around(1e-3, 0.5),
        activationMean: 0.5,
        activationStd: spec.gradients === 'exploding' && next() < 0.5 ? around(2000, 0.5) : around(1, 0.2),
        deadFraction: relu && !output ? 0.2 + 0.6 * next() : null,
        saturatedFraction: squashing && !output ? 0.2 + 0.6 * next() : null,
        nonFinite: [],
        activationHistogram: { min: 0, max: 0, counts: [] },
        weightHistogram: { min: 0, max: 0, counts: [] },
      };
    });
    // Once a NaN appears it spreads: every later sample holds one, in the weights of dense 1 first.
    if (k === badAt) Object.assign(layers[1]!, { gradientNorm: NaN, nonFinite: ['gradient'] });
    if (badAt >= 0 && k > badAt) Object.assign(layers[0]!, { weightNorm: NaN, nonFinite: ['weight'] });
    return { step, layers };
  });
  const evaluations: VerdictInput['evaluations'] = steps
    .filter((s) => s % spec.evaluateEvery === 0)
    .map((step, i) => ({
      step,
      testLoss: next() < 0.03 ? NaN : around(TEST_SHAPES[spec.test](i), 0.02),
      testAccuracy: 0.9,
      ...(spec.withTrain
        ? { train: { loss: around(LOSS_SHAPES[spec.loss](step, spikeAt), 0.02), accuracy: 0.97 + 0.03 * next() } }
        : {}),
    }));
  return { steps, losses, health, evaluations };
}

/**
 * Feeds the run to a tracker in the spec's chunks (then everything), the loss arrays growing in place as the store's
 * do; the health samples and evaluations delivered run somewhat ahead of or behind the loss, as messages interleave.
 */
function* updates(spec: RunSpec): Generator<VerdictInput> {
  const full = streams(spec);
  const training = { steps: [] as number[], losses: [] as number[], length: 0 };
  let [health, evaluations] = [0, 0];
  const upTo = (items: readonly { step: number }[], from: number, step: number) => {
    let n = from;
    while (n < items.length && items[n]!.step <= step) n++;
    return n;
  };
  const firstBad = full.losses.findIndex((l) => !Number.isFinite(l));
  const last = { training: Infinity, healthLead: Infinity, evaluationLead: Infinity, diverged: true };
  for (const chunk of [...spec.updates, { ...last, otherSettings: false }]) {
    const to = Math.min(full.steps.length, training.length + chunk.training);
    for (let i = training.length; i < to; i++) {
      training.steps.push(full.steps[i]!);
      training.losses.push(full.losses[i]!);
    }
    training.length = to;
    const step = training.steps.at(-1) ?? 0;
    health = upTo(full.health, health, step + chunk.healthLead);
    evaluations = upTo(full.evaluations, evaluations, step + chunk.evaluationLead);
    yield {
      settings: chunk.otherSettings ? spec.otherSettings : spec.settings,
      training: { ...training },
      evaluations: full.evaluations.slice(0, evaluations),
      health: full.health.slice(0, health),
      // The trainer's divergence report may come before or after the loss it names.
      divergedAt: chunk.diverged && firstBad >= 0 ? full.steps[firstBad]! : null,
      stepsPerEpoch: 1875,
    };
  }
}

describe('VerdictTracker', () => {
  it('after every update, gives exactly what verdictsFor gives for everything so far, in any chunking', () => {
    const seen = new Set<VerdictKind>();
    fc.assert(
      fc.property(runArb, (spec) => {
        const tracker = new VerdictTracker();
        for (const input of updates(spec)) {
          const expected = verdictsFor(input);
          expected.forEach((v) => seen.add(v.kind));
          expect(tracker.update(input)).toEqual(expected);
        }
      }),
      { numRuns: 150, seed: 20240611 },
    );
    // The streams are only a test of the tracker if they make every rule fire somewhere.
    expect([...seen].sort()).toEqual(Object.keys(KINDS).sort());
  });

  it('agrees for random runs too (a fresh seed on every test run)', () => {
    fc.assert(
      fc.property(runArb, (spec) => {
        const tracker = new VerdictTracker();
        for (const input of updates(spec)) expect(tracker.update(input)).toEqual(verdictsFor(input));
      }),
      { numRuns: 50 },
    );
  });
});

/** A plateaued run evaluated every 100 steps with a flat test loss: "stuck" once four evaluations have a loss. */
function stuckRun(): VerdictInput {
  const next = uniform(3);
  const steps = Array.from({ length: 1000 }, (_, i) => i + 1);
  const losses = steps.map((s) => (s < 100 ? 2.3 - 0.008 * s : 1.5) + 0.05 * (2 * next() - 1));
  return {
    settings: { ...fc.sample(settingsArb, { numRuns: 1, seed: 1 })[0]!, trainingSubset: 'full' },
    training: { steps, losses, length: 1000 },
    evaluations: steps.filter((s) => s % 100 === 0).map((step) => ({ step, testLoss: 1.5, testAccuracy: 0.5 })),
    health: [],
    divergedAt: null,
    stepsPerEpoch: 1875,
  };
}

describe('VerdictTracker, example by example', () => {
  it('reads an evaluation reported before the losses up to its step as trainLosses does: the mean so far', () => {
    const run = stuckRun();
    const tracker = new VerdictTracker();
    const messages = new Set<string>();
    // Each evaluation arrives 99 steps before the losses reach its step, one step into its window; then the
    // losses come one step at a time.
    for (let length = 0; length <= 1000; length++) {
      const input = {
        ...run,
        training: { ...run.training, length },
        evaluations: run.evaluations.filter((e) => e.step <= length + 99),
      };
      const expected = verdictsFor(input);
      expect(tracker.update(input)).toEqual(expected);
      expected.forEach((v) => messages.add(english(v.message)));
    }
    // The training loss at the latest evaluation shows in the message, so it changed as its window filled.
    expect(messages.size).toBeGreaterThan(5);
  });

  it('starts over when the run is reset: new arrays, the same ones refilled, shorter, or new samples', () => {
    const run = stuckRun();
    // A flat loss of 1,200 steps: learning rate too low, which the stuck run's state continued would not say.
    const flat = (steps: number[], losses: number[]) => {
      steps.length = losses.length = 0;
      for (let i = 0; i < 1200; i++) [steps[i], losses[i]] = [i + 1, 2.3 + 0.01 * Math.sin(i)];
      return { steps, losses, length: 1200 };
    };
    const resets: [string, (steps: number[], losses: number[]) => VerdictInput][] = [
      ['new arrays', () => ({ ...run, training: flat([], []) })],
      ['refilled in place', (steps, losses) => ({ ...run, training: flat(steps, losses) })],
      ['shorter', (steps, losses) => ({ ...run, training: { steps, losses, length: 900 } })],
      [
        'new samples',
        (steps, losses) => ({
          ...run,
          training: { steps, losses, length: 1000 },
          evaluations: run.evaluations.map((e) => ({ ...e, testLoss: 0.5 })),
        }),
      ],
    ];
    for (const [why, reset] of resets) {
      const [steps, losses] = [[...run.training.steps], [...run.training.losses]];
      const tracker = new VerdictTracker();
      const before = tracker.update({ ...run, training: { steps, losses, length: 1000 } });
      const after = reset(steps, losses);
      expect(tracker.update(after), why).toEqual(verdictsFor(after));
      expect(verdictsFor(after), why).not.toEqual(before);
    }
  });

  it('reads each loss, health sample and evaluation of the input once, however often it is asked', () => {
    const spec = fc.sample(runArb, { numRuns: 1, seed: 11 })[0]!;
    const full = streams({ ...spec, steps: 1200, healthEvery: 10, evaluateEvery: 50 });
    let reads = 0;
    const counted = <T>(items: T[]) =>
      new Proxy(items, {
        get: (target, key, receiver) => {
          if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
          return Reflect.get(target, key, receiver);
        },
      });
    const [steps, losses] = [counted<number>([]), counted<number>([])];
    const tracker = new VerdictTracker();
    for (let length = 20; length <= 1200; length += 20) {
      for (let i = steps.length; i < length; i++) [steps[i], losses[i]] = [full.steps[i]!, full.losses[i]!];
      tracker.update({
        ...stuckRun(),
        training: { steps, losses, length },
        health: counted(full.health.filter((h) => h.step <= length)),
        evaluations: counted(full.evaluations.filter((e) => e.step <= length)),
      });
    }
    const items = 2 * 1200 + full.health.length + full.evaluations.length;
    // Each appended item is read a few times (the loss twice more by the evaluation scan); a rescan per update
    // would read ~30× as many.
    expect(reads).toBeLessThan(4 * items);
    expect(reads).toBeGreaterThanOrEqual(items);
  });
});
