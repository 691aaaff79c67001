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

/** `names`: the lesson's run names the verdict uses, by run key (the page's language); the declared ones by default. */
export function lessonProgress(
  lesson: Lesson,
  runs: readonly Run[],
  names?: Readonly<Record<string, string>>,
): LessonProgress {
  const modified = !settingsMatchLesson(
    lesson,
    runs.map((run) => run.experiment),
  );
  return {
    modified,
    judgement: modified ? null : judge(lesson, lessonResults(lesson, runs), names),
    started: runs.some((run) => run.series.length > 0 || run.phase === 'training'),
  };
}

/**
 * What to say about the person's prediction, as data the page words: nothing until the verdict is decided (only what
 * they picked); then whether the measured outcome supports their choice. `picked` and `answer` are indexes of the
 * lesson's choices. `matched` is null while undecided or when nothing was picked.
 */
export type PredictionFeedback =
  /** Undecided: only what was picked. */
  | { kind: 'predicted'; picked: number; answer: number; matched: null }
  /** Holds, nothing picked: the answer it supports. */
  | { kind: 'noPrediction'; answer: number; matched: null }
  /** Holds, and it supports the pick. */
  | { kind: 'supported'; picked: number; answer: number; matched: true }
  /** Holds, and it supports another choice. */
  | { kind: 'supportsOther'; picked: number; answer: number; matched: false }
  /** The expected outcome did not show up in this run: the lesson's answer is not borne out here either. */
  | { kind: 'notShown'; picked: number | null; answer: number; matched: null };

export function predictionFeedback(
  lesson: Lesson,
  pick: number | null,
  judgement: Pick<Judgement, 'verdict'>,
): PredictionFeedback | null {
  const picked = pick !== null && pick >= 0 && pick < lesson.question.choices.length ? pick : null;
  const answer = lesson.question.answer;
  if (judgement.verdict === 'undecided')
    return picked === null ? null : { kind: 'predicted', picked, answer, matched: null };
  if (judgement.verdict === 'holds') {
    if (picked === null) return { kind: 'noPrediction', answer, matched: null };
    return picked === answer
      ? { kind: 'supported', picked, answer, matched: true }
      : { kind: 'supportsOther', picked, answer, matched: false };
  }
  return { kind: 'notShown', picked, answer, matched: null };
}
