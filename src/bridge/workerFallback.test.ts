import { describe, expect, it } from 'vitest';
import type { BackendAnnouncement, BackendFailure, FromTrainer } from '../protocol/trainerProtocol';
import { moveWorkerToMainThread } from './workerFallback';

const backend = (name: BackendAnnouncement['name'], failed: BackendFailure[] = []): FromTrainer => ({
  type: 'backend',
  payload: {
    name,
    detail: { code: 'backends:detail.wasm' },
    reason: { code: 'backends:reason.provisional' },
    basis: 'provisional',
    started: [name],
    failed,
    timings: [],
    measuringMs: 0,
  },
});
const webglDidNotStart: BackendFailure = { name: 'webgl', stage: 'start', detail: 'could not be started' };

describe('moveWorkerToMainThread', () => {
  it('moves an auto trainer whose worker could not start WebGL while the page has WebGL 2 (Safari)', () => {
    expect(moveWorkerToMainThread('auto', backend('wasm', [webglDidNotStart]), true)).toBe(true);
    expect(
      moveWorkerToMainThread('auto', { type: 'error', payload: { kind: 'backend', message: { code: 'x' } } }, true),
    ).toBe(true);
  });

  it('keeps a worker that chose another backend with WebGL working, or that was asked for one', () => {
    expect(moveWorkerToMainThread('auto', backend('wasm'), true)).toBe(false);
    expect(moveWorkerToMainThread('auto', backend('webgpu'), true)).toBe(false);
    expect(moveWorkerToMainThread('wasm', backend('wasm'), true)).toBe(false);
    expect(moveWorkerToMainThread('webgl', backend('wasm', [webglDidNotStart]), true)).toBe(false);
  });

  it('keeps the worker when the main thread would do no better', () => {
    expect(moveWorkerToMainThread('auto', backend('wasm', [webglDidNotStart]), false)).toBe(false);
    // 16-bit floats only: the page's WebGL would be the same.
    const halfFloats: BackendFailure = { name: 'webgl', stage: 'precision', detail: 'only 16-bit float textures' };
    expect(moveWorkerToMainThread('auto', backend('wasm', [halfFloats]), true)).toBe(false);
    expect(
      moveWorkerToMainThread('auto', { type: 'error', payload: { kind: 'data', message: { code: 'x' } } }, true),
    ).toBe(false);
  });
});
