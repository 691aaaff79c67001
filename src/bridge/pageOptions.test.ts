import { describe, expect, it } from 'vitest';
import { readPageOptions } from './pageOptions';

describe('readPageOptions', () => {
  it('leaves the backend to auto and the trainer in a worker by default', () => {
    expect(readPageOptions('')).toEqual({ backend: 'auto', thread: 'worker' });
  });

  it('forces a backend and the main thread when the address asks', () => {
    expect(readPageOptions('?backend=webgl&trainer=main')).toEqual({ backend: 'webgl', thread: 'main thread' });
    expect(readPageOptions('?lang=zh-CN&backend=webgpu')).toEqual({ backend: 'webgpu', thread: 'worker' });
  });

  it('ignores values it does not know', () => {
    expect(readPageOptions('?backend=%3Cscript%3E&trainer=gpu')).toEqual({ backend: 'auto', thread: 'worker' });
    expect(readPageOptions('?backend=__proto__')).toEqual({ backend: 'auto', thread: 'worker' });
  });
});
