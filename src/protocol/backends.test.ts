import { describe, expect, it } from 'vitest';
import {
  BACKEND_ORDER,
  TIMING_ORDER,
  BACKENDS,
  backendsAfterLoss,
  candidatesFor,
  isBackendName,
  parseBackendRequest,
} from './backends';

describe('the backend registry', () => {
  it('tries GPUs before the CPU, and WebGPU (async reads only) before WebGL', () => {
    expect(BACKEND_ORDER).toEqual(['webgpu', 'webgl', 'wasm', 'cpu']);
    expect(BACKEND_ORDER.filter((name) => BACKENDS[name].needsGpu)).toEqual(['webgpu', 'webgl']);
    expect(BACKEND_ORDER.filter((name) => !BACKENDS[name].syncReads)).toEqual(['webgpu']);
    expect(BACKEND_ORDER.filter((name) => BACKENDS[name].deviceLoss === 'none')).toEqual(['wasm', 'cpu']);
  });

  it('times every backend, the one that sets the bar first and the slowest last', () => {
    expect([...TIMING_ORDER].sort()).toEqual([...BACKEND_ORDER].sort());
    expect(TIMING_ORDER[0]).toBe('wasm');
    expect(TIMING_ORDER.at(-1)).toBe('cpu');
  });

  it('reads ?backend=: a name forces it, anything else is auto', () => {
    expect(parseBackendRequest('webgl')).toBe('webgl');
    expect(parseBackendRequest('webgpu')).toBe('webgpu');
    expect(parseBackendRequest('wasm')).toBe('wasm');
    expect(parseBackendRequest('cpu')).toBe('cpu');
    expect(parseBackendRequest('auto')).toBe('auto');
    for (const hostile of [null, '', 'WEBGL', 'gpu', 'constructor', 'toString', '__proto__', '<script>'])
      expect(parseBackendRequest(hostile)).toBe('auto');
    expect(isBackendName('hasOwnProperty')).toBe(false);
  });

  it('lets auto try every backend and a forced request only its own', () => {
    expect(candidatesFor('auto')).toEqual(BACKEND_ORDER);
    expect(candidatesFor('wasm')).toEqual(['wasm']);
  });

  it('goes on after a lost GPU device on the CPU backends that started, best first', () => {
    expect(backendsAfterLoss('webgl', ['webgl', 'wasm', 'cpu'])).toEqual(['wasm', 'cpu']);
    // A GPU reset takes the other GPU API with it.
    expect(backendsAfterLoss('webgpu', ['webgpu', 'webgl', 'wasm', 'cpu'])).toEqual(['wasm', 'cpu']);
    expect(backendsAfterLoss('webgl', ['webgl', 'cpu'])).toEqual(['cpu']);
    expect(backendsAfterLoss('webgl', ['webgl'])).toEqual([]);
    // A CPU backend is not lost by a GPU reset; should it fail, any other that started will do.
    expect(backendsAfterLoss('wasm', ['webgl', 'wasm', 'cpu'])).toEqual(['webgl', 'cpu']);
  });
});
