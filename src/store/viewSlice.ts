// How the charts are shown and which controls a teacher hid: settings of the page, carried by the link.
import type { ExperimentFieldName } from '../schema/experiment';
import type { ChartView } from '../schema/view';

export interface ViewSlice {
  view: ChartView;
  /** Controls hidden from the settings panel (a teacher's link). */
  hidden: ExperimentFieldName[];
  setView(view: Partial<ChartView>): void;
  setControlHidden(name: ExperimentFieldName, hidden: boolean): void;
  showAllControls(): void;
}

type Set = (partial: Partial<ViewSlice>) => void;

export function createViewSlice(
  set: Set,
  get: () => ViewSlice,
  initial: { view: ChartView; hidden: readonly ExperimentFieldName[] },
): ViewSlice {
  return {
    view: initial.view,
    hidden: [...initial.hidden],
    setView(view) {
      set({ view: { ...get().view, ...view } });
    },
    setControlHidden(name, hidden) {
      const others = get().hidden.filter((n) => n !== name);
      set({ hidden: hidden ? [...others, name] : others });
    },
    showAllControls() {
      set({ hidden: [] });
    },
  };
}
