// The page's look in English: the theme switch, the skip link, and the palette's black as a dark page shows it.
export const look = {
  theme: {
    label: 'Theme',
    system: 'As the system',
    light: 'Light',
    dark: 'Dark',
  },
  skipToChart: 'Skip to the chart',
  /** The run colour picker's name for Okabe–Ito's black, drawn white on a dark page. */
  inkOnDark: 'white (black on a light page)',
};
