import { describe, expect, it } from 'vitest';
import { THREAD_POOL_SIZE, threadsToAsk } from './wasm';

describe('threadsToAsk', () => {
  it('asks for the cores the browser reports when the page is cross-origin isolated', () => {
    expect(threadsToAsk(2, true)).toBe(2);
    expect(threadsToAsk(1, true)).toBe(1);
  });

  it('stays within the pool of helper workers TF.js starts', () => {
    expect(threadsToAsk(THREAD_POOL_SIZE, true)).toBe(THREAD_POOL_SIZE);
    expect(threadsToAsk(64, true)).toBe(THREAD_POOL_SIZE);
  });

  it('uses one thread where memory cannot be shared, whatever the cores', () => {
    expect(threadsToAsk(16, false)).toBe(1);
  });

  it('uses one thread when the browser reports no usable core count', () => {
    for (const cores of [undefined, 0, -3, 2.5, Number.NaN]) expect(threadsToAsk(cores, true)).toBe(1);
  });
});
