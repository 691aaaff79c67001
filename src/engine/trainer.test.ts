import type { Message } from '../schema/message';
import { sayTrainer } from '../schema/trainerWords';
import { firstNonFinite, type HealthSample } from '../diagnostics/health';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { defaultExperiment, type Experiment } from '../schema/experiment';
import { initialWeights } from './initializers';
import { VARIANCE_SCALING_PRESETS } from './trainingSpec';
import type { Evaluation, MetricsBatch, TrainerStatus } from '../protocol/trainerProtocol';
import { createRandom, deriveSeed } from './random';
import { tf } from './tf';
import { syntheticDataset } from './syntheticDataset.testkit';
import { Trainer } from './trainer';
import { UpdateRule } from './updateRules';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

interface Recorded {
  metrics: MetricsBatch[];
  evaluations: Evaluation[];
  statuses: { status: TrainerStatus; step: number; message?: Message }[];
  health: HealthSample[];
}

function createTrainer(overrides: Partial<Experiment>, dataset = syntheticDataset()) {
  const recorded: Recorded = { metrics: [], evaluations: [], statuses: [], health: [] };
  const experiment = {
    ...defaultExperiment(),
    hiddenLayers: [16],
    batchSize: 16,
    epochs: 2,
    evalEverySteps: 0,
    ...overrides,
  };
  const trainer = new Trainer(
    dataset,
    experiment,
    { readEvery: 5, yieldToEventLoop: () => new Promise((resolve) => setTimeout(resolve, 0)) },
    {
      metrics: (batch) => recorded.metrics.push(batch),
      evaluation: (evaluation) => recorded.evaluations.push(evaluation),
      health: (sample) => recorded.health.push(sample),
      status: (status, step, message) => recorded.statuses.push(message ? { status, step, message } : { status, step }),
    },
  );
  return { trainer, recorded, dispose: () => trainer.dispose() };
}

const allLosses = (recorded: Recorded) => recorded.metrics.flatMap((m) => Array.from(m.losses));

