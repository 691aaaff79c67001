import { describe, expect, it } from 'vitest';
import { windowRates } from './windowRates';

describe('windowRates', () => {
  // Read-backs every 20 steps, 100 ms apart: 200 steps/s.
  const reads = Array.from({ length: 12 }, (_, i) => ({ step: 20 * (i + 1), at: 100 * (i + 1) }));

  it('times consecutive windows from the first read-back past the warm-up', () => {
    // From step 40 (200 ms): to 100 (500 ms), to 160 (800 ms); batch 32 → 60 steps × 32 / 0.3 s.
    expect(windowRates(reads, 40, 50, 2, 32)).toEqual([6400, 6400]);
  });

  it('counts the steps a window really spans, and stops when the read-backs run out', () => {
    const uneven = [
      { step: 10, at: 0 },
      { step: 30, at: 1000 },
      { step: 70, at: 2000 },
    ];
    // Window from step 10 to the first read-back ≥ 35: step 70, 60 steps in 2 s.
    expect(windowRates(uneven, 10, 25, 3, 1)).toEqual([30]);
    expect(windowRates(uneven, 80, 10, 1, 1)).toEqual([]);
  });
});
