// The colours canvas drawings need, read from the page's CSS custom properties (styles.css holds both themes'
// values, the one place to change them), and the colour a run's line is shown in on the current background.
import { RUN_COLOURS } from '../../schema/view';
import { legibleOn } from './colourContrast';

export interface ChartColours {
  /** The chart's background, behind the transparent canvas. */
  surface: string;
  /** Body text: the most contrasting colour on the surface. */
  text: string;
  grid: string;
  axis: string;
  /** What Okabe–Ito's black is shown as: black on a light page, near-white on a dark one. */
  runInk: string;
  /** The heat-map's cells: this colour, more opaque where more values fall. */
  heatmapInk: string;
  /** The heat-map's chosen step. */
  highlight: string;
}

/** Each colour's custom property in styles.css. */
export const CHART_COLOUR_PROPERTIES: Readonly<Record<keyof ChartColours, string>> = {
  surface: '--surface',
  text: '--text',
  grid: '--chart-grid',
  axis: '--chart-axis',
  runInk: '--run-ink',
  heatmapInk: '--heatmap-ink',
  highlight: '--highlight',
};

/** The light theme's values, for a property that is missing or unreadable (a page without the stylesheet, a test). */
export const LIGHT_CHART_COLOURS: ChartColours = {
  surface: '#ffffff',
  text: '#1d1d1f',
  grid: '#dddddd',
  axis: '#666666',
  runInk: '#000000',
  heatmapInk: '#005e46',
  highlight: '#d55e00',
};

const HEX = /^#[0-9a-f]{6}$/i;

/** The chart colours from a reader of custom properties (e.g. getComputedStyle(root).getPropertyValue). */
export function chartColoursFrom(read: (property: string) => string): ChartColours {
  const entries = Object.entries(CHART_COLOUR_PROPERTIES).map(([key, property]) => {
    const value = read(property).trim();
    return [key, HEX.test(value) ? value.toLowerCase() : LIGHT_CHART_COLOURS[key as keyof ChartColours]];
  });
  return Object.fromEntries(entries) as unknown as ChartColours;
}

/** Okabe–Ito's black, the palette's seventh run colour. */
export const PALETTE_BLACK = '#000000';
/** WCAG 2's least contrast for lines and other graphics (1.4.11). */
export const GRAPHIC_CONTRAST = 3;

/**
 * A run's colour as drawn. The palette's colours are drawn as they are, for they were chosen to stay apart for
 * colour-blind readers, except its black: on a dark page it would vanish, so it becomes the theme's ink (near-white;
 * mixing it only up to legibility would give a dark grey too close to the palette's own grey). A colour from outside
 * the palette (a link may carry any) that stands out less than 3:1 from the chart is moved towards the text colour
 * until it does. The run keeps its chosen colour: the link, the picker's value and data exports are the same in
 * both themes.
 */
export function shownRunColour(colour: string, colours: ChartColours): string {
  const chosen = colour.toLowerCase();
  if (chosen === PALETTE_BLACK) return colours.runInk;
  if ((RUN_COLOURS as readonly string[]).includes(chosen)) return colour;
  return legibleOn(colour, colours.surface, colours.text, GRAPHIC_CONTRAST);
}
