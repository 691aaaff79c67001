import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../data/datasets';
import { defaultExperiment, type Experiment } from '../schema/experiment';
import { initialWeights, VARIANCE_SCALING_PRESETS } from './initializers';
import type { Evaluation, MetricsBatch, TrainerStatus } from './protocol';
import { createRandom, deriveSeed } from './random';
import { tf } from './tf';
import { Trainer } from './trainer';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/**
 * A small learnable task in MNIST's layout: 4×4 images of 3 classes, where class c lights up row c.
 * Noise keeps it from being trivial.
 */
function syntheticDataset(trainCount = 256, testCount = 60): Dataset {
  const random = createRandom(99);
  const make = (count: number) => {
    const images = new Uint8Array(count * 16);
    const labels = new Uint8Array(count);
    for (let i = 0; i < count; i++) {
      const label = i % 3;
      labels[i] = label;
      for (let p = 0; p < 16; p++) {
        const lit = Math.floor(p / 4) === label;
        images[i * 16 + p] = Math.min(255, Math.floor((lit ? 180 : 0) + random.next() * 75));
      }
    }
    return { count, images, labels };
  };
  return {
    info: {
      name: 'mnist',
      title: 'synthetic',
      height: 4,
      width: 4,
      classNames: ['a', 'b', 'c'],
      trainCount,
      testCount,
    },
    train: make(trainCount),
    test: make(testCount),
  };
}

interface Recorded {
  metrics: MetricsBatch[];
  evaluations: Evaluation[];
  statuses: { status: TrainerStatus; step: number; message?: string }[];
}

function createTrainer(overrides: Partial<Experiment>, dataset = syntheticDataset()) {
  const recorded: Recorded = { metrics: [], evaluations: [], statuses: [] };
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
    dispose();
  });

  it('evaluates at the configured step interval and at epoch ends', async () => {
    const { trainer, recorded, dispose } = createTrainer({ epochs: 2, evalEverySteps: 6 });
    await trainer.run();
    expect(recorded.evaluations.map((e) => e.step)).toEqual([6, 12, 16, 18, 24, 30, 32]);
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

  it('computes test loss and accuracy exactly: zero weights give ln(3) and the share of class 0', async () => {
    const { trainer, dispose } = createTrainer({});
    for (const v of trainer.network.trainableVariables()) v.assign(tf.zerosLike(v));
    const evaluation = await trainer.evaluate();
    // All logits 0 → softmax 1/3 each → loss ln 3; argMax of ties picks class 0, and labels cycle 0,1,2 → 20/60.
    expect(evaluation.testLoss).toBeCloseTo(Math.log(3), 6);
    expect(evaluation.testAccuracy).toBeCloseTo(20 / 60, 10);
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
      message: 'Loss became NaN at step 1: the run diverged and was stopped.',
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
});
