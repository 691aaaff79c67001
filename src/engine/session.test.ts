import { sayTrainer } from '../schema/trainerWords';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { defaultExperiment } from '../schema/experiment';
import type { FromTrainer, FromTrainerPayloads } from '../protocol/trainerProtocol';
import { english } from '../ui/i18n/english';
import { TrainerSession } from './session';

// The trainer's side of the protocol, in Node on TF.js's CPU backend; fetch serves the real assets from public/.
const publicDir = join(import.meta.dirname, '..', '..', 'public');

beforeAll(() => {
  vi.stubGlobal('fetch', async (input: string | URL) => {
    const url = new URL(String(input));
    try {
      return new Response(await readFile(join(publicDir, decodeURIComponent(url.pathname))));
    } catch {
      return new Response('not found', { status: 404 });
    }
  });
});

afterAll(() => {
  vi.unstubAllGlobals();
});

function startSession() {
  const received: FromTrainer[] = [];
  const session = new TrainerSession((message) => received.push(message), {
    yieldToEventLoop: () => new Promise((resolve) => setTimeout(resolve, 0)),
  });
  const types = () => received.map((m) => m.type);
  const last = <T extends keyof FromTrainerPayloads>(type: T) =>
    received.filter((m) => m.type === type).at(-1)?.payload as FromTrainerPayloads[T] | undefined;
  return { session, received, types, last };
}

