import { describe, expect, it } from 'vitest';
import { RUN_COLOURS } from '../../schema/view';
import { CHART_COLOUR_PROPERTIES, chartColoursFrom, LIGHT_CHART_COLOURS, shownRunColour } from './chartColours';
import { contrastRatio, parseHex } from './colourContrast';

const DARK = {
  '--surface': '#1e2126',
  '--text': '#e8eaed',
  '--chart-grid': '#3a3f47',
  '--chart-axis': '#9aa0a8',
  '--run-ink': '#f2f2f2',
  '--heatmap-ink': '#5ee0b8',
  '--highlight': '#ff9a4d',
};

describe('chart colours', () => {
  it('reads every colour from its custom property', () => {
    const colours = chartColoursFrom((property) => ` ${DARK[property as keyof typeof DARK]} `);
    expect(colours.surface).toBe('#1e2126');
    expect(colours.runInk).toBe('#f2f2f2');
    expect(colours.heatmapInk).toBe('#5ee0b8');
    expect(Object.keys(colours).sort()).toEqual(Object.keys(CHART_COLOUR_PROPERTIES).sort());
  });

  it('falls back to the light colours for a missing or malformed property', () => {
    const colours = chartColoursFrom((property) => (property === '--surface' ? 'url(x)' : ''));
    expect(colours).toEqual(LIGHT_CHART_COLOURS);
  });

  it("shows the palette's black as the theme's ink, and keeps it black on a light page", () => {
    const dark = chartColoursFrom((property) => DARK[property as keyof typeof DARK]);
    expect(shownRunColour('#000000', dark)).toBe('#f2f2f2');
    expect(shownRunColour('#000000', LIGHT_CHART_COLOURS)).toBe('#000000');
  });

  it('draws every palette colour at least 3:1 against either surface, and keeps those that already are', () => {
    const dark = chartColoursFrom((property) => DARK[property as keyof typeof DARK]);
    for (const colours of [LIGHT_CHART_COLOURS, dark]) {
      const shown = RUN_COLOURS.map((colour) => shownRunColour(colour, colours));
      for (const colour of shown) {
        expect(contrastRatio(parseHex(colour)!, parseHex(colours.surface)!)).toBeGreaterThanOrEqual(3);
      }
      // Still eight different colours.
      expect(new Set(shown).size).toBe(RUN_COLOURS.length);
    }
    expect(shownRunColour('#d55e00', dark)).toBe('#d55e00');
    expect(shownRunColour('#0072b2', LIGHT_CHART_COLOURS)).toBe('#0072b2');
  });
});
