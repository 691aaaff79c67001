import { describe, expect, it } from 'vitest';
import { backendsAfterLoss } from './backendAfterLoss';

describe('backendsAfterLoss', () => {
  it('goes down the fallback order from the backend lost, never back to it', () => {
    expect(backendsAfterLoss('webgl')).toEqual(['wasm', 'cpu']);
    expect(backendsAfterLoss('wasm')).toEqual(['cpu']);
    expect(backendsAfterLoss('cpu')).toEqual([]);
  });

  it('falls back to the CPU backends when a backend it does not know is lost', () => {
    expect(backendsAfterLoss('webgpu')).toEqual(['wasm', 'cpu']);
  });
});
