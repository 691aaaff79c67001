import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../data/datasets';
import type { Evaluation } from '../protocol/trainerProtocol';
import { defaultExperiment, type Experiment } from '../schema/experiment';
import { CheckpointError, decodeCheckpoint, encodeCheckpoint, type TrainerCheckpoint } from './checkpoint';
import { createRandom } from './random';
import { tf } from './tf';
import { Trainer } from './trainer';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** 4×4 images of 3 classes, class c lighting up row c, with noise. */
function syntheticDataset(trainCount = 256, testCount = 60): Dataset {
  const random = createRandom(5);
  const make = (count: number) => {
    const images = new Uint8Array(count * 16);
    const labels = new Uint8Array(count);
    for (let i = 0; i < count; i++) {
      labels[i] = i % 3;
      for (let p = 0; p < 16; p++) {
        images[i * 16 + p] = Math.floor((Math.floor(p / 4) === i % 3 ? 180 : 0) + random.next() * 75);
      }
    }
    return { count, images, labels };
  };
  const info = {
    name: 'mnist',
    title: 'synthetic',
    height: 4,
    width: 4,
    channels: 1,
    classNames: ['a', 'b', 'c'],
  } as const;
  return {
    info: { ...info, classNames: [...info.classNames], trainCount, testCount },
    train: make(trainCount),
    test: make(testCount),
  };
}

interface Trace {
  losses: Map<number, number>;
  evaluations: Evaluation[];
}

function trainer(overrides: Partial<Experiment>, onStep?: (step: number, t: Trainer) => void) {
  const trace: Trace = { losses: new Map(), evaluations: [] };
  const experiment: Experiment = {
    ...defaultExperiment(),
    hiddenLayers: [12, 8],
    batchSize: 16,
    epochs: 2, // 32 steps
    evalEverySteps: 0,
    ...overrides,
  };
  const made: Trainer = new Trainer(
    syntheticDataset(),
    experiment,
    { readEvery: 5, yieldToEventLoop: () => new Promise((resolve) => setTimeout(resolve, 0)) },
    {
      metrics: (batch) => {
        batch.steps.forEach((step, i) => {
          // Each step once: a step reported twice would mean the restored run redid or skipped one.
          expect(trace.losses.has(step)).toBe(false);
          trace.losses.set(step, batch.losses[i]!);
        });
        onStep?.(batch.steps.at(-1)!, made);
      },
      evaluation: (evaluation) => trace.evaluations.push(evaluation),
      health() {},
      status() {},
    },
  );
  return { trainer: made, trace };
}

/**
 * Trains one run straight through, checkpointing (by a pause) at the first read-back from step 10 on; a second run
 * restored from that checkpoint goes on.
 */
async function compareResumed(overrides: Partial<Experiment>) {
  let pausedAt = 0;
  const straight = trainer(overrides, (step, t) => {
    if (!pausedAt && step >= 10) t.pause();
    pausedAt ||= step >= 10 ? step : 0;
  });
  await straight.trainer.run(); // pauses, checkpointing there
  const checkpoint = straight.trainer.latestCheckpoint;
  expect(checkpoint?.step).toBe(pausedAt);
  await straight.trainer.run(); // on to the end, never stopped
  expect(straight.trainer.currentStatus).toBe('finished');

  // Through the binary form, as a checkpoint that left the trainer would be.
  const resumed = trainer(overrides);
  resumed.trainer.restore(decodeCheckpoint(encodeCheckpoint(checkpoint!)), 'paused');
  expect(resumed.trainer.currentStep).toBe(pausedAt);
  await resumed.trainer.run();
  expect(resumed.trainer.currentStatus).toBe('finished');

  const after = (trace: Trace) => [...trace.losses].filter(([step]) => step > pausedAt);
  expect([...resumed.trace.losses.keys()]).toEqual(Array.from({ length: 32 - pausedAt }, (_, i) => pausedAt + 1 + i));
  expect(after(resumed.trace)).toEqual(after(straight.trace));
  const evaluationsAfter = (trace: Trace) =>
    trace.evaluations.filter((e) => e.step > pausedAt).map((e) => [e.step, e.testLoss, e.testAccuracy]);
  expect(evaluationsAfter(resumed.trace)).toEqual(evaluationsAfter(straight.trace));
  expect(evaluationsAfter(resumed.trace).length).toBeGreaterThan(0);
  const weights = async (t: Trainer) => Promise.all(t.network.stateVariables().map((v) => v.data()));
  expect(await weights(resumed.trainer)).toEqual(await weights(straight.trainer));
  straight.trainer.dispose();
  resumed.trainer.dispose();
}

