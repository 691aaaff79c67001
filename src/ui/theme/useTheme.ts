// The page's theme as a tiny store outside React: the person's choice (kept in localStorage), the system's
// preference (followed live), and the resolved theme written to <html data-theme> for styles.css to read.
import { useMemo, useSyncExternalStore } from 'react';
import { chartColoursFrom, shownRunColour, type ChartColours } from './chartColours';
import { parseThemeChoice, resolveTheme, type Theme, type ThemeChoice } from './themeChoice';

const STORAGE_KEY = 'training-playground.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

interface ThemeState {
  choice: ThemeChoice;
  theme: Theme;
}

let state: ThemeState = { choice: 'system', theme: 'light' };
const listeners = new Set<() => void>();

function readStoredChoice(): ThemeChoice {
  try {
    return parseThemeChoice(localStorage.getItem(STORAGE_KEY));
  } catch {
    return 'system'; // storage blocked (some private modes): the system decides
  }
}

function apply(choice: ThemeChoice): void {
  const theme = resolveTheme(choice, matchMedia(DARK_QUERY).matches);
  // Written before anyone hears of the change: components then read the new custom properties.
  document.documentElement.dataset.theme = theme;
  if (choice === state.choice && theme === state.theme) return;
  state = { choice, theme };
  for (const listener of listeners) listener();
}

/** Applies the stored choice before the first render (no flash of the other theme) and follows the system's. */
export function startTheme(): void {
  apply(readStoredChoice());
  matchMedia(DARK_QUERY).addEventListener('change', () => apply(state.choice));
}

export function chooseTheme(choice: ThemeChoice): void {
  try {
    if (choice === 'system') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // Not kept past this page, but applied now.
  }
  apply(choice);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useTheme(): ThemeState {
  return useSyncExternalStore(subscribe, () => state);
}

/** The colours for canvas drawings in the current theme; a new object when the theme changes, to redraw with. */
export function useChartColours(): ChartColours {
  const { theme } = useTheme();
  return useMemo(() => {
    void theme; // read again for each theme: the custom properties behind it changed
    const style = getComputedStyle(document.documentElement);
    return chartColoursFrom((property) => style.getPropertyValue(property));
  }, [theme]);
}

/** A run's colour as the current theme draws it (see shownRunColour). */
export function useShownColour(): (colour: string) => string {
  const colours = useChartColours();
  return useMemo(() => (colour: string) => shownRunColour(colour, colours), [colours]);
}
