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

  it('keeps the palette as it is, but for black on a dark page, and every colour stands out 3:1 on the dark one', () => {
    const dark = chartColoursFrom((property) => DARK[property as keyof typeof DARK]);
    expect(RUN_COLOURS.map((colour) => shownRunColour(colour, LIGHT_CHART_COLOURS))).toEqual([...RUN_COLOURS]);
    const shown = RUN_COLOURS.map((colour) => shownRunColour(colour, dark));
    expect(shown.filter((colour, i) => colour !== RUN_COLOURS[i])).toEqual(['#f2f2f2']);
    for (const colour of shown) {
      expect(contrastRatio(parseHex(colour)!, parseHex(dark.surface)!)).toBeGreaterThanOrEqual(3);
    }
    // Still eight different colours.
    expect(new Set(shown).size).toBe(RUN_COLOURS.length);
  });

  it('lifts a colour from outside the palette that would all but vanish, until it stands out 3:1', () => {
    const dark = chartColoursFrom((property) => DARK[property as keyof typeof DARK]);
    const yellowOnWhite = shownRunColour('#f0e442', LIGHT_CHART_COLOURS);
    expect(contrastRatio(parseHex(yellowOnWhite)!, [255, 255, 255])).toBeGreaterThanOrEqual(3);
    const navyOnDark = shownRunColour('#101040', dark);
    expect(contrastRatio(parseHex(navyOnDark)!, parseHex(dark.surface)!)).toBeGreaterThanOrEqual(3);
    expect(shownRunColour('#123456', LIGHT_CHART_COLOURS)).toBe('#123456');
  });
});
