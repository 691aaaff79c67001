import { describe, expect, it } from 'vitest';
import type { BackendTiming } from '../protocol/trainerProtocol';
import { english } from '../ui/i18n/english';
import { cutShort, decideBackend, type ChoiceFacts } from './backendChoice';

const facts = (overrides: Partial<ChoiceFacts> = {}): ChoiceFacts => ({
  current: 'webgl',
  locked: false,
  softwareRenderer: null,
  wasmThreads: null,
  ...overrides,
});
const timing = (name: BackendTiming['name'], msPerStep: number): BackendTiming => ({ name, msPerStep, steps: 5 });

describe('decideBackend', () => {
  it('picks the fastest and says by how much it beat the next, naming a software renderer', () => {
    const decision = decideBackend([timing('webgl', 31), timing('wasm', 10), timing('cpu', 90)], {
      ...facts(),
      softwareRenderer: 'SwiftShader',
      wasmThreads: 2,
    });
    expect(decision.name).toBe('wasm');
    expect(decision.basis).toBe('measured');
    expect(english(decision.reason)).toBe(
      'wasm (2 threads): 3.1× faster than WebGL here (software renderer SwiftShader)',
    );
  });

  it('leaves the renderer out on a real GPU, and when no GPU backend took part in the comparison', () => {
    expect(english(decideBackend([timing('webgl', 2), timing('wasm', 10)], facts()).reason)).toBe(
      'WebGL: 5.0× faster than wasm here',
    );
    const cpuOnly = decideBackend([timing('wasm', 10), timing('cpu', 45), timing('webgl', 80)], {
      ...facts(),
      softwareRenderer: 'llvmpipe',
      wasmThreads: 1,
    });
    expect(english(cpuOnly.reason)).toBe('wasm (1 thread): 4.5× faster than CPU here');
  });

  it('calls a difference under 10% a tie, and a lone backend the only one', () => {
    expect(english(decideBackend([timing('wasm', 10), timing('webgl', 10.5)], facts()).reason)).toBe(
      'wasm: about as fast as WebGL here',
    );
    const only = decideBackend([timing('cpu', 50)], facts({ current: 'cpu' }));
    expect(only.name).toBe('cpu');
    expect(english(only.reason)).toBe('CPU: the only backend that could train this model here');
    const inTime = decideBackend([timing('webgl', 2700)], facts({ skipped: ['cpu'] }));
    expect(english(inTime.reason)).toBe(
      'WebGL: the only backend timed on this model in the time allowed (not timed: CPU)',
    );
  });

  it('keeps the current backend when runs have trained on it, and says what it gives up', () => {
    const kept = decideBackend([timing('webgl', 30), timing('wasm', 10)], facts({ locked: true }));
    expect(kept).toMatchObject({ name: 'webgl', basis: 'kept' });
    expect(english(kept.reason)).toBe(
      'WebGL: kept, as runs have trained on it already (wasm measured 3.0× faster for this model)',
    );
    // Locked but already on the winner: nothing is given up.
    expect(
      decideBackend([timing('webgl', 30), timing('wasm', 10)], facts({ current: 'wasm', locked: true })),
    ).toMatchObject({
      name: 'wasm',
      basis: 'measured',
    });
  });

  it('stays where it is when nothing could be timed', () => {
    const decision = decideBackend([], facts({ current: 'wasm' }));
    expect(decision).toMatchObject({ name: 'wasm', basis: 'kept' });
    expect(english(decision.reason)).toBe('wasm: no backend could be timed on this model');
  });
});

describe('cutShort', () => {
  it('stops timing a backend whose first step is over four times the best so far', () => {
    expect(cutShort(41, 10)).toBe(true);
    expect(cutShort(39, 10)).toBe(false);
    expect(cutShort(1000, null)).toBe(false);
  });
});
