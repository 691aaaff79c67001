import { describe, expect, it } from 'vitest';
import type { HealthSample, LayerHealth } from './health';
import { english } from '../ui/i18n/english';
import { THRESHOLDS, verdictsFor as verdictsData, type Verdict, type VerdictInput, type VerdictKind } from './verdicts';

/** The verdicts as an English reader reads them: the sentences the page shows. */
const said = (verdict: Verdict) => ({
  ...verdict,
  title: english(verdict.title),
  message: english(verdict.message),
  tryThis: english(verdict.tryThis),
});
const verdictsFor = (input: VerdictInput) => verdictsData(input).map(said);

/** A tiny LCG (Numerical Recipes constants) and Box–Muller: the same noise on every run. */
function gaussian(seed: number): () => number {
  let state = seed >>> 0;
  const uniform = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state + 0.5) / 2 ** 32;
  };
  return () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}

/** A training-loss stream for steps 1..n: `shape(step)` plus Gaussian noise of std `noise`, kept above 0.001. */
function stream(n: number, shape: (step: number) => number, noise = 0, seed = 1): VerdictInput['training'] {
  const next = gaussian(seed);
  const steps = Array.from({ length: n }, (_, i) => i + 1);
  const losses = steps.map((s) => Math.max(0.001, shape(s) + noise * next()));
  return { steps, losses, length: n };
}

/** Evaluations at `steps`; `train` losses (with accuracy 0.9) when given, as for a small training set. */
function evals(steps: number[], test: number[], train?: number[]): VerdictInput['evaluations'] {
  return steps.map((step, i) => ({
    step,
    testLoss: test[i]!,
    testAccuracy: 0.9,
    ...(train ? { train: { loss: train[i]!, accuracy: 0.9 } } : {}),
  }));
}

function layer(name: string, overrides: Partial<LayerHealth> = {}): LayerHealth {
  return {
    name,
    gradientNorm: 0.5,
    weightNorm: 10,
    updateRatio: 1e-3,
    activationMean: 0.5,
    activationStd: 1,
    deadFraction: name === 'output' ? null : 0.1,
    saturatedFraction: null,
    nonFinite: [],
    activationHistogram: { min: 0, max: 0, counts: [] },
    weightHistogram: { min: 0, max: 0, counts: [] },
    ...overrides,
  };
}

/** Health samples at steps 100, 200, …: one per entry, each a list of per-layer overrides named by position. */
function health(...samples: Partial<LayerHealth>[][]): HealthSample[] {
  return samples.map((layers, s) => ({
    step: (s + 1) * 100,
    layers: layers.map((o, i) => layer(i === layers.length - 1 ? 'output' : `dense ${i + 1}`, o)),
  }));
}

/** Gradient norms per layer, the same in three samples. */
const gradients = (...norms: number[]) =>
  health(...[1, 2, 3].map(() => norms.map((gradientNorm) => ({ gradientNorm }))));

const settings: VerdictInput['settings'] = {
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
};

/** A run with nothing to say: a short falling loss, no evaluations, no health. */
function input(overrides: Partial<VerdictInput> = {}, set: Partial<VerdictInput['settings']> = {}): VerdictInput {
  return {
    settings: { ...settings, ...set },
    training: stream(50, (s) => 2.3 * Math.exp(-s / 20) + 0.1),
    evaluations: [],
    health: [],
    divergedAt: null,
    stepsPerEpoch: 1875,
    ...overrides,
  };
}

const kinds = (i: VerdictInput): VerdictKind[] => verdictsFor(i).map((v) => v.kind);
const only = (i: VerdictInput, kind: VerdictKind) => {
  const found = verdictsFor(i).filter((v) => v.kind === kind);
  expect(found).toHaveLength(1);
  return found[0]!;
};

/**
 * The default MNIST MLP 784-256-128-10, ReLU, He, Adam 1e-3, 3,750 steps: the loss falls from 2.3 to ~0.1 with
 * batch noise, the test loss from 0.3 to 0.09 (evaluated every 250 steps) and ticks up 1–2% over the last two.
 */
