import { describe, expect, it } from 'vitest';
import { divergingColour, sharedScale, tilePixels } from './divergingColours';

describe('diverging colours', () => {
  it('draws zero neutral, +scale red, −scale blue, and halfway halfway', () => {
    expect(divergingColour(0, 2)).toEqual([247, 247, 247]);
    expect(divergingColour(2, 2)).toEqual([178, 24, 43]);
    expect(divergingColour(-2, 2)).toEqual([33, 102, 172]);
    // 247 + ½·(178 − 247) = 212.5 → 213; 247 + ½·(24 − 247) = 135.5 → 136; 247 + ½·(43 − 247) = 145.
    expect(divergingColour(1, 2)).toEqual([213, 136, 145]);
    // 247 + ¼·(33 − 247) = 193.5 → 194; 247 + ¼·(102 − 247) = 210.75 → 211; 247 + ¼·(172 − 247) = 228.25 → 228.
    expect(divergingColour(-0.5, 2)).toEqual([194, 211, 228]);
  });

  it('clamps beyond the scale, draws everything neutral on a zero scale, and NaN black', () => {
    expect(divergingColour(5, 2)).toEqual([178, 24, 43]);
    expect(divergingColour(-Infinity, 2)).toEqual([33, 102, 172]);
    expect(divergingColour(3, 0)).toEqual([247, 247, 247]);
    expect(divergingColour(NaN, 2)).toEqual([0, 0, 0]);
  });

  it('shares the largest finite magnitude as the scale', () => {
    expect(sharedScale([0.5, -3, 2, NaN, Infinity])).toBe(3);
    expect(sharedScale([1, -2, 9], 2)).toBe(2);
    expect(sharedScale([])).toBe(0);
  });

  it('gives a tile’s RGBA pixels row by row from its offset', () => {
    const pixels = tilePixels([9, 9, 0, 1, -1, 0], 2, 2, 2, 1);
    expect(Array.from(pixels)).toEqual([
      ...[247, 247, 247, 255],
      ...[178, 24, 43, 255],
      ...[33, 102, 172, 255],
      ...[247, 247, 247, 255],
    ]);
  });
});
