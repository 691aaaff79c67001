// The experiment as a link. Readable where it can be — `#v=2&lr=0.01&opt=sgd`, only what differs from the defaults,
// so a hand-edited link works — and compact where it must be (`#z=…`, lz-string). Runs after the first are written
// as what differs from the first (`r1.lr=0.1`). The chart view, the hidden controls and a teacher's set-up are written
// once, before the runs (`chart=testLoss&hide=lr,opt&present=1`), and a run's colour only when it is not its default
// (`r1.col=009e73`).
// Decoding never throws: whatever is malformed, unknown, out of range or impossible is dropped with a reason, and the
// rest is used. This module places each part in the link and reads older versions' runs whole; one run's settings are
// written and read by linkSettings.ts, the view, the hidden controls and the colours by viewCodec.ts, the teacher's
// set-up (presenting, hidden panels, note) by classroomCodec.ts, and the
// settings' short keys are listed in linkFieldKeys.ts. A lesson is named by `lesson=t02` (alone: the lesson as
// declared) or `from=t02` (its runs changed since), see lessonLink.ts.
import type { Message } from './message';
import { sayLink } from './linkWords';
import LZString from 'lz-string';
import { decodeClassroom, encodeClassroom } from './classroomCodec';
import { EXPERIMENT_VERSION, defaultExperiment, type Experiment, type ExperimentFieldName } from './experiment';
import { lessonById } from './lessonCatalog';
import { FROM_LESSON_KEY, LESSON_KEY, readLesson, settingsMatchLesson } from './lessonLink';
import { lessonLinkState } from './lessons';
import { FIELD_KEYS, FIELD_NAMES } from './linkFieldKeys';
import { decodeExperiment, differences, formatValue, parseSettings, readSettings, same } from './linkSettings';
import { defaultsOfVersion, migrateToCurrent, type ConfigBody } from './migrations';
import { withoutControlCharacters } from './plainText';
import { parseExperiment } from './validate';
import { defaultChartView, defaultRunColour, isDefaultClassroom, type ChartView, type Classroom } from './view';
import {
  LINK_WIDE_KEYS,
  decodeColour,
  decodeHidden,
  decodeView,
  encodeColour,
  encodeHidden,
  encodeView,
} from './viewCodec';

// Kept importable from here, the link's entry point, where they always were.
export { FIELD_KEYS } from './linkFieldKeys';
export { withoutControlCharacters } from './plainText';

export interface LinkRun {
  name: string;
  /** Lowercase `#rrggbb`. Two runs may share one: the user chose it. */
  colour: string;
  experiment: Experiment;
}

export interface LinkState {
  runs: LinkRun[];
  view: ChartView;
  /** Controls a teacher hid; in field order, no duplicates. */
  hidden: ExperimentFieldName[];
  /** The lesson shown, or the one these runs were changed from (its ID, e.g. 't02'); absent for an experiment. */
  lesson?: string;
  /** A teacher's set-up: presenting, hidden panels, a note; absent when it is the default one. */
  classroom?: Classroom;
}

export interface DecodedLink {
  state: LinkState;
  /** What was dropped and why, in plain words; empty when the whole link was used. */
  problems: Message[];
}

export const MAX_RUNS = 8;
/** Longer links are not read at all (browsers accept ~2 MB; nothing we write comes near this). */
export const MAX_LINK_LENGTH = 100_000;
/** Past this many characters the readable form gives way to the compact one. */
export const READABLE_LIMIT = 1800;
const MAX_NAME_LENGTH = 60;

function cleanName(raw: string, index: number): string {
  // Length capped; React escapes the rest when it is shown.
  const name = withoutControlCharacters(raw).trim().slice(0, MAX_NAME_LENGTH);
  return name || `Run ${index + 1}`;
}

/** What an empty link opens: one run with the default settings, the default view, nothing hidden. */
export function defaultLinkState(): LinkState {
  return {
    runs: [{ name: 'Run 1', colour: defaultRunColour(0), experiment: defaultExperiment() }],
    view: defaultChartView(),
    hidden: [],
  };
}

