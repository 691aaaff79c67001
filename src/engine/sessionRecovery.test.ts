import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FromTrainer, FromTrainerPayloads } from '../protocol/trainerProtocol';
import { defaultExperiment, type Experiment } from '../schema/experiment';
import { TrainerSession } from './session';

// A lost backend, in Node on TF.js's CPU backend: the session is told its backend was lost (as the WebGL context
// loss listener tells it) and moves its runs to the next backend, here the CPU again.
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

const experiment: Experiment = {
  ...defaultExperiment(),
  hiddenLayers: [16],
  trainingSubset: 'examples',
  trainingExamples: 2560, // 80 steps an epoch, 240 in all
  epochs: 3,
  evalEverySteps: 50,
};

/**
 * Trains run 'a' (and an idle run 'b'); `loseAt` loses the backend once a report reaches that step. Returns the
 * messages and each step's loss as the page would keep them (dropping what a `resumed` says to drop).
 */
async function train(loseAt: number | null, next: string[] = ['cpu']) {
  const received: FromTrainer[] = [];
  const losses = new Map<number, number>();
  let session: TrainerSession | null = null;
  let lost = false;
  session = new TrainerSession(
    (message) => {
      received.push(message);
      if (message.type === 'metrics') {
        message.payload.steps.forEach((step, i) => {
          expect(losses.has(step)).toBe(false);
          losses.set(step, message.payload.losses[i]!);
        });
        if (loseAt !== null && !lost && message.payload.steps.at(-1)! >= loseAt) {
          lost = true;
          setTimeout(() => void session!.backendLost());
        }
      }
      if (message.type === 'resumed') {
        for (const step of losses.keys()) if (step > message.payload.fromStep) losses.delete(step);
      }
    },
    {
      yieldToEventLoop: () => new Promise((resolve) => setTimeout(resolve, 0)),
      backendsAfterLoss: () => next as ('cpu' | 'wasm')[],
    },
  );
  await session.handle({ type: 'init', payload: { baseUrl: 'http://playground.test/', backend: 'cpu' } });
  await session.handle({ type: 'configure', payload: { runId: 'a', experiment } });
  await session.handle({ type: 'configure', payload: { runId: 'b', experiment: { ...experiment, seed: 2 } } });
  await session.handle({ type: 'train', payload: { runId: 'a' } });
  await vi.waitFor(
    async () => {
      await session.whenIdle();
      const status = received.filter((m) => m.type === 'status' && m.payload.runId === 'a').at(-1);
      const failed = received.some((m) => m.type === 'error');
      expect(failed || (status?.payload as FromTrainerPayloads['status']).status === 'finished').toBe(true);
    },
    { timeout: 60_000, interval: 50 },
  );
  const of = <T extends keyof FromTrainerPayloads>(type: T) =>
    received.filter((m) => m.type === type).map((m) => m.payload as FromTrainerPayloads[T]);
  return { received, losses, of };
}

describe('a session whose backend is lost', () => {
  it('resumes each training run from its checkpoint on the next backend: every step once, the same losses', async () => {
    const straight = await train(null);
    const resumed = await train(205);
    const [report] = resumed.of('resumed');
    expect(report).toEqual({ runId: 'a', lost: 'cpu', lostAtStep: expect.any(Number), fromStep: 200, backend: 'cpu' });
    expect(report!.lostAtStep).toBeGreaterThanOrEqual(205);
    expect(resumed.of('resumed')).toHaveLength(1); // the idle run had nothing to resume
    expect(resumed.of('backend').map((b) => b.name)).toEqual(['cpu', 'cpu']);
    // The second announcement says why training moved: the lost backend and the new one, as catalog data.
    const moved = resumed.of('backend')[1]!;
    expect(moved.basis).toBe('afterLoss');
    expect(moved.reason).toEqual({
      code: 'backends:reason.afterLoss',
      params: { backend: { code: 'backends:label.cpu' }, lost: { code: 'backends:label.cpu' } },
    });
    expect(
      resumed
        .of('status')
        .filter((s) => s.runId === 'a')
        .at(-1)!.status,
    ).toBe('finished');
    expect([...resumed.losses.keys()].sort((x, y) => x - y)).toEqual(Array.from({ length: 240 }, (_, i) => i + 1));
    expect([...resumed.losses].sort(([x], [y]) => x - y)).toEqual([...straight.losses].sort(([x], [y]) => x - y));
    // Steps after the checkpoint were reported twice, once before the loss and once after; evaluations likewise.
    const evaluations = resumed
      .of('evaluation')
      .filter((e) => e.runId === 'a')
      .map((e) => e.step);
    expect(evaluations.filter((step) => step > 200)).toEqual([240]);
  }, 120_000);

  it('stops as before, with the message to reload, when no other backend starts', async () => {
    const { of } = await train(60, []);
    expect(of('resumed')).toEqual([]);
    expect(of('error')).toEqual([{ kind: 'contextLost', message: { code: 'messages:trainer.contextLost' } }]);
  }, 120_000);
});
