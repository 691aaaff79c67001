import { describe, expect, it } from 'vitest';
import { createBatchBuffers, epochOrder, fillBatch, stepsPerEpoch } from './batches';

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

describe('fillBatch', () => {
  it('scales pixels to [0, 1] and one-hot encodes the labels, in the given order', () => {
    // Three 2-pixel "images" with labels 2, 0, 1; batch of two taking examples 2 then 0.
    const images = Uint8Array.of(0, 255, 51, 102, 255, 0);
    const labels = Uint8Array.of(2, 0, 1);
    const buffers = createBatchBuffers(2, 2, 3);
    fillBatch(buffers, images, labels, [1, 2, 0], 1, 2, 3);
    expect(Array.from(buffers.inputs)).toEqual([1, 0, 0, 1]);
    expect(Array.from(buffers.targets)).toEqual([0, 1, 0, 0, 0, 1]);
  });

  it('clears the previous one-hot targets when reused', () => {
    const buffers = createBatchBuffers(1, 1, 3);
    fillBatch(buffers, Uint8Array.of(0, 0), Uint8Array.of(0, 2), [0], 0, 1, 3);
    fillBatch(buffers, Uint8Array.of(0, 0), Uint8Array.of(0, 2), [1], 0, 1, 3);
    expect(Array.from(buffers.targets)).toEqual([0, 0, 1]);
  });
});
