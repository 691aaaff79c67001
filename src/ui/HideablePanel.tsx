import type { ReactNode } from 'react';
import type { PagePanel } from '../schema/view';
import { usePlayground } from './StoreContext';

/** A part of the page a teacher can hide (Teacher tools, `panels=` in the link): its children, or nothing. */
export function HideablePanel({ panel, children }: { panel: PagePanel; children: ReactNode }) {
  const hidden = usePlayground((s) => s.classroom.hiddenPanels.includes(panel));
  return hidden ? null : children;
}
