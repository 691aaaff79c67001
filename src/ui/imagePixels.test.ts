import { describe, expect, it } from 'vitest';
import { drawingBox, greyToChannels, imageRgba } from './imagePixels';

describe('image pixels', () => {
  it("keeps MNIST's 20-pixel box for 28 × 28 and scales it for other sizes", () => {
    expect(drawingBox({ height: 28, width: 28 })).toBe(20);
    expect(drawingBox({ height: 12, width: 12 })).toBe(9); // 12 · 20 / 28 = 8.57
    expect(drawingBox({ height: 64, width: 32 })).toBe(23); // the smaller side: 32 · 20 / 28 = 22.9
    expect(drawingBox({ height: 1, width: 1 })).toBe(1);
  });

  it('replicates a grey drawing into each channel, and leaves a grey one as it is', () => {
    const grey = Uint8Array.from([0, 128, 255]);
    expect(greyToChannels(grey, 1)).toBe(grey);
    expect(Array.from(greyToChannels(grey, 3))).toEqual([0, 0, 0, 128, 128, 128, 255, 255, 255]);
  });

  it('paints grey as dark ink on white and RGB as it is', () => {
    expect(Array.from(imageRgba([0, 200], { height: 1, width: 2, channels: 1 }))).toEqual([
      255, 255, 255, 255, 55, 55, 55, 255,
    ]);
    expect(Array.from(imageRgba([10, 20, 30, 40, 50, 60], { height: 2, width: 1, channels: 3 }))).toEqual([
      10, 20, 30, 255, 40, 50, 60, 255,
    ]);
  });
});
