import { describe, expect, it } from 'vitest';
import { declaredImageSize, fitRect, fromRgba, imageKind } from './imageFit';
import { fakePng } from './ownFiles.testkit';

describe('declaredImageSize', () => {
  it("reads a PNG's IHDR", () => {
    expect(declaredImageSize(fakePng(640, 480, 0))).toEqual({ width: 640, height: 480 });
  });

  it("reads a JPEG's start of frame past an APP0 segment", () => {
    // SOI, APP0 of length 4 (2 bytes of data), SOF0: length 17, precision 8, height 0x01E0 = 480, width 0x0280 = 640.
    const jpeg = Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 17, 8, 0x01, 0xe0, 0x02, 0x80, 3);
    expect(imageKind(jpeg)).toBe('jpeg');
    expect(declaredImageSize(jpeg)).toEqual({ width: 640, height: 480 });
  });

  it('finds nothing in other bytes', () => {
    expect(imageKind(Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8))).toBeNull();
    expect(declaredImageSize(Uint8Array.of(0xff, 0xd8, 0xff))).toBeNull();
  });
});

describe('fitRect', () => {
  it('fits a 100×50 image into 28×28: 28 wide, 14 high, centred 7 from the top', () => {
    expect(fitRect(100, 50, 28)).toEqual({ x: 0, y: 7, w: 28, h: 14 });
  });
  it('scales a small square up to the whole square', () => {
    expect(fitRect(8, 8, 28)).toEqual({ x: 0, y: 0, w: 28, h: 28 });
  });
  it('keeps a 1000×1 line at least one pixel high', () => {
    expect(fitRect(1000, 1, 28)).toEqual({ x: 0, y: 13, w: 28, h: 1 });
  });
});

describe('fromRgba', () => {
  it('turns RGBA into BT.601 grey: pure red 76, green 150, blue 29, white 255', () => {
    const rgba = Uint8Array.of(255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 0);
    expect(Array.from(fromRgba(rgba, 1))).toEqual([76, 150, 29, 255]);
  });
  it('keeps RGB and drops alpha', () => {
    expect(Array.from(fromRgba(Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8), 3))).toEqual([1, 2, 3, 5, 6, 7]);
  });
});
