// A lesson is data: the claims it shows, its runs (settings over a shared base), the controls it hides, the
// prediction asked before training, what to watch, and the expected outcome as a predicate over the measured runs.
// The page opens a lesson as a link state (lessonLinkState); judge() says whether the outcome showed up. Runs are
// named by keys of the lesson's own (K): an outcome naming a run the lesson lacks, a claim not in TIPS.md or a
// setting the experiment lacks does not compile (see lessonTypes.test.ts).
import type { ClaimId } from './claims';
import { EXPERIMENT_FIELDS, defaultExperiment, type Experiment, type ExperimentFieldName } from './experiment';
import { judgeOutcome, type Judgement, type MeasuredRun, type Outcome, type RunNames } from './outcomes';
import type { LinkState } from './urlCodec';
import { defaultChartView, defaultRunColour, type ChartView } from './view';

export interface LessonRun<K extends string> {
  /** How the outcome names this run; not shown. */
  key: K;
  /** The run's name on the page and in the verdict's text. */
  name: string;
  /** Applied over the lesson's base, which is applied over the defaults. */
  settings: Partial<Experiment>;
}

/** Two to six runs: a lesson compares, and more than six curves are hard to read. */
export type LessonRuns<R> =
  readonly [R, R] | readonly [R, R, R] | readonly [R, R, R, R] | readonly [R, R, R, R, R] | readonly [R, R, R, R, R, R];

export interface Lesson<K extends string = string> {
  /** Lowercase claim ID of the claim it is built around, e.g. 'd04'; `lesson=d04` in a link. */
  id: Lowercase<ClaimId>;
  title: string;
  /** One line for the gallery's card: what the lesson sets side by side. */
  summary: string;
  claims: readonly [ClaimId, ...ClaimId[]];
  /** Settings every run shares, over the defaults. */
  base: Partial<Experiment>;
  runs: LessonRuns<LessonRun<K>>;
  /** Controls the lesson hides, so the ones that matter stand out. */
  hidden: readonly ExperimentFieldName[];
  /** How the chart opens, over the default view. */
  view?: Partial<ChartView>;
  /** The prediction asked before training; `answer` is the choice the measured outcome supports. */
  question: {
    prompt: string;
    choices: readonly [string, string] | readonly [string, string, string] | readonly [string, string, string, string];
    answer: 0 | 1 | 2 | 3;
  };
  /** One to three sentences: where to look while it trains. */
  watch: string;
  expected: Outcome<K>;
  /** Where MNIST disagrees with the article, measured. */
  honestNote?: string;
}

/**
 * Declares a lesson with its run keys checked: K is inferred from the runs alone (NoInfer), so an outcome naming any
 * other key is a compile error rather than a widened K. Its ID is kept as written (I), so the catalog can require a
 * translation for each lesson by ID.
 */
export function defineLesson<const K extends string, const I extends Lowercase<ClaimId>>(
  lesson: Omit<Lesson<K>, 'expected' | 'id'> & { id: I; expected: Outcome<NoInfer<K>> },
): Lesson<K> & { id: I } {
  return lesson;
}

/** Every control but these, in field order: what a lesson that shows only a few knobs hides. */
export function allFieldsExcept(...shown: ExperimentFieldName[]): ExperimentFieldName[] {
  return (Object.keys(EXPERIMENT_FIELDS) as ExperimentFieldName[]).filter((name) => !shown.includes(name));
}

function copied(settings: Partial<Experiment>): Partial<Experiment> {
  // Lists are copied so that no run shares an array with the catalog or another run.
  return Object.fromEntries(
    Object.entries(settings).map(([name, value]) => [name, Array.isArray(value) ? [...value] : value]),
  ) as Partial<Experiment>;
}

/** Each run's whole experiment: the defaults, then the lesson's base, then the run's own settings. */
export function lessonExperiments<K extends string>(lesson: Lesson<K>): Experiment[] {
  return lesson.runs.map((run) => ({ ...defaultExperiment(), ...copied(lesson.base), ...copied(run.settings) }));
}

/**
 * What the page and the link codec open for a lesson: its runs in order, its view, its hidden controls. `names`: the
 * runs' names by key where the page opens them in another language (the declared names by default).
 */
export function lessonLinkState<K extends string>(
  lesson: Lesson<K>,
  names?: Readonly<Partial<Record<string, string>>>,
): LinkState {
  const experiments = lessonExperiments(lesson);
  const order = Object.keys(EXPERIMENT_FIELDS) as ExperimentFieldName[];
  return {
    runs: lesson.runs.map((run, i) => ({
      name: names?.[run.key] ?? run.name,
      colour: defaultRunColour(i),
      experiment: experiments[i]!,
    })),
    view: { ...defaultChartView(), ...lesson.view },
    hidden: order.filter((name) => lesson.hidden.includes(name)),
  };
}

/** The runs' names by key, for the verdict's text. */
export function runNames<K extends string>(lesson: Lesson<K>): RunNames<K> {
  return Object.fromEntries(lesson.runs.map((run) => [run.key, run.name])) as RunNames<K>;
}

/**
 * Whether the lesson's expected outcome showed up in these results (a run missing from them counts as not started).
 * `names`: the runs' names in the verdict, by key (the page passes them in its language); the declared ones by default.
 */
export function judge<K extends string>(
  lesson: Lesson<K>,
  results: Partial<Record<K, MeasuredRun>>,
  names: RunNames<K> = runNames(lesson),
): Judgement {
  return judgeOutcome(lesson.expected, results, names);
}
