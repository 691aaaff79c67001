// Compile-time checks: each `@ts-expect-error` below must meet an error, or `tsc -p tsconfig.test.json` fails. The
// tests run too, so a check that compiled by mistake into a wider type would still show up as a plain value.
import { describe, expect, it } from 'vitest';
import { defineLesson } from './lessons';

const runs = [
  { key: 'a', name: 'A', settings: { activation: 'relu' } },
  { key: 'b', name: 'B', settings: { activation: 'sigmoid' } },
] as const;
const question = { prompt: 'Which?', choices: ['A', 'B'], answer: 0 } as const;
const sound = {
  id: 't02',
  title: 'A sound lesson',
  summary: 'One line.',
  claims: ['T02'],
  base: { epochs: 1 },
  runs,
  hidden: ['dataset'],
  question,
  watch: 'Watch.',
  expected: { kind: 'beats', metric: 'testAccuracy', run: 'b', other: 'a', atStep: 100, byPoints: 5 },
} as const;

describe('lesson types', () => {
  it('accept a sound lesson', () => {
    expect(defineLesson(sound).id).toBe('t02');
  });

  it('reject a claim that TIPS.md does not have', () => {
    // @ts-expect-error: T11 is not a claim ID.
    defineLesson({ ...sound, claims: ['T11'] });
    // @ts-expect-error: a lesson shows at least one claim.
    defineLesson({ ...sound, claims: [] });
    // @ts-expect-error: a lesson's ID is a claim ID in lower case.
    defineLesson({ ...sound, id: 'x99' });
  });

  it('reject a setting that the experiment does not have, or a value it does not take', () => {
    defineLesson({
      ...sound,
      // @ts-expect-error: no setting `learningRat`.
      base: { learningRat: 0.1 },
    });
    defineLesson({
      ...sound,
      runs: [
        // @ts-expect-error: `batchNorm` has no option 'sometimes'.
        { key: 'a', name: 'A', settings: { batchNorm: 'sometimes' } },
        { key: 'b', name: 'B', settings: {} },
      ],
    });
    // @ts-expect-error: `hidden` names controls, and there is no control `colour`.
    defineLesson({ ...sound, hidden: ['colour'] });
  });

  it('reject an outcome naming a run the lesson does not have', () => {
    defineLesson({
      ...sound,
      // @ts-expect-error: the runs are 'a' and 'b'.
      expected: { kind: 'diverges', run: 'c', withinSteps: 10 },
    });
    defineLesson({
      ...sound,
      expected: {
        kind: 'allOf',
        // @ts-expect-error: nested outcomes are checked too.
        outcomes: [
          { kind: 'staysFinite', run: 'a', throughStep: 10 },
          { kind: 'reachesFirst', run: 'b', other: 'sigmoid', percent: 90 },
        ],
      },
    });
  });

  it('reject a margin that does not suit the metric, and fewer than 2 or more than 6 runs, or fewer than 2 answer choices', () => {
    defineLesson({
      ...sound,
      // @ts-expect-error: a loss is compared by a factor, not by points.
      expected: { kind: 'beats', metric: 'testLoss', run: 'b', other: 'a', atStep: 100, byPoints: 5 },
    });
    // @ts-expect-error: a lesson compares at least two runs.
    defineLesson({ ...sound, runs: [runs[0]], expected: { kind: 'diverges', run: 'a', withinSteps: 10 } });
    const run = (key: string) => ({ key, name: key, settings: {} });
    // @ts-expect-error: at most six runs.
    defineLesson({ ...sound, runs: [run('a'), run('b'), run('c'), run('d'), run('e'), run('f'), run('g')] });
    // @ts-expect-error: a question offers at least two answers.
    defineLesson({ ...sound, question: { prompt: 'Which?', choices: ['A'], answer: 0 } });
  });
});
