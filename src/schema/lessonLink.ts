// A lesson in a link. `lesson=t02` names the lesson a page shows; alone (`#v=3&lesson=t02`) it opens the lesson as
// the catalog declares it, so a teacher's link stays short and readable. Once a person changed a run's settings the
// page is an ordinary experiment that came from the lesson: its link holds every run, as any link does, and names the
// lesson with `from=t02` instead. urlCodec.ts places these keys in the link; this module says what they mean.
import type { Message } from './message';
import { sayLink } from './linkWords';
import type { Experiment } from './experiment';
import { lessonById } from './lessonCatalog';
import { lessonExperiments, type Lesson } from './lessons';
import { FIELD_NAMES } from './linkFieldKeys';
import { same } from './linkSettings';
import { withoutControlCharacters } from './plainText';

/** The key naming a lesson shown as declared, and the one naming the lesson a changed experiment came from. */
export const LESSON_KEY = 'lesson';
export const FROM_LESSON_KEY = 'from';

/** Whether these runs' settings are the lesson's own: as many runs, in its order, every setting the same. */
export function settingsMatchLesson(lesson: Lesson, experiments: readonly Experiment[]): boolean {
  const own = lessonExperiments(lesson);
  return (
    experiments.length === own.length &&
    experiments.every((experiment, i) => FIELD_NAMES.every((name) => same(experiment[name], own[i]![name])))
  );
}

/** The lesson a link names (by either key, `lesson` first), or undefined with the reason in `problems`. */
export function readLesson(linkWide: ReadonlyMap<string, string>, problems: Message[]): Lesson | undefined {
  const raw = linkWide.get(LESSON_KEY) ?? linkWide.get(FROM_LESSON_KEY);
  if (raw === undefined) return undefined;
  // Case is forgiven: a teacher may well type `lesson=T02`, as TIPS.md spells it.
  const lesson = lessonById(raw.trim().toLowerCase());
  if (!lesson) {
    const shown = withoutControlCharacters(raw).slice(0, 40);
    problems.push(sayLink('noLesson', { id: shown }));
  }
  return lesson;
}
