import { describe, expect, it } from 'vitest';
import { D04, LESSONS, T02 } from './lessonCatalog';
import { CLAIM_IDS } from './claims';
import { lessonsByGroup, lessonsShowing } from './lessonGroups';
import type { Lesson } from './lessons';

describe('lessonsByGroup', () => {
  it('lists the sections in TIPS.md order, leaving out those without a lesson', () => {
    expect(lessonsByGroup([D04, T02]).map(({ group, lessons }) => [group, lessons.map((l) => l.id)])).toEqual([
      ['General', ['t02']],
      ['Debugging', ['d04']],
    ]);
    expect(lessonsByGroup([])).toEqual([]);
  });

  it("places a lesson by its first claim and keeps the catalog's order within a section", () => {
    const mixed = (id: Lesson['id'], claims: Lesson['claims']): Lesson => ({ ...T02, id, claims });
    const groups = lessonsByGroup([mixed('m01', ['M01', 'T01']), mixed('t05', ['T05']), mixed('t01', ['T01', 'M01'])]);
    expect(groups.map(({ group, lessons }) => [group, lessons.map((l) => l.id)])).toEqual([
      ['General', ['t05', 't01']],
      ['Mechanics', ['m01']],
    ]);
  });

  it('lists every lesson of the catalog exactly once', () => {
    expect(lessonsByGroup(LESSONS).flatMap((entry) => entry.lessons)).toHaveLength(LESSONS.length);
  });
});

describe('lessonsShowing', () => {
  it('finds a lesson by any claim it names, not only its main one', () => {
    expect(lessonsShowing(LESSONS, 'T02').map((l) => l.id)).toEqual(['t02']);
    // D05 and L08 are shown by the batch-size lesson built around D03; M06 by T01's.
    expect(lessonsShowing(LESSONS, 'L08').map((l) => l.id)).toEqual(['d03']);
    expect(lessonsShowing(LESSONS, 'M06').map((l) => l.id)).toEqual(['t01']);
    expect(lessonsShowing([D04, T02], 'M06')).toEqual([]);
  });

  it('gives every claim of the catalog at least one lesson', () => {
    expect(CLAIM_IDS.filter((id) => lessonsShowing(LESSONS, id).length === 0)).toEqual([]);
  });
});
