import { describe, expect, it } from 'vitest';
import { epochOrder, stepsPerEpoch } from './batches';

describe('stepsPerEpoch', () => {
  it('drops the incomplete last batch so every batch has the same shape', () => {
    expect(stepsPerEpoch(60_000, 64)).toBe(937); // 937 × 64 = 59,968; the last 32 wait for the next epoch
    expect(stepsPerEpoch(60_000, 100)).toBe(600);
    expect(stepsPerEpoch(10, 64)).toBe(0);
  });
});

describe('epochOrder', () => {
  it('is a function of seed and epoch alone', () => {
    expect(Array.from(epochOrder(500, 1, 0))).toEqual(Array.from(epochOrder(500, 1, 0)));
    expect(Array.from(epochOrder(500, 1, 1))).not.toEqual(Array.from(epochOrder(500, 1, 0)));
    expect(Array.from(epochOrder(500, 2, 0))).not.toEqual(Array.from(epochOrder(500, 1, 0)));
  });
});
