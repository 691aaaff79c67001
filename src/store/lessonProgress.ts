// How an open lesson stands, from the page's runs: whether the runs are still the lesson's own (a changed knob makes
// them an ordinary experiment), the measured results its judge reads, and what to tell the person about their
// prediction once the verdict is in. Pure: the panel only shows what this returns.
import { settingsMatchLesson } from '../schema/lessonLink';
import { judge, type Lesson } from '../schema/lessons';
import type { Judgement, MeasuredRun } from '../schema/outcomes';
import type { Run, RunPhase } from './runState';

/** How the judge sees a run's phase: anything that may still train is 'running'; an imported run cannot change. */
const STATUS: Readonly<Record<RunPhase, MeasuredRun['status']>> = {
  'setting-up': 'running',
  ready: 'running',
  training: 'running',
  paused: 'running',
  finished: 'finished',
  diverged: 'diverged',
  stopped: 'stopped',
  imported: 'finished',
};

/** A run's record as the judge reads it; the page's growing columns are shared, not copied (`length` bounds them). */
export function measuredRunOf(run: Run): MeasuredRun {
  return {
    series: { steps: run.series.steps, losses: run.series.losses, length: run.series.length },
    evaluations: run.evaluations,
    status: STATUS[run.phase],
    divergedAt: run.divergedAt,
  };
}

/** Each of the lesson's run keys with the page's run at the same place (the lesson opens its runs in its order). */
export function lessonResults(lesson: Lesson, runs: readonly Run[]): Partial<Record<string, MeasuredRun>> {
  const results: Partial<Record<string, MeasuredRun>> = {};
  lesson.runs.forEach((lessonRun, i) => {
    const run = runs[i];
    if (run) results[lessonRun.key] = measuredRunOf(run);
  });
  return results;
}

export interface LessonProgress {
  /** The runs' settings are no longer the lesson's (a knob changed, a run added, removed or moved). */
  modified: boolean;
  /** The lesson's verdict on these runs; null once modified, as it no longer judges the lesson's runs. */
  judgement: Judgement | null;
  /** Some run has trained a step: the prediction asked before training is settled. */
  started: boolean;
}

export function lessonProgress(lesson: Lesson, runs: readonly Run[]): LessonProgress {
  const modified = !settingsMatchLesson(
    lesson,
    runs.map((run) => run.experiment),
  );
  return {
    modified,
    judgement: modified ? null : judge(lesson, lessonResults(lesson, runs)),
    started: runs.some((run) => run.series.length > 0 || run.phase === 'training'),
  };
}

/**
 * What to say about the person's prediction: nothing until the verdict is decided (only what they picked); then
 * whether the measured outcome supports their choice. `matched` is null while undecided or when nothing was picked.
 */
export function predictionFeedback(
  lesson: Lesson,
  pick: number | null,
  judgement: Judgement,
): { text: string; matched: boolean | null } | null {
  const picked = pick === null ? undefined : lesson.question.choices[pick];
  const answer = lesson.question.choices[lesson.question.answer];
  if (judgement.verdict === 'undecided') return picked ? { text: `You predicted “${picked}”.`, matched: null } : null;
  if (judgement.verdict === 'holds') {
    if (!picked) return { text: `You made no prediction; the measured outcome supports “${answer}”.`, matched: null };
    return pick === lesson.question.answer
      ? { text: `You predicted “${picked}”; the measured outcome supports it.`, matched: true }
      : { text: `You predicted “${picked}”; the measured outcome supports “${answer}”.`, matched: false };
  }
  // The expected outcome did not show up in this run: the lesson's answer is not borne out here either.
  const expected = `This run does not show what the lesson expects (“${answer}”): the verdict says what was measured.`;
  return { text: picked ? `You predicted “${picked}”. ${expected}` : expected, matched: null };
}
