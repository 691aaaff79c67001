// The lessons as the gallery lists them: under the TIPS.md sections, in the file's order, a lesson in the section of
// the first claim it names (its main claim); within a section, in the catalog's order.
import { CLAIMS, CLAIM_GROUPS, type ClaimGroup, type ClaimId } from './claims';
import type { Lesson } from './lessons';

export interface LessonGroup {
  group: ClaimGroup;
  lessons: Lesson[];
}

/** The sections that hold a lesson, each with its lessons; a section without one is left out. */
export function lessonsByGroup(lessons: readonly Lesson[]): LessonGroup[] {
  return CLAIM_GROUPS.map((group) => ({
    group,
    lessons: lessons.filter((lesson) => CLAIMS[lesson.claims[0]].group === group),
  })).filter((entry) => entry.lessons.length > 0);
}

/** The lessons that show a claim (name it among their claims), in the catalog's order: what a tip points to. */
export function lessonsShowing(lessons: readonly Lesson[], claim: ClaimId): Lesson[] {
  return lessons.filter((lesson) => lesson.claims.includes(claim));
}