/** The link's fragment (without '#') for these runs, view, hidden controls, lesson and teacher's set-up. */
export function encodeLink(state: LinkState): string {
  const params = new URLSearchParams();
  params.set('v', String(EXPERIMENT_VERSION));
  const lesson = state.lesson === undefined ? undefined : lessonById(state.lesson);
  let readable: string | undefined;
  if (lesson) {
    const own = lessonLinkState(lesson);
    // Nothing changed, not even a name or the chart: the lesson's ID says it all, with a teacher's set-up if any.
    if (experimentParams(state, false) === experimentParams(own, false)) {
      params.set(LESSON_KEY, lesson.id);
      if (state.classroom) encodeClassroom(params, state.classroom);
      readable = params.toString();
    } else {
      const changed = !settingsMatchLesson(
        lesson,
        state.runs.map((run) => run.experiment),
      );
      params.set(changed ? FROM_LESSON_KEY : LESSON_KEY, lesson.id);
    }
  }
  readable ??= `${params.toString()}&${experimentParams(state, true)}`.replace(/&$/, '');
  if (readable.length <= READABLE_LIMIT) return readable;
  return `z=${LZString.compressToEncodedURIComponent(readable)}`;
}

/**
 * The view, the hidden controls, the teacher's set-up (unless left out, to compare with a lesson's) and the runs as
 * link parameters, without the version or a lesson.
 */
function experimentParams(state: LinkState, withClassroom: boolean): string {
  const params = new URLSearchParams();
  encodeView(params, state.view);
  encodeHidden(params, state.hidden);
  if (withClassroom && state.classroom) encodeClassroom(params, state.classroom);
  const defaults = defaultExperiment();
  state.runs.slice(0, MAX_RUNS).forEach((run, i) => {
    const prefix = i === 0 ? '' : `r${i}.`;
    const base = i === 0 ? defaults : state.runs[0]!.experiment;
    // A later run's name is always written, so the run appears even when nothing else differs.
    if (i > 0 || run.name !== 'Run 1') params.set(`${prefix}name`, run.name);
    const colour = encodeColour(run.colour, i);
    if (colour !== undefined) params.set(`${prefix}col`, colour);
    for (const name of FIELD_NAMES) {
      if (!same(run.experiment[name], base[name]))
        params.set(prefix + FIELD_KEYS[name], formatValue(run.experiment[name]));
    }
  });
  return params.toString();
}

interface RawRun {
  name?: string;
  colour?: string;
  values: Map<string, string>;
}

/** Keys written once for the whole link: the view's, the hidden controls' and the lesson's. */
const isLinkWide = (key: string) => LINK_WIDE_KEYS.has(key) || key === LESSON_KEY || key === FROM_LESSON_KEY;

interface RawLink {
  /** The view, hide and lesson keys, as written (the last one wins, as for settings). */
  global: Map<string, string>;
  runs: RawRun[];
}

function splitLink(params: URLSearchParams, problems: Message[]): RawLink {
  const link: RawLink = { global: new Map(), runs: [{ values: new Map() }] };
  for (const [key, value] of params) {
    if (key === 'v' || key === 'z') continue;
    if (isLinkWide(key)) {
      link.global.set(key, value);
      continue;
    }
    const match = /^r(\d{1,3})\.(.+)$/.exec(key);
    const index = match ? Number(match[1]) : 0;
    const field = match ? match[2]! : key;
    if (index >= MAX_RUNS) {
      problems.push(sayLink('tooManyRuns', { n: index + 1, max: MAX_RUNS }));
      continue;
    }
    if (isLinkWide(field)) {
      problems.push(sayLink('runWide', { n: index + 1, field: field.slice(0, 40), index }));
      continue;
    }
    while (link.runs.length <= index) link.runs.push({ values: new Map() });
    const run = link.runs[index]!;
    if (field === 'name') run.name = value;
    else if (field === 'col') run.colour = value;
    else run.values.set(field, value);
  }
  return link;
}

