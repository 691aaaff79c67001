// The lessons' words in English, derived from their declarations (schema/lessons*.ts), which `npm run lessons` and
// docs/lessons.md read too: one English copy. The verdicts' sentences come from schema/verdictTexts.ts, the gallery's
// sections from the claims' groups. The panel's and the gallery's own words are written here. The Chinese file is
// typed from this shape, so a lesson, a run or a verdict sentence without its Chinese does not compile.
import { CLAIM_GROUPS, type ClaimGroup } from '../../../schema/claims';
import { LESSON_LIST, type LessonId } from '../../../schema/lessonCatalog';
import { VERDICT_TEXTS, type VerdictCode } from '../../../schema/verdictTexts';

type Declared = (typeof LESSON_LIST)[number];

/** One lesson's words; `runs` names its runs by key, `choices` are the prediction's options in order. */
export interface LessonTexts<K extends string> {
  title: string;
  summary: string;
  prompt: string;
  choices: readonly string[];
  watch: string;
  honestNote?: string;
  runs: Record<K, string>;
}

type RunKey<L> = L extends { runs: readonly { key: infer K extends string }[] } ? K : never;

export type LessonsById = { [L in Declared as L['id']]: LessonTexts<RunKey<L>> };

const byId = Object.fromEntries(
  LESSON_LIST.map((lesson) => [
    lesson.id,
    {
      title: lesson.title,
      summary: lesson.summary,
      prompt: lesson.question.prompt,
      choices: [...lesson.question.choices],
      watch: lesson.watch,
      ...(lesson.honestNote ? { honestNote: lesson.honestNote } : {}),
      runs: Object.fromEntries(lesson.runs.map((run) => [run.key, run.name])),
    },
  ]),
) as unknown as LessonsById;

export const lessons = {
  byId,
  groups: Object.fromEntries(CLAIM_GROUPS.map((group) => [group, group])) as Record<ClaimGroup, string>,
  verdicts: VERDICT_TEXTS as Record<VerdictCode, string>,
  gallery: {
    button: 'Lessons',
    title: 'Lessons',
    close: 'Close',
    intro:
      'Each lesson sets a few runs side by side to test a claim of the training tips, asks what you expect, and says whether the measured runs bear it out. Opening one replaces the runs on the page; nothing trains until you press Train.',
    claimSeparator: ' · ',
    open: 'Open lesson',
    openAgain: 'Open lesson again',
    openNamed: 'Open lesson: {{title}}',
  },
  panel: {
    heading: 'Lesson {{code}} · claims {{claims}}',
    claimSeparator: ', ',
    modifiedTitle: 'Modified from lesson {{code}}.',
    modified:
      'A changed setting, or an added, removed or moved run, makes this your own experiment. The lesson’s verdict judges only the lesson’s own runs, so it is not shown; its link now says where the runs came from.',
    prediction: 'Your prediction',
    noPrediction: 'Training has started: no prediction was made this time.',
    locked: 'Locked in once training started.',
    pickFirst: 'Pick one before you train: it locks once the runs start.',
    watch: 'What to watch',
    trainAll: 'Press “Train all” under Runs to train the lesson’s runs.',
    honestNote: 'Honest note',
    verdict: 'Verdict',
    verdictStatus: 'Verdict: {{label}}',
    reopen: 'Reopen lesson {{code}}',
    close: 'Close lesson',
  },
  verdictLabels: {
    holds: 'Holds',
    undecided: 'Not yet decided',
    fails: 'Does not hold',
  },
  feedback: {
    predicted: 'You predicted “{{picked}}”.',
    noPrediction: 'You made no prediction; the measured outcome supports “{{answer}}”.',
    supported: 'You predicted “{{picked}}”; the measured outcome supports it.',
    supportsOther: 'You predicted “{{picked}}”; the measured outcome supports “{{answer}}”.',
    notShown: 'This run does not show what the lesson expects (“{{answer}}”): the verdict says what was measured.',
    predictedNotShown:
      'You predicted “{{picked}}”. This run does not show what the lesson expects (“{{answer}}”): the verdict says what was measured.',
  },
};

export type { LessonId };
