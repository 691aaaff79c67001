// The lesson on the page, if any, and the person's prediction for it. A lesson opens like a link (lessonLinkState),
// through runsSlice's openLink, so it asks first when trained results would be lost; whether its runs are still the
// lesson's own is derived from them (lessonProgress.ts), not kept here.
import type { Message } from '../schema/message';
import { lessonById } from '../schema/lessonCatalog';
import { lessonLinkState } from '../schema/lessons';
import type { ExperimentFieldName } from '../schema/experiment';
import type { LinkState } from '../schema/urlCodec';
import type { Classroom } from '../schema/view';

export interface LessonSlice {
  /** The lesson shown, or the one the runs were changed from; null for an ordinary experiment. */
  lessonId: string | null;
  /** The index of the choice the person predicted; null until they pick one. */
  lessonPrediction: number | null;
  /** Opens a lesson's runs (ready, not training), view and hidden controls in place of the current experiment. */
  /** `runNames`: the runs' names by key in the page's language (the declared, English ones by default). */
  openLesson(id: string, runNames?: Readonly<Record<string, string>>): void;
  /** Leaves the runs as an ordinary experiment and shows every control again. */
  closeLesson(): void;
  choosePrediction(choice: number): void;
}

type State = LessonSlice & {
  hidden: ExperimentFieldName[];
  classroom: Classroom;
  openLink(link: LinkState, notice: Message | null): void;
};

/** The lesson a link names, when this playground has it. */
export function knownLesson(id: string | undefined): string | null {
  return id !== undefined && lessonById(id) ? id : null;
}

export function createLessonSlice(
  set: (partial: Partial<State>) => void,
  get: () => State,
  initial: LinkState,
): LessonSlice {
  return {
    lessonId: knownLesson(initial.lesson),
    lessonPrediction: null,
    openLesson(id, runNames) {
      const lesson = lessonById(id);
      // The teacher's set-up (presenting, a note, hidden panels) is theirs, not the lesson's: it stays.
      if (lesson)
        get().openLink({ ...lessonLinkState(lesson, runNames), lesson: lesson.id, classroom: get().classroom }, null);
    },
    closeLesson() {
      // The hidden controls were the lesson's choice; without it they would be hidden for no reason given.
      set({ lessonId: null, lessonPrediction: null, hidden: [] });
    },
    choosePrediction(choice) {
      const lesson = lessonById(get().lessonId ?? '');
      if (lesson && Number.isInteger(choice) && choice >= 0 && choice < lesson.question.choices.length)
        set({ lessonPrediction: choice });
    },
  };
}