/** Reads a link's fragment (with or without '#'); never throws. */
export function decodeLink(fragment: string): DecodedLink {
  const problems: Message[] = [];
  const fallback = (): DecodedLink => ({ state: defaultLinkState(), problems });
  let text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text.trim() === '') return fallback();
  if (text.length > MAX_LINK_LENGTH) {
    problems.push(sayLink('tooLong', { length: text.length }));
    return fallback();
  }
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(text);
    const packed = params.get('z');
    if (packed !== null) {
      const unpacked = LZString.decompressFromEncodedURIComponent(packed);
      if (!unpacked || unpacked.length > MAX_LINK_LENGTH) {
        problems.push(sayLink('compactDamaged'));
        return fallback();
      }
      text = unpacked;
      params = new URLSearchParams(text);
    }
  } catch {
    problems.push(sayLink('unreadable'));
    return fallback();
  }
  const rawVersion = params.get('v');
  let version = EXPERIMENT_VERSION;
  if (rawVersion !== null) {
    const parsed = Number(rawVersion);
    if (!Number.isInteger(parsed) || parsed < 1) {
      problems.push(sayLink('badVersion', { raw: rawVersion.slice(0, 20), version: EXPERIMENT_VERSION }));
    } else if (parsed > EXPERIMENT_VERSION) {
      problems.push(sayLink('newerVersion', { version: parsed, newest: EXPERIMENT_VERSION }));
    } else version = parsed;
  }
  const raw = splitLink(params, problems);
  const lesson = readLesson(raw.global, problems);
  if (lesson && raw.global.has(LESSON_KEY) && !namesRuns(raw)) {
    // `lesson=t02` alone: the lesson's own runs; a view or hide key written beside it (by hand) still counts. Not
    // `from=`: its runs are the ones written, even when that is only the defaults (one default run says nothing).
    const own = lessonLinkState(lesson);
    const view = decodeView(raw.global, problems, own.view);
    const hidden = decodeHidden(raw.global, problems, own.hidden);
    return { state: { ...own, view, hidden, lesson: lesson.id, ...readClassroom(raw, problems) }, problems };
  }
  const view = decodeView(raw.global, problems);
  const hidden = decodeHidden(raw.global, problems);
  const classroom = readClassroom(raw, problems);
  // A link means each run whole, in its own version's terms: that version's defaults, then run 1's settings, then the
  // run's own. Each whole config is migrated, then read as what it changes from run 1's (run 1: from the defaults),
  // so a migration sees every run's full settings: a v1 run 2 under `act=elu` keeps ELU's v1 α.
  const oldDefaults = defaultsOfVersion(version);
  const defaultsNow = migrateToCurrent(version, oldDefaults);
  const parsedDefaults = parseExperiment(defaultsNow);
  let firstSettings: ConfigBody = {};
  let firstWhole = defaultsNow;
  const runs: LinkRun[] = [];
  raw.runs.forEach((run, i) => {
    const name = cleanName(run.name ?? '', i);
    const colour = decodeColour(run.colour, i, problems);
    const written = readSettings(run.values, i, problems);
    const settings = parseSettings(written);
    const whole = migrateToCurrent(version, { ...oldDefaults, ...firstSettings, ...settings });
    const changes = differences(whole, firstWhole);
    if (i === 0) {
      firstSettings = settings;
      firstWhole = whole;
    }
    const base = i === 0 ? (parsedDefaults.ok ? parsedDefaults.value : defaultExperiment()) : runs[0]!.experiment;
    runs.push({ name, colour, experiment: decodeExperiment(changes, written, i, base, problems) });
  });
  return { state: { runs, view, hidden, ...(lesson ? { lesson: lesson.id } : {}), ...classroom }, problems };
}

/** The teacher's set-up as LinkState holds it: absent when it is the default one. */
function readClassroom(raw: RawLink, problems: Message[]): Pick<LinkState, 'classroom'> {
  const classroom = decodeClassroom(raw.global, problems);
  return isDefaultClassroom(classroom) ? {} : { classroom };
}

/** Whether the link says anything about a run: a setting, a name, a colour, a second run. */
function namesRuns(raw: RawLink): boolean {
  const first = raw.runs[0]!;
  return raw.runs.length > 1 || first.values.size > 0 || first.name !== undefined || first.colour !== undefined;
}