function healthyRun(seed: number, noise = 0.08): VerdictInput {
  const evalSteps = Array.from({ length: 15 }, (_, i) => (i + 1) * 250);
  const test = evalSteps.map((_, i) => 0.09 + 0.21 * Math.exp(-i / 2.5));
  const best = test[12]!;
  test[13] = best * 1.01;
  test[14] = best * 1.02;
  const next = gaussian(seed + 100);
  const samples = Array.from({ length: 37 }, (_, s) => ({
    step: (s + 1) * 100,
    layers: [
      layer('dense 1', { gradientNorm: 0.3 * (1 + 0.2 * next()), deadFraction: 0.15, activationStd: 1.2 }),
      layer('dense 2', { gradientNorm: 0.5 * (1 + 0.2 * next()), deadFraction: 0.2, activationStd: 1.5 }),
      layer('output', { gradientNorm: 1 * (1 + 0.2 * next()), activationStd: 6 }),
    ],
  }));
  return input({
    training: stream(3750, (s) => 0.1 + 2.2 * Math.exp(-s / 300), noise, seed),
    evaluations: evals(evalSteps, test),
    health: samples,
  });
}

describe('verdictsFor: a healthy run', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('says nothing about the default MNIST run (seed %i)', (seed) => {
    expect(verdictsFor(healthyRun(seed))).toEqual([]);
    expect(verdictsFor(healthyRun(seed, 0.05))).toEqual([]);
    expect(verdictsFor(healthyRun(seed, 0.1))).toEqual([]);
  });

  it('says nothing about a short run with no evaluations or health samples', () => {
    expect(verdictsFor(input())).toEqual([]);
  });
});

describe('nonFinite', () => {
  const diverging = { training: stream(2, (s) => (s === 1 ? 2.3 : NaN)), divergedAt: 2 };
  const nanActivations = health(
    [{}, {}, { activationStd: 5e4 }, {}],
    [{}, {}, { nonFinite: ['activation'] }, { nonFinite: ['activation', 'gradient'] }],
  ).map((s, i) => ({ ...s, step: i }));

  it('names the step and layer where the NaN first appeared, and N(0,1) init without batch norm as the cause', () => {
    const verdict = only(
      input({ ...diverging, health: nanActivations }, { initializer: 'standardNormal' }),
      'nonFinite',
    );
    expect(verdict.message).toBe(
      'Loss became NaN at step 2; the first NaN/Inf appeared in the activations of dense 3 at step 1. ' +
        'Likely cause: exploding activations from N(0,1) init (D04, T05).',
    );
    expect(verdict.tryThis).toBe('Try He init, or batch norm.');
    expect(verdict).toMatchObject({ severity: 'problem', tips: ['D04', 'T05'] });
  });

  it('lists first, before the health signs of the run up to it; loss-curve rules stay silent', () => {
    const run = input({ ...diverging, health: nanActivations }, { initializer: 'standardNormal' });
    run.training = stream(3, (s) => [2.3, 40, NaN][s - 1]!);
    run.divergedAt = 3;
    expect(kinds(run)).toEqual(['nonFinite', 'explodingGradients']);
    expect(verdictsFor(run)[1]!.message).toContain('The activations of dense 3 have a standard deviation of 5.00e+4');
  });

  it('falls back to the loss, and blames the learning rate when the init is sound or batch norm is on', () => {
    const run = input({ training: stream(40, (s) => (s < 40 ? 2 : Infinity)), divergedAt: 40 }, { learningRate: 1 });
    const verdict = only(run, 'nonFinite');
    expect(verdict.message).toBe(
      'Loss became infinite at step 40; the first NaN/Inf appeared in the loss at step 40. ' +
        'Likely cause: the learning rate (1) is too high (L04).',
    );
    expect(verdict.tryThis).toBe('Try a learning rate 10× smaller (0.1).');
    const withBatchNorm = input({ ...diverging }, { initializer: 'standardNormal', batchNorm: 'beforeActivation' });
    expect(only(withBatchNorm, 'nonFinite').tips).toEqual(['L04']);
    const lateSample = health([{}, { nonFinite: ['weight'] }]).map((s) => ({ ...s, step: 100 }));
    expect(only({ ...run, health: lateSample }, 'nonFinite').message).toContain('appeared in the loss at step 40');
  });

  it('fires on a NaN in the health samples alone, and on a non-finite loss without divergedAt', () => {
    const run = input({ health: health([{}, { nonFinite: ['gradient'] }, {}]) });
    expect(only(run, 'nonFinite').message).toMatch(/^A NaN\/Inf appeared in the gradients of dense 2 at step 100\./);
    expect(only(input({ training: stream(5, (s) => (s < 5 ? 2 : NaN)) }), 'nonFinite').message).toMatch(
      /^Loss became NaN at step 5;/,
    );
  });
});