describe('Trainer', () => {
  it('starts from the same weights and visits batches in the same order for the same seed', async () => {
    const a = createTrainer({ seed: 7 });
    const b = createTrainer({ seed: 7 });
    const c = createTrainer({ seed: 8 });
    const kernels = async (t: Trainer) => Array.from(await t.network.kernels[0]!.data());
    expect(await kernels(b.trainer)).toEqual(await kernels(a.trainer));
    expect(await kernels(c.trainer)).not.toEqual(await kernels(a.trainer));
    // The initial weights are exactly those drawn on the CPU from the seed (He: 2/fan_in, truncated normal).
    const random = createRandom(deriveSeed(7, 'weights/layer-0'));
    const expected = initialWeights(
      { kind: 'varianceScaling', spec: VARIANCE_SCALING_PRESETS.he },
      16 * 16,
      16,
      16,
      random,
    );
    expect(await kernels(a.trainer)).toEqual(Array.from(expected));

    await a.trainer.run();
    await b.trainer.run();
    await c.trainer.run();
    // Same weights + same batch order + deterministic CPU kernels = the same loss at every step.
    expect(allLosses(b.recorded)).toEqual(allLosses(a.recorded));
    expect(allLosses(c.recorded)).not.toEqual(allLosses(a.recorded));
    for (const t of [a, b, c]) t.dispose();
  });

  it('reports every step once, in order, and finishes after the configured epochs', async () => {
    const { trainer, recorded, dispose } = createTrainer({ epochs: 2, batchSize: 16 });
    await trainer.run();
    const steps = recorded.metrics.flatMap((m) => Array.from(m.steps));
    expect(trainer.stepsPerEpoch).toBe(16); // 256 / 16
    expect(steps).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
    expect(recorded.statuses.map((s) => s.status)).toEqual(['training', 'finished']);
    // One evaluation per epoch end when no step interval is set.
    expect(recorded.evaluations.map((e) => e.step)).toEqual([16, 32]);
    // Seconds of training rise with every step; an evaluation's time includes the steps before it.
    const seconds = recorded.metrics.flatMap((m) => Array.from(m.seconds));
    expect(seconds).toHaveLength(32);
    expect(seconds[0]).toBeGreaterThan(0);
    for (let i = 1; i < seconds.length; i++) expect(seconds[i]).toBeGreaterThan(seconds[i - 1]!);
    expect(recorded.evaluations[0]!.seconds).toBeGreaterThanOrEqual(seconds[15]!);
    expect(recorded.evaluations[1]!.seconds).toBeGreaterThanOrEqual(seconds[31]!);
    dispose();
  });

  it('stops for good when asked: after the chunk in flight while training, at once when paused', async () => {
    const running = createTrainer({ epochs: 20 });
    const run = running.trainer.run();
    running.trainer.stop();
    await run;
    expect(running.recorded.statuses.at(-1)).toEqual({
      status: 'stopped',
      step: 5,
      message: sayTrainer('stoppedAsAsked', { step: 5 }),
    });
    await running.trainer.run(); // a stopped run does not resume
    expect(running.trainer.currentStep).toBe(5);
    running.dispose();

    const idle = createTrainer({});
    idle.trainer.stop();
    expect(idle.recorded.statuses).toEqual([
      { status: 'stopped', step: 0, message: sayTrainer('stoppedAsAsked', { step: 0 }) },
    ]);
    idle.dispose();
  });

  it('evaluates at the configured step interval and at epoch ends', async () => {
    const { trainer, recorded, dispose } = createTrainer({ epochs: 2, evalEverySteps: 6 });
    await trainer.run();
    expect(recorded.evaluations.map((e) => e.step)).toEqual([6, 12, 16, 18, 24, 30, 32]);
    dispose();
  });

  it('evaluates by the step interval alone when epochs are shorter than it (one-batch training)', async () => {
    const { trainer, recorded, dispose } = createTrainer({
      trainingSubset: 'oneBatch',
      epochs: 25,
      evalEverySteps: 10,
    });
    await trainer.run();
    expect(trainer.stepsPerEpoch).toBe(1);
    expect(recorded.evaluations.map((e) => e.step)).toEqual([10, 20, 25]);
    // Read-backs are not cut at one-step epochs either: chunks of readEvery (5) steps.
    expect(recorded.metrics.map((m) => m.steps.length)).toEqual([5, 5, 5, 5, 5]);
    // A training set this small is evaluated too.
    expect(recorded.evaluations.at(-1)!.train).toBeDefined();
    dispose();
  });

  it('learns the task: the loss falls and test accuracy rises', async () => {
    const { trainer, recorded, dispose } = createTrainer({ epochs: 5, learningRate: 0.01 });
    await trainer.run();
    const losses = allLosses(recorded);
    expect(losses.at(-1)!).toBeLessThan(losses[0]! / 2);
    expect(recorded.evaluations.at(-1)!.testAccuracy).toBeGreaterThan(0.9);
    dispose();
  });

  it('does not leak tensors: the count stays flat over hundreds of steps and returns to the start after dispose', async () => {
    const before = tf.memory().numTensors;
    const { trainer, recorded, dispose } = createTrainer({ epochs: 20, evalEverySteps: 50 });
    await trainer.run();
    expect(recorded.metrics.reduce((n, m) => n + m.steps.length, 0)).toBe(320);
    const counts = recorded.metrics.map((m) => m.numTensors);
    // After the first step the optimizer's slots exist; from then on the count must not move.
    expect(new Set(counts.slice(1)).size).toBe(1);
    expect(new Set(recorded.evaluations.map((e) => e.numTensors)).size).toBe(1);
    dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('stops at the first non-finite loss, marks the run diverged there, and keeps the curve up to it', async () => {
    const { trainer, recorded, dispose } = createTrainer({});
    const firstKernel = trainer.network.kernels[0]!;
    firstKernel.assign(tf.fill(firstKernel.shape, NaN));
    await trainer.run();
    expect(recorded.statuses.at(-1)).toEqual({
      status: 'diverged',
      step: 1,
      message: sayTrainer('diverged', { value: 'NaN', step: 1 }),
    });
    expect(recorded.metrics.flatMap((m) => Array.from(m.steps))).toEqual([1]);
    await trainer.run(); // a diverged run does not restart
    expect(recorded.statuses).toHaveLength(2);
    dispose();
  });

  it('pauses between chunks and resumes where it stopped', async () => {
    const { trainer, recorded, dispose } = createTrainer({ epochs: 2 });
    const running = trainer.run();
    trainer.pause();
    await running;
    const pausedAt = trainer.currentStep;
    expect(pausedAt).toBe(5); // one chunk of readEvery = 5 steps
    expect(recorded.statuses.at(-1)?.status).toBe('paused');
    await trainer.run();
    expect(trainer.currentStep).toBe(32);
    expect(recorded.metrics.flatMap((m) => Array.from(m.steps))).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
    dispose();
  });

  it.each<[string, Partial<Experiment>]>([
    ['batch norm before the activation', { batchNorm: 'beforeActivation' }],
    ['batch norm after the activation', { batchNorm: 'afterActivation', batchNormMomentum: 0.9 }],
    ['dropout with MC-dropout evaluation', { dropout: [0.3], mcDropoutSamples: 4 }],
    ['L1 + L2 + max-norm', { l1: 1e-4, l2: 1e-3, maxNorm: 2 }],
    ['clipping by value', { clipping: 'value', clipThreshold: 0.01 }],
    ['clipping by norm', { clipping: 'norm', clipThreshold: 0.5 }],
    ['a CNN with average pooling', { architecture: 'cnn', convFilters: [4], pooling: 'avg', cnnDenseLayers: [] }],
    ['a CNN without pooling, 5×5', { architecture: 'cnn', convFilters: [4, 4], pooling: 'none', kernelSize: '5' }],
    ['regression with Huber loss', { task: 'regression', regressionLoss: 'huber' }],
    ['ELU with α 0.5 (no tf.where in the gradient)', { activation: 'elu', activationAlpha: 0.5 }],
    [
      'standardized inputs, wrong reshape, label noise',
      { preprocessing: 'standardize', wrongReshape: true, labelNoise: 20 },
    ],
    ['Nadam, SELU, LeCun, no bias', { optimizer: 'nadam', activation: 'selu', initializer: 'lecun', useBias: false }],
    ['RMSProp, tanh, Glorot', { optimizer: 'rmsprop', activation: 'tanh', initializer: 'glorot' }],
  ])('trains with %s: finite losses, flat tensor count', async (_name, overrides) => {
    const { trainer, recorded, dispose } = createTrainer({ epochs: 3, evalEverySteps: 8, ...overrides });
    await trainer.run();
    const losses = allLosses(recorded);
    expect(losses).toHaveLength(48);
    expect(losses.every(Number.isFinite)).toBe(true);
    expect(new Set(recorded.metrics.slice(1).map((m) => m.numTensors)).size).toBe(1);
    if (overrides.mcDropoutSamples) expect(recorded.evaluations.at(-1)!.monteCarlo?.samples).toBe(4);
    dispose();
  });

  it('records the learning rate each step as the schedule says', async () => {
    const { trainer, recorded, dispose } = createTrainer({
      epochs: 2,
      learningRate: 0.1,
      schedule: 'piecewise',
      scheduleBoundaries: [10, 20],
      scheduleRates: [0.1, 0.01, 0.001],
    });
    await trainer.run();
    const rates = recorded.metrics.flatMap((m) => Array.from(m.learningRates));
    expect(rates.slice(0, 10).every((r) => r === Math.fround(0.1))).toBe(true);
    expect(rates[10]).toBe(Math.fround(0.01));
    expect(rates[20]).toBe(Math.fround(0.001));
    dispose();
  });

  it('stops early once the test loss has not improved for `patience` evaluations', async () => {
    // A learning rate of 1e-6 improves the test loss by far less than the 0.01% that counts.
    const { trainer, recorded, dispose } = createTrainer({
      epochs: 10,
      evalEverySteps: 4,
      learningRate: 1e-6,
      optimizer: 'sgd',
      earlyStoppingPatience: 2,
    });
    await trainer.run();
    const last = recorded.statuses.at(-1)!;
    expect(last.status).toBe('finished');
    expect(last.message).toEqual(sayTrainer('earlyStopping', { step: trainer.currentStep, patience: 2 }));
    expect(trainer.currentStep).toBeLessThan(160);
    dispose();
  });

  it('ends the run with the reason when a step fails, instead of staying in training, and frees the chunk', async () => {
    const before = tf.memory().numTensors;
    const { trainer, recorded, dispose } = createTrainer({ epochs: 2 });
    const original = UpdateRule.prototype.apply;
    let calls = 0;
    const spy = vi.spyOn(UpdateRule.prototype, 'apply').mockImplementation(function (this: UpdateRule, ...args) {
      if (++calls === 7) throw new Error('out of GPU memory');
      return original.apply(this, args);
    });
    await trainer.run();
    spy.mockRestore();
    expect(recorded.statuses.at(-1)).toEqual({
      status: 'stopped',
      step: 7,
      message: sayTrainer('stoppedByError', { step: 7, detail: 'out of GPU memory' }),
    });
    await trainer.run(); // a stopped run does not restart
    expect(recorded.statuses).toHaveLength(2);
    dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('measures each layer’s health on the early steps and every 50th, before the step’s update', async () => {
    const { trainer, recorded, dispose } = createTrainer({ hiddenLayers: [16, 8], epochs: 4 }); // 64 steps
    const kernel = Array.from(await trainer.network.kernels[0]!.data());
    await trainer.run();
    expect(recorded.health.map((h) => h.step)).toEqual([1, 2, 3, 5, 10, 20, 50]);
    const [first] = recorded.health;
    expect(first!.layers.map((l) => l.name)).toEqual(['dense 1', 'dense 2', 'output']);
    // Step 1 is measured on the initial weights: the norm of the first kernel as drawn.
    expect(first!.layers[0]!.weightNorm).toBeCloseTo(Math.hypot(...kernel), 3);
    for (const layer of first!.layers) {
      expect(layer.gradientNorm).toBeGreaterThan(0);
      expect(layer.updateRatio).toBeGreaterThan(0);
      expect(layer.nonFinite).toEqual([]);
      expect(layer.activationHistogram.counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    }
    expect(first!.layers[2]!.deadFraction).toBeNull(); // the output layer has no ReLU
    dispose();
  });

  it('counts a ReLU layer dead when no example of the batch gets a positive output', async () => {
    const { trainer, recorded, dispose } = createTrainer({ hiddenLayers: [16], useBias: false, epochs: 1 });
    // Inputs are in [0, 1] and the kernel is negative: every unit of dense 1 outputs 0 for every example.
    const firstKernel = trainer.network.kernels[0]!;
    firstKernel.assign(tf.fill(firstKernel.shape, -1));
    await trainer.run();
    expect(recorded.health[0]!.layers[0]!.deadFraction).toBe(1);
    dispose();
  });

  it('says in which layer a non-finite value first appeared', async () => {
    const { trainer, recorded, dispose } = createTrainer({ hiddenLayers: [16, 8] });
    const second = trainer.network.kernels[1]!;
    second.assign(tf.fill(second.shape, Infinity));
    await trainer.run();
    // Dense 1's gradient passes back through the infinite weights; its own activations and weights are fine.
    expect(recorded.health[0]!.layers[0]!.nonFinite).toEqual(['gradient']);
    expect(recorded.health[0]!.layers[1]!.nonFinite).toContain('weight');
    expect(firstNonFinite(recorded.health)).toEqual({ step: 1, quantity: 'weight', layer: 'dense 2' });
    // Only samples up to the divergence are reported.
    expect(recorded.health.every((h) => h.step <= recorded.statuses.at(-1)!.step)).toBe(true);
    dispose();
  });
});
