import { useSyncExternalStore } from 'react';

/** The width below which the page is one column (styles.css uses the same). */
const NARROW = '(max-width: 900px)';

const subscribe = (onChange: () => void) => {
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};

/** Whether the page is laid out in one column (a phone, a tablet held upright): then the chart must come soon. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(NARROW).matches);
}