describe('TrainerSession', () => {
  it('starts the requested backend, loads the dataset on the first configure, and reports the run', async () => {
    const { session, types, last } = startSession();
    await session.handle({ type: 'init', payload: { baseUrl: 'http://playground.test/', backend: 'cpu' } });
    expect(types()).toEqual(['backend', 'ready']);
    const backend = last('backend')!;
    expect(backend).toMatchObject({ name: 'cpu', basis: 'forced', started: ['cpu'], failed: [], timings: [] });
    expect(english(backend.detail)).toBe('JavaScript on the CPU');
    expect(english(backend.reason)).toBe('CPU: asked for in the address (backend=cpu)');

    await session.handle({
      type: 'configure',
      payload: { runId: 'a', experiment: { ...defaultExperiment(), hiddenLayers: [16] } },
    });
    expect(types()).toContain('dataProgress');
    expect(last('dataProgress')).toEqual({
      title: 'MNIST',
      receivedBytes: expect.any(Number),
      totalBytes: expect.any(Number),
    });
    expect(last('dataProgress')!.receivedBytes).toBe(last('dataProgress')!.totalBytes);
    expect(last('configured')).toMatchObject({
      trainCount: 60_000,
      parameterCount: 784 * 16 + 16 + 16 * 10 + 10,
      stepsPerEpoch: 1875,
      totalSteps: 3750,
    });
    expect(last('status')).toEqual({ runId: 'a', status: 'idle', step: 0 });
  });

  it("in auto, says which backends started, then times them on a run's model before the run is configured", async () => {
    const { session, received, types, last } = startSession();
    await session.handle({ type: 'init', payload: { baseUrl: 'http://playground.test/', backend: 'auto' } });
    expect(types()).toEqual(['backend', 'ready']);
    const initial = last('backend')!;
    expect(initial.basis).toBe('provisional');
    // Node has neither WebGPU nor WebGL (nor, here, wasm's files): their failures are reported, the CPU starts.
    const failures = initial.failed.map((failure) => [failure.name, failure.stage]);
    expect(failures).toContainEqual(['webgpu', 'start']);
    expect(failures).toContainEqual(['webgl', 'start']);
    expect(initial.started).toContain('cpu');
    expect(initial.name).toBe(initial.started[0]);

    const experiment = { ...defaultExperiment(), hiddenLayers: [16] };
    await session.handle({ type: 'configure', payload: { runId: 'a', experiment } });
    const after = types()
      .slice(2)
      .filter((type) => type === 'backend' || type === 'configured');
    expect(after).toEqual(['backend', 'configured']);
    const chosen = received.filter((m) => m.type === 'backend').at(-1)!.payload as FromTrainerPayloads['backend'];
    expect(chosen.basis).toBe('measured');
    expect(chosen.timings.map((timing) => timing.name).sort()).toEqual([...initial.started].sort());
    expect(chosen.name).toBe(chosen.timings[0]!.name);
    expect(chosen.measuringMs).toBeGreaterThan(0);

    // The same model shape (another seed) is remembered: no second measurement.
    await session.handle({ type: 'configure', payload: { runId: 'b', experiment: { ...experiment, seed: 7 } } });
    expect(last('backend')).toMatchObject({ name: chosen.name, measuringMs: 0, timings: chosen.timings });
    await session.handle({ type: 'train', payload: { runId: 'b' } });
    await session.handle({ type: 'pause', payload: { runId: 'b' } });
    await session.whenIdle();
    expect(last('status')).toMatchObject({ runId: 'b', status: 'paused' });
  });

  it('reports an invalid experiment by field, and the next configure still works', async () => {
    const { session, types, last } = startSession();
    await session.handle({ type: 'init', payload: { baseUrl: 'http://playground.test/', backend: 'cpu' } });
    await session.handle({
      type: 'configure',
      payload: { runId: 'a', experiment: { ...defaultExperiment(), batchSize: 0 } },
    });
    expect(last('error')).toEqual({
      kind: 'config',
      runId: 'a',
      message: sayTrainer('settings', { detail: 'Batch size: must be at least 1' }),
    });
    await session.handle({ type: 'train', payload: { runId: 'a' } });
    expect(last('error')?.message).toEqual(sayTrainer('noRun'));
    await session.handle({
      type: 'configure',
      payload: { runId: 'a', experiment: { ...defaultExperiment(), hiddenLayers: [8] } },
    });
    expect(types().at(-2)).toBe('configured');
  });

  it('trains after a configure and pauses on request, with metrics in order', async () => {
    const { session, received, last } = startSession();
    await session.handle({ type: 'init', payload: { baseUrl: 'http://playground.test/', backend: 'cpu' } });
    void session.handle({
      type: 'configure',
      payload: {
        runId: 'a',
        experiment: {
          ...defaultExperiment(),
          hiddenLayers: [8],
          trainingSubset: 'examples',
          trainingExamples: 320,
          epochs: 50,
        },
      },
    });
    const training = session.handle({ type: 'train', payload: { runId: 'a' } }); // waits for the configure in flight
    await vi.waitFor(() => expect(last('metrics')).toBeDefined(), { timeout: 20_000 });
    await session.handle({ type: 'pause', payload: { runId: 'a' } });
    await training;
    await session.whenIdle();
    expect(last('status')?.status).toBe('paused');
    const steps = received.flatMap((m) => (m.type === 'metrics' ? Array.from(m.payload.steps) : []));
    expect(steps).toEqual(Array.from({ length: steps.length }, (_, i) => i + 1));
  });

  it('says clearly when a dataset is missing', async () => {
    const { session, last } = startSession();
    await session.handle({ type: 'init', payload: { baseUrl: 'http://playground.test/nowhere/', backend: 'cpu' } });
    await session.handle({ type: 'configure', payload: { runId: 'a', experiment: defaultExperiment() } });
    expect(last('error')).toEqual({
      kind: 'data',
      message: sayTrainer('data.missing', { dataset: 'MNIST', file: 'data/mnist/manifest.json' }),
    });
  });

  it('trains several runs at once: equal seeds give equal losses, and one diverging leaves the others going', async () => {
    const { session, received } = startSession();
    await session.handle({ type: 'init', payload: { baseUrl: 'http://playground.test/', backend: 'cpu' } });
    const small = {
      ...defaultExperiment(),
      hiddenLayers: [8],
      trainingSubset: 'examples' as const,
      trainingExamples: 320,
      batchSize: 32,
      epochs: 4,
      schedule: 'constant' as const,
      evalEverySteps: 0,
    };
    const runs = {
      a: small,
      b: { ...small }, // same settings and seed as a: must give the same numbers
      c: {
        ...small,
        task: 'regression' as const,
        regressionLoss: 'l2' as const,
        preprocessing: 'raw' as const,
        initializer: 'standardNormal' as const,
        optimizer: 'sgd' as const,
        learningRate: 10,
      }, // squared error on raw pixels with a huge step: overflows to Infinity within a few steps
    };
    for (const [runId, experiment] of Object.entries(runs)) {
      await session.handle({ type: 'configure', payload: { runId, experiment } });
    }
    await Promise.all(Object.keys(runs).map((runId) => session.handle({ type: 'train', payload: { runId } })));
    await session.whenIdle();

    const lossesOf = (runId: string) =>
      received.flatMap((m) => (m.type === 'metrics' && m.payload.runId === runId ? Array.from(m.payload.losses) : []));
    const finalStatus = (runId: string) =>
      received.filter((m) => m.type === 'status' && m.payload.runId === runId).at(-1)?.payload;
    expect(lossesOf('a')).toHaveLength(40);
    expect(lossesOf('b')).toEqual(lossesOf('a'));
    expect(finalStatus('a')).toMatchObject({ status: 'finished', step: 40 });
    expect(finalStatus('b')).toMatchObject({ status: 'finished', step: 40 });
    expect(finalStatus('c')).toMatchObject({ status: 'diverged' });
    expect(lossesOf('c').length).toBeLessThan(40);
    expect(Number.isFinite(lossesOf('c').at(-1))).toBe(false);

    // The runs' metrics interleave: neither a nor b waited for the other to finish.
    const order = received
      .filter((m) => m.type === 'metrics')
      .map((m) => (m.type === 'metrics' ? m.payload.runId : ''));
    expect(order.indexOf('b')).toBeLessThan(order.lastIndexOf('a'));
  });

  it('gives the training runs turns: one waiting for its turn pauses at once, the one computing after its chunk', async () => {
    const { session, received } = startSession();
    await session.handle({ type: 'init', payload: { baseUrl: 'http://playground.test/', backend: 'cpu' } });
    const experiment = {
      ...defaultExperiment(),
      hiddenLayers: [8],
      trainingSubset: 'examples' as const,
      trainingExamples: 320,
      epochs: 50,
      evalEverySteps: 0,
    };
    for (const runId of ['a', 'b', 'c']) await session.handle({ type: 'configure', payload: { runId, experiment } });
    // c is asked to train and paused before its configure is done: it never starts.
    const cTrain = session.handle({ type: 'train', payload: { runId: 'c' } });
    await session.handle({ type: 'pause', payload: { runId: 'c' } });
    await cTrain;
    await session.handle({ type: 'train', payload: { runId: 'a' } });
    await session.handle({ type: 'train', payload: { runId: 'b' } });
    // a computes its first chunk now (its steps were issued synchronously); b waits for its turn.
    const pausedAt = received.length;
    await session.handle({ type: 'pause', payload: { runId: 'b' } });
    expect(received.slice(pausedAt)).toEqual([{ type: 'status', payload: { runId: 'b', status: 'paused', step: 0 } }]);
    await session.handle({ type: 'pause', payload: { runId: 'a' } });
    await session.whenIdle();
    const statuses = (runId: string) =>
      received.flatMap((m) => (m.type === 'status' && m.payload.runId === runId ? [m.payload.status] : []));
    expect(statuses('a')).toEqual(['idle', 'training', 'paused']);
    expect(statuses('b')).toEqual(['idle', 'training', 'paused']);
    expect(statuses('c')).toEqual(['idle', 'idle']); // the answer to its pause: it rests, untrained
    const metricsOf = (runId: string) => received.filter((m) => m.type === 'metrics' && m.payload.runId === runId);
    expect(metricsOf('a')).toHaveLength(1); // the chunk in flight, then the pause
    expect(metricsOf('b')).toHaveLength(0);
    expect(metricsOf('c')).toHaveLength(0);
  });

  it('stops a run for good, and frees a removed run', async () => {
    const { session, received, last } = startSession();
    await session.handle({ type: 'init', payload: { baseUrl: 'http://playground.test/', backend: 'cpu' } });
    const experiment = {
      ...defaultExperiment(),
      hiddenLayers: [8],
      trainingSubset: 'examples' as const,
      trainingExamples: 320,
      epochs: 50,
    };
    await session.handle({ type: 'configure', payload: { runId: 'a', experiment } });
    const training = session.handle({ type: 'train', payload: { runId: 'a' } });
    await vi.waitFor(() => expect(last('metrics')).toBeDefined(), { timeout: 20_000 });
    await session.handle({ type: 'stop', payload: { runId: 'a' } });
    await training;
    await session.whenIdle();
    expect(last('status')).toMatchObject({
      runId: 'a',
      status: 'stopped',
      message: { code: 'messages:trainer.stoppedAsAsked', params: { step: expect.any(Number) } },
    });
    const metricsBefore = received.filter((m) => m.type === 'metrics').length;
    await session.handle({ type: 'train', payload: { runId: 'a' } }); // a stopped run does not resume
    expect(received.filter((m) => m.type === 'metrics').length).toBe(metricsBefore);

    const { tf } = await import('./tf');
    const before = tf.memory().numTensors;
    await session.handle({ type: 'configure', payload: { runId: 'b', experiment } });
    expect(tf.memory().numTensors).toBeGreaterThan(before);
    await session.handle({ type: 'remove', payload: { runId: 'b' } });
    expect(tf.memory().numTensors).toBe(before);
  });
});
