import { describe, expect, it } from 'vitest';
import { contrastRatio, legibleOn, parseHex, relativeLuminance } from './colourContrast';

describe('colour contrast', () => {
  it('reads #rrggbb and #rgb, and nothing else', () => {
    expect(parseHex('#0072b2')).toEqual([0, 114, 178]);
    expect(parseHex('#fA0')).toEqual([255, 170, 0]);
    expect(parseHex('rgb(0, 0, 0)')).toBeNull();
    expect(parseHex('#12345')).toBeNull();
  });

  it('gives WCAG luminance and ratios: 21 for black on white, 1 for a colour on itself', () => {
    expect(relativeLuminance([0, 0, 0])).toBe(0);
    expect(relativeLuminance([255, 255, 255])).toBeCloseTo(1, 10);
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 10);
    expect(contrastRatio([0, 114, 178], [0, 114, 178])).toBe(1);
    // #777777: channel 119/255 = 0.4667 → ((0.4667 + 0.055) / 1.055)^2.4 = 0.1845; (1.05) / (0.2345) = 4.48.
    expect(contrastRatio([119, 119, 119], [255, 255, 255])).toBeCloseTo(4.48, 2);
  });

  it('leaves a colour that already stands out as it is', () => {
    expect(legibleOn('#d55e00', '#ffffff', '#1d1d1f', 3)).toBe('#d55e00');
  });

  it('moves a colour that vanishes towards the ink, just far enough', () => {
    const lifted = legibleOn('#111111', '#1e2126', '#e8eaed', 3);
    const ratio = contrastRatio(parseHex(lifted)!, parseHex('#1e2126')!);
    expect(ratio).toBeGreaterThanOrEqual(3);
    expect(ratio).toBeLessThan(3.1);
    // A grey stays grey: every channel moved together.
    const [r, g, b] = parseHex(lifted)!;
    expect(Math.max(r, g, b) - Math.min(r, g, b)).toBeLessThanOrEqual(3);
  });

  it('returns what it cannot read unchanged', () => {
    expect(legibleOn('tomato', '#ffffff', '#000000', 3)).toBe('tomato');
  });
});
