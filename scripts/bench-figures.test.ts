import { describe, expect, it } from 'vitest';
import { backendFigures, goalText, median } from './bench-figures.mjs';

describe('bench figures', () => {
  it('takes the middle value as the median', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(3);
  });

  it('compares the auto pick with the fastest backend measured and with WebGL', () => {
    const rows = [
      { backend: 'webgl', samplesPerSecond: 1000 },
      { backend: 'wasm', samplesPerSecond: 3200 },
      { backend: 'cpu', samplesPerSecond: 400 },
    ];
    const figures = backendFigures(rows, 3100, 3);
    expect(figures.fastest).toEqual({ backend: 'wasm', samplesPerSecond: 3200 });
    expect(figures.autoVsFastest).toBeCloseTo(3100 / 3200);
    expect(figures.autoVsFastestMet).toBe(true);
    expect(figures.autoVsWebgl).toBeCloseTo(3.1);
    expect(figures.autoVsWebglMet).toBe(true);
  });

  it('misses the goals when auto picks a slow backend', () => {
    const rows = [
      { backend: 'webgl', samplesPerSecond: 1000 },
      { backend: 'wasm', samplesPerSecond: 3000 },
    ];
    const figures = backendFigures(rows, 1000, 3);
    expect(figures.autoVsFastest).toBeCloseTo(1 / 3);
    expect(figures.autoVsFastestMet).toBe(false);
    expect(figures.autoVsWebglMet).toBe(false);
  });

  it('leaves out backends that could not train, and says a ratio was not measured', () => {
    const rows = [
      { backend: 'webgl', samplesPerSecond: 270 },
      { backend: 'wasm', samplesPerSecond: null },
    ];
    const figures = backendFigures(rows, null, 5);
    expect(figures.fastest?.backend).toBe('webgl');
    expect(figures.autoVsFastest).toBeNull();
    expect(figures.autoVsWebglMet).toBe(false);
    expect(backendFigures([{ backend: 'wasm', samplesPerSecond: 900 }], 900, 3).autoVsWebgl).toBeNull();
  });

  it('writes a ratio with its goal', () => {
    expect(goalText(3.104, 3)).toBe('3.10× (goal ≥ 3×: met ✓)');
    expect(goalText(0.5, 0.95, '')).toBe('0.50 (goal ≥ 0.95: not met ✗)');
    expect(goalText(null, 5, '×', 'no WebGL figure')).toBe('no WebGL figure (goal ≥ 5×: not met)');
  });
});