describe('vanishingGradients', () => {
  const sigmoid = { activation: 'sigmoid' } as const;
  /** Three samples of layers with these gradient and weight norms. */
  const norms = (gradients: number[], weights: number[]) =>
    health(...[1, 2, 3].map(() => gradients.map((gradientNorm, i) => ({ gradientNorm, weightNorm: weights[i] }))));

  it('fires when the first layer’s gradient relative to its weights is ≥ 50× below a later layer’s', () => {
    // ‖g‖/‖W‖: 0.01/20 = 0.0005 for dense 1, 1/2 = 0.5 for the output: 1,000×; the raw norms differ 100×.
    const sgd = { ...sigmoid, optimizer: 'sgd' } as const;
    const verdict = only(input({ health: norms([0.01, 0.1, 0.5, 1], [20, 5, 5, 2]) }, sgd), 'vanishingGradients');
    expect(verdict.message).toBe(
      "Relative to its weights, layer dense 1's gradient is 1,000× smaller than output's (‖gradient‖ / ‖weights‖: " +
        '0.000500 vs 0.500; the raw norms differ 100×): vanishing gradients (sigmoid). With plain SGD, dense 1 ' +
        'changes 1,000× more slowly than output: the first layers barely learn (T02).',
    );
    expect(verdict.tips).toEqual(['T02', 'T05']);
    expect(verdict.tryThis).toContain('ReLU');
  });

  it('with Adam, adds the measured update/weight ratios: Adam rescales each step', () => {
    const samples = health(
      ...[1, 2, 3].map(() => [
        { gradientNorm: 0.01, weightNorm: 20, updateRatio: 0.002 },
        {},
        {},
        { gradientNorm: 1, weightNorm: 2, updateRatio: 0.004 },
      ]),
    );
    expect(only(input({ health: samples }, sigmoid), 'vanishingGradients').message).toMatch(
      /the first layers barely learn \(T02\)\. Adam rescales each weight's step, which hides this in the step size: the measured update\/weight ratios are 0\.00200 for dense 1 and 0\.00400 for output\.$/,
    );
  });

  it('sees what raw norms hide: large first-layer weights (the sigmoid + N(0,1) shape measured on MNIST)', () => {
    // Raw norms 0.4 vs 5 (12.5×), but relative 0.4/224 = 0.00179 vs 5/25 = 0.2: 112×.
    const verdict = only(input({ health: norms([0.4, 1, 2, 5], [224, 20, 20, 25]) }, sigmoid), 'vanishingGradients');
    expect(verdict.message).toMatch(/gradient is 112× smaller than output's .*the raw norms differ 13×/);
  });

  it('does not fire at 45×, in a net of 3 weight layers, for one odd sample out of three, or with zero weights', () => {
    expect(kinds(input({ health: norms([1, 1, 1, 45], [10, 10, 10, 10]) }, sigmoid))).toEqual([]);
    expect(kinds(input({ health: norms([0.001, 0.5, 1], [10, 10, 10]) }, sigmoid))).toEqual([]);
    const oneOdd = health(...[0.1, 0.1, 0.001].map((first) => [{ gradientNorm: first }, {}, {}, { gradientNorm: 1 }]));
    expect(kinds(input({ health: oneOdd }, sigmoid))).toEqual([]);
    expect(kinds(input({ health: norms([0.001, 1, 1, 1], [0, 0, 0, 0]) }, { initializer: 'zeros' }))).toEqual([]);
  });

  it('says so in the past tense when the gradients have since evened out', () => {
    // Dense 1's relative gradient is 1/120 of the others' in samples 1–3 (steps 100–300), 1/10 in samples 4–6.
    const firstGradients = [1 / 120, 1 / 120, 1 / 120, 0.1, 0.1, 0.1];
    const samples = health(...firstGradients.map((g) => [{ gradientNorm: g }, {}, {}, { gradientNorm: 1 }]));
    const verdict = only(input({ health: samples }, sigmoid), 'vanishingGradients');
    // Windows of 3 ending at steps 300 and 400 hold 120× (median); those ending at 500 and 600 hold 10×.
    expect(verdict.message).toBe(
      "Until step 400, relative to its weights, layer dense 1's gradient was up to 120× smaller than output's " +
        '(at step 300): vanishing gradients (sigmoid) slowed the first layers early on (T02). ' +
        'It has since recovered to 10×.',
    );
  });
});

describe('explodingGradients', () => {
  it('fires when the first layer gradient is ≥ 100× the output one', () => {
    const verdict = only(input({ health: gradients(5, 1, 0.02) }), 'explodingGradients');
    expect(verdict.message).toBe(
      "Layer dense 1's gradient is 250× larger than output's: exploding gradients (T05, D09).",
    );
    expect(verdict.tips).toEqual(['T05', 'D09', 'L09']);
    // The run has He init already: batch norm is what is left to try.
    expect(verdict.tryThis).toBe(
      'Try batch norm; gradient clipping stops the explosion but only hides its cause (L09).',
    );
  });

  it('fires on an activation std above 1e3, and names N(0,1) init', () => {
    const run = input({ health: health(...[1, 2, 3].map(() => [{}, { activationStd: 2000 }, {}])) });
    run.settings = { ...run.settings, initializer: 'standardNormal' };
    expect(only(run, 'explodingGradients').message).toBe(
      'The activations of dense 2 have a standard deviation of 2.00e+3: exploding gradients from N(0,1) init (T05, D09).',
    );
  });

  it('does not fire at 50× or an activation std of 900', () => {
    expect(kinds(input({ health: gradients(1, 0.5, 0.02) }))).toEqual([]);
    expect(kinds(input({ health: health(...[1, 2, 3].map(() => [{ activationStd: 900 }, {}])) }))).toEqual([]);
  });
});

describe('deadRelus and saturated', () => {
  const dead = (...fractions: number[]) => health(...fractions.map((f) => [{}, { deadFraction: f }, {}]));

  it('fires when a layer is ≥ 50% dead in the last two samples', () => {
    const verdict = only(input({ health: dead(0.1, 0.55, 0.62) }), 'deadRelus');
    expect(verdict.message).toMatch(/^62% of dense 2's units output zero for every example/);
    expect(verdict).toMatchObject({ tips: ['L11'] });
    expect(verdict.tryThis).toBe('Try leaky ReLU (activation) or a learning rate 10× smaller (0.0001).');
  });

  it('does not fire at 45%, for one noisy sample, or for other activations', () => {
    const below = THRESHOLDS.deadFraction - 0.05;
    expect(kinds(input({ health: dead(below, below, below) }))).toEqual([]);
    expect(kinds(input({ health: dead(0.1, 0.2, 0.9) }))).toEqual([]);
    expect(kinds(input({ health: dead(0.9, 0.9, 0.9) }, { activation: 'leakyRelu' }))).toEqual([]);
  });

  const saturated = (f: number) => health(...[1, 2].map(() => [{ saturatedFraction: f }, {}]));

  it('fires on sigmoid/tanh with ≥ 50% saturated outputs in the last two samples', () => {
    const verdict = only(input({ health: saturated(0.7) }, { activation: 'tanh' }), 'saturated');
    expect(verdict.message).toMatch(/^70% of dense 1's outputs sit at the tanh's limits/);
    expect(verdict.tips).toEqual(['T02']);
  });

  it('does not fire at 45% saturated, nor for ReLU', () => {
    expect(kinds(input({ health: saturated(0.45) }, { activation: 'sigmoid' }))).toEqual([]);
    expect(kinds(input({ health: saturated(0.9) }))).toEqual([]);
  });
});

describe('lrTooHigh', () => {
  /** Falls from 2.3 to 1.0 in 100 steps, then swings around 1.0 with std `swing`. */
  const oscillating = (swing: number) => stream(1000, (s) => (s < 100 ? 2.3 - 0.013 * s : 1), swing, 7);

  it('fires when the loss swings without falling over the last half', () => {
    const verdict = only(input({ training: oscillating(0.35) }, { learningRate: 0.1 }), 'lrTooHigh');
    expect(verdict.message).toMatch(
      /^Over the last 499 steps the loss swings by ±0\.3\d\d \(1[45]% of its starting value\)/,
    );
    expect(verdict.tryThis).toBe('Try a learning rate 10× smaller (0.01).');
    expect(verdict.tips).toEqual(['L04', 'D02']);
  });

  it('does not fire on a swing under 10% of the starting loss, nor on a large swing that still trends down', () => {
    expect(kinds(input({ training: oscillating(0.15) }))).toEqual([]);
    expect(kinds(input({ training: stream(1000, (s) => 2.3 - 0.002 * s, 0.35, 7) }))).toEqual([]);
  });

  it('fires on a finite loss above 10× the first one, not at 9.6×', () => {
    const spike = (peak: number) => stream(200, (s) => (s === 50 ? peak : 2.3 * Math.exp(-s / 50) + 0.2));
    expect(only(input({ training: spike(30) }), 'lrTooHigh').message).toMatch(
      /^The loss reached 30\.0 at step 50, over 10× its first value 2\.\d\d:/,
    );
    expect(kinds(input({ training: spike(22) }))).toEqual([]);
  });
});

describe('lrTooLow', () => {
  it('fires on a loss flat from the start after ≥ 300 steps', () => {
    const run = input({ training: stream(400, (s) => 2.3 - 0.00005 * s, 0.02, 3) }, { learningRate: 1e-5 });
    const verdict = only(run, 'lrTooLow');
    expect(verdict.message).toMatch(/^After 400 steps the loss has barely moved \(2\.\d\d → 2\.\d\d, under 2% lower\)/);
    expect(verdict.tryThis).toBe('Try a learning rate 10× larger (0.0001); bisect between 0.1 and 0.0001 (L04).');
  });

  it('does not fire on a 4% fall, before 300 steps, or on a run that fell then plateaued low', () => {
    expect(kinds(input({ training: stream(400, (s) => 2.3 - 0.00025 * s, 0.02, 3) }))).toEqual([]);
    expect(kinds(input({ training: stream(290, () => 2.3, 0.02, 3) }))).toEqual([]);
    const plateau = stream(1000, (s) => (s < 50 ? 2.3 - 0.04 * s : 0.3), 0.02, 3);
    expect(kinds(input({ training: plateau }))).toEqual([]);
  });
});

describe('the L12 patterns', () => {
  const steps = (n: number) => Array.from({ length: n }, (_, i) => (i + 1) * 100);
  const falling = stream(1000, (s) => 2.3 * Math.exp(-s / 100) + 0.01);
  const overfitTest = [0.5, 0.4, 0.33, 0.3, 0.29, 0.3, 0.32, 0.35, 0.38, 0.42];
  const overfitTrain = steps(10).map((_, i) => 0.5 * 0.7 ** i);

  it('overfitting: train falls, test has not beaten its best for ≥ 3 evaluations, with a clear gap', () => {
    const run = input({ training: falling, evaluations: evals(steps(10), overfitTest, overfitTrain) });
    const verdict = only(run, 'overfitting');
    expect(verdict.message).toBe(
      'The training loss keeps falling (0.0588 → 0.0202) but the test loss has not beaten its best ' +
        '(0.290 at step 500) for 5 evaluations and is now 0.420: overfitting (L12).',
    );
    expect(verdict).toMatchObject({ severity: 'warning', tips: ['L12', 'M05', 'L07'] });
  });

  it('not overfitting: a 1% tick-up over 2 evaluations, or 3 without a gap, or only 3 evaluations', () => {
    const twoTicks = [0.5, 0.4, 0.33, 0.3, 0.29, 0.28, 0.27, 0.26, 0.2626, 0.2652];
    expect(kinds(input({ training: falling, evaluations: evals(steps(10), twoTicks, overfitTrain) }))).toEqual([]);
    const noGap = [0.5, 0.4, 0.33, 0.3, 0.29, 0.28, 0.27, 0.2727, 0.2754, 0.2781];
    const trainAbove = noGap.map((t, i) => t * (1.3 - 0.02 * i));
    expect(kinds(input({ training: falling, evaluations: evals(steps(10), noGap, trainAbove) }))).toEqual([]);
    const three = evals([100, 200, 300], [0.29, 0.35, 0.42], [0.1, 0.05, 0.02]);
    expect(kinds(input({ training: falling, evaluations: three }))).toEqual([]);
  });

  it('dataProblem: train flat and well above a falling test loss', () => {
    const test = [1.2, 1.0, 0.9, 0.8, 0.7, 0.6];
    const run = input({ training: falling, evaluations: evals(steps(6), test, [1.92, 1.9, 1.91, 1.9, 1.9, 1.89]) });
    expect(only(run, 'dataProblem').message).toBe(
      'The test loss falls (0.900 → 0.600) while the training loss stays flat at 1.89, 3.15× the test loss: ' +
        'something is wrong with the training data, e.g. noisy labels (L12, L02).',
    );
    const close = evals(steps(6), test, [0.8, 0.78, 0.77, 0.76, 0.76, 0.75]);
    expect(kinds(input({ training: falling, evaluations: close }))).toEqual([]);
  });

  it('dataProblem from the minibatch loss, unless dropout inflates it', () => {
    const training = stream(600, (s) => (s < 100 ? 2.3 - 0.004 * s : 1.9), 0.05, 9);
    const run = input({ training, evaluations: evals(steps(6), [1.2, 1.0, 0.9, 0.8, 0.7, 0.6]) });
    expect(kinds(run)).toEqual(['dataProblem']);
    run.settings = { ...run.settings, dropout: [0.5, 0.5] };
    expect(kinds(run)).toEqual([]);
  });

  it('stuck: both flat while still high; a converged run (flat but low) is not stuck', () => {
    const training = stream(1000, (s) => (s < 100 ? 2.3 - 0.008 * s : 1.5), 0.05, 5);
    const run = input({
      training,
      evaluations: evals(
        steps(10),
        steps(10).map(() => 1.5),
      ),
    });
    const verdict = only(run, 'stuck');
    expect(verdict.message).toMatch(
      /^Both losses are flat over the last 4 evaluations \(training 1\.\d\d → 1\.\d\d, test 1\.50 → 1\.50\), still at 6\d% of the starting/,
    );
    expect(verdict.tryThis).toBe('Try a lower learning rate or a smaller batch (L12).');
    const converged = stream(1000, (s) => (s < 100 ? 2.3 - 0.022 * s : 0.1), 0.05, 5);
    expect(
      kinds(
        input({
          training: converged,
          evaluations: evals(
            steps(10),
            steps(10).map(() => 0.1),
          ),
        }),
      ),
    ).toEqual([]);
  });

  it('a loss flat from the start is lrTooLow, not also stuck', () => {
    const flat = stream(1000, () => 2.3, 0.02, 5);
    expect(
      kinds(
        input({
          training: flat,
          evaluations: evals(
            steps(10),
            steps(10).map(() => 2.3),
          ),
        }),
      ),
    ).toEqual(['lrTooLow']);
  });

  it('bothRising: both losses rise by ≥ 5%', () => {
    const training = stream(1000, (s) => (s < 500 ? 2.3 * Math.exp(-s / 50) + 0.5 : 0.5 + 0.0006 * (s - 500)));
    const test = [1, 0.8, 0.6, 0.55, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9];
    const verdict = only(input({ training, evaluations: evals(steps(10), test) }), 'bothRising');
    expect(verdict.message).toMatch(
      /^Both losses rise over the last 4 evaluations \(training 0\.590 → 0\.770, test 0\.600 → 0\.900\)/,
    );
    const slightly = [1, 0.8, 0.6, 0.55, 0.5, 0.5, 0.5, 0.501, 0.505, 0.51];
    expect(kinds(input({ training, evaluations: evals(steps(10), slightly) }))).toEqual([]);
  });
});

describe('cannotOverfit', () => {
  const oneBatch = (step: number, accuracy: number, subset: VerdictInput['settings']['trainingSubset'] = 'oneBatch') =>
    input(
      { evaluations: [{ step, testLoss: 2, testAccuracy: 0.2, train: { loss: 1, accuracy } }] },
      { trainingSubset: subset },
    );

  it('fires when one batch is still under 99% after ≥ 200 steps', () => {
    expect(only(oneBatch(300, 0.6), 'cannotOverfit').message).toBe(
      'After 300 steps on one batch the training accuracy is only 60.0%: the model cannot overfit one batch: ' +
        'something in the model or pipeline is broken (D01).',
    );
    expect(only(oneBatch(300, 0.6, 'oneExample'), 'cannotOverfit').tips).toEqual(['D01']);
  });

  it('does not fire at 99.5%, before 200 steps, or on a full training set', () => {
    expect(kinds(oneBatch(300, 0.995))).toEqual([]);
    expect(kinds(oneBatch(150, 0.6))).toEqual([]);
    expect(kinds(oneBatch(300, 0.6, 'full'))).toEqual([]);
  });
});

describe('THRESHOLDS', () => {
  it('holds the documented values the near-misses above straddle', () => {
    expect(THRESHOLDS).toMatchObject({
      vanishingRatio: 50,
      vanishingMinLayers: 4,
      explodingRatio: 100,
      explodingActivationStd: 1e3,
      deadFraction: 0.5,
      saturatedFraction: 0.5,
      explodingLoss: 10,
      oscillationStd: 0.1,
      lrTooLowMinSteps: 300,
      lrTooLowFall: 0.02,
      lrTooLowFloor: 0.8,
      evaluations: 4,
      flatChange: 0.05,
      overfitPatience: 3,
      cannotOverfitSteps: 200,
      cannotOverfitAccuracy: 0.99,
    });
  });
});
