// How the charts are shown, which controls and panels a teacher hid, the teacher's note and whether the page
// presents: settings of the page, carried by the link.
import { cleanNote } from '../schema/classroomCodec';
import type { ExperimentFieldName } from '../schema/experiment';
import { FIELD_NAMES } from '../schema/linkFieldKeys';
import { PAGE_PANELS, defaultClassroom, type ChartView, type Classroom, type PagePanel } from '../schema/view';

export interface ViewSlice {
  view: ChartView;
  /** Controls hidden from the settings panel (a teacher's link). */
  hidden: ExperimentFieldName[];
  /** Presenting, hidden panels, the teacher's note. */
  classroom: Classroom;
  setView(view: Partial<ChartView>): void;
  setControlHidden(name: ExperimentFieldName, hidden: boolean): void;
  showAllControls(): void;
  /** Hides every control but these ("show only these"). */
  showOnlyControls(names: readonly ExperimentFieldName[]): void;
  setPanelHidden(panel: PagePanel, hidden: boolean): void;
  /** Keeps the note as it will be shown (cleaned, cut at its limit); returns true when it had to be cut. */
  setTeacherNote(text: string): boolean;
  setPresenting(present: boolean): void;
}

type Set = (partial: Partial<ViewSlice>) => void;

export function createViewSlice(
  set: Set,
  get: () => ViewSlice,
  initial: { view: ChartView; hidden: readonly ExperimentFieldName[]; classroom?: Classroom },
): ViewSlice {
  const setClassroom = (change: Partial<Classroom>) => set({ classroom: { ...get().classroom, ...change } });
  return {
    view: initial.view,
    hidden: [...initial.hidden],
    classroom: initial.classroom ?? defaultClassroom(),
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
    showOnlyControls(names) {
      set({ hidden: FIELD_NAMES.filter((name) => !names.includes(name)) });
    },
    setPanelHidden(panel, hidden) {
      const now = get().classroom.hiddenPanels;
      setClassroom({
        hiddenPanels: PAGE_PANELS.filter((p) => (p === panel ? hidden : now.includes(p))),
      });
    },
    setTeacherNote(text) {
      const { note, cutFrom } = cleanNote(text);
      if (note !== get().classroom.note) setClassroom({ note });
      return cutFrom !== null;
    },
    setPresenting(present) {
      if (present !== get().classroom.present) setClassroom({ present });
    },
  };
}