describe('a trainer restored from a checkpoint', () => {
  it('goes on with exactly the losses of a run that never stopped: Adam', async () => {
    await compareResumed({ optimizer: 'adam', evalEverySteps: 8 });
  });

  it('… momentum with a plateau schedule and early stopping’s bookkeeping', async () => {
    await compareResumed({
      optimizer: 'momentum',
      learningRate: 0.05,
      schedule: 'plateau',
      plateauPatience: 1,
      evalEverySteps: 4,
      earlyStoppingPatience: 50,
    });
  });

  it('… batch norm (moving statistics) and dropout (masks drawn from the seed and the step)', async () => {
    await compareResumed({ batchNorm: 'beforeActivation', dropout: [0.3], optimizer: 'rmsprop', evalEverySteps: 8 });
  });

  it('… a CNN with the warm-up cosine schedule', async () => {
    await compareResumed({ architecture: 'cnn', convFilters: [2], cnnDenseLayers: [6], schedule: 'warmupCosine' });
  });

  it('rejects a checkpoint that does not fit the network', async () => {
    const small = trainer({ hiddenLayers: [4] });
    await small.trainer.captureCheckpoint();
    const other = trainer({ hiddenLayers: [5] });
    expect(() => other.trainer.restore(small.trainer.latestCheckpoint!, 'paused')).toThrow(/values/);
    small.trainer.dispose();
    other.trainer.dispose();
  });
});

describe('checkpoint bytes', () => {
  const checkpoint: TrainerCheckpoint = {
    step: 812,
    trainingSeconds: 3.25,
    bestTestLoss: Infinity,
    evaluationsWithoutImprovement: 2,
    plateau: { best: Infinity, flat: 1, rate: 0.01 },
    weights: [Float32Array.of(1, -2.5, 3), Float32Array.of(Number.MIN_VALUE, 7)],
    optimizerUpdates: 812,
    optimizerSlots: [Float32Array.of(0.5, 0.25, 0.125), null, null, Float32Array.of(9)],
  };

  it('read back what was written, Infinity and missing slots included', () => {
    expect(decodeCheckpoint(encodeCheckpoint(checkpoint))).toEqual(checkpoint);
    const evaluated = { ...checkpoint, bestTestLoss: 0.3, plateau: null };
    expect(decodeCheckpoint(encodeCheckpoint(evaluated))).toEqual(evaluated);
  });

  it('say what is wrong with bytes that are not a checkpoint', () => {
    const bytes = encodeCheckpoint(checkpoint);
    expect(() => decodeCheckpoint(new ArrayBuffer(3))).toThrow(CheckpointError);
    expect(() => decodeCheckpoint(bytes.slice(0, bytes.byteLength - 4))).toThrow(/do not match the sizes/);
    const renamed = new Uint8Array(bytes.slice(0));
    renamed[0] = 'X'.charCodeAt(0);
    expect(() => decodeCheckpoint(renamed.buffer)).toThrow(/checkpoint mark/);
    const text = new TextEncoder().encode('TPC1\u0004\u0000\u0000\u0000null');
    expect(() => decodeCheckpoint(text.buffer)).toThrow(/not an object/);
    const negative = encodeCheckpoint({ ...checkpoint, step: -1 });
    expect(() => decodeCheckpoint(negative)).toThrow(/whole number/);
  });
});
