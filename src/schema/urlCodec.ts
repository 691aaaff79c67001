// The experiment as a link. Readable where it can be — `#v=2&lr=0.01&opt=sgd`, only what differs from the defaults,
// so a hand-edited link works — and compact where it must be (`#z=…`, lz-string). Runs after the first are written
// as what differs from the first (`r1.lr=0.1`). The chart view and the hidden controls are written once, before the
// runs (`chart=testLoss&hide=lr,opt`), and a run's colour only when it is not its default (`r1.col=009e73`).
// Decoding never throws: whatever is malformed, unknown, out of range or impossible is dropped with a reason, and the
// rest is used.
import LZString from 'lz-string';
import {
  EXPERIMENT_FIELDS,
  EXPERIMENT_VERSION,
  defaultExperiment,
  type Experiment,
  type ExperimentFieldName,
} from './experiment';
import type { FieldSpec } from './fields';
import { migrateToCurrent } from './migrations';
import { parseExperiment } from './validate';
import {
  CHART_LAYOUTS,
  CHART_METRICS,
  CHART_X_AXES,
  chartViewSchema,
  colourSchema,
  defaultChartView,
  defaultRunColour,
  type ChartView,
} from './view';

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
}

export interface DecodedLink {
  state: LinkState;
  /** What was dropped and why, in plain words; empty when the whole link was used. */
  problems: string[];
}

/** Short key of each field in a link. Typed over every field: adding a knob without a key does not compile. */
export const FIELD_KEYS: Readonly<Record<ExperimentFieldName, string>> = {
  dataset: 'data',
  trainingSubset: 'subset',
  trainingExamples: 'n',
  labelNoise: 'noise',
  preprocessing: 'prep',
  tanhScale: 'tanhc',
  wrongReshape: 'scramble',
  task: 'task',
  regressionLoss: 'rloss',
  huberDelta: 'delta',
  architecture: 'arch',
  hiddenLayers: 'layers',
  convFilters: 'filters',
  kernelSize: 'kernel',
  pooling: 'pool',
  cnnDenseLayers: 'dense',
  activation: 'act',
  activationAlpha: 'alpha',
  outputActivation: 'out',
  useBias: 'bias',
  initializer: 'init',
  initScale: 'iscale',
  initMode: 'imode',
  initDistribution: 'idist',
  initSigma: 'isigma',
  batchNorm: 'bn',
  batchNormLayers: 'bnlayers',
  batchNormMomentum: 'bnmom',
  optimizer: 'opt',
  learningRate: 'lr',
  momentum: 'mom',
  rho: 'rho',
  adagradInitialAccumulator: 'acc0',
  beta1: 'b1',
  beta2: 'b2',
  epsilon: 'eps',
  batchSize: 'batch',
  epochs: 'epochs',
  seed: 'seed',
  clipping: 'clip',
  clipThreshold: 'clipat',
  schedule: 'sched',
  scheduleBoundaries: 'bounds',
  scheduleRates: 'rates',
  decaySteps: 'decay',
  decayFactor: 'gamma',
  decayPower: 'power',
  warmupSteps: 'warmup',
  minLearningRate: 'lrmin',
  plateauPatience: 'plateau',
  dropout: 'drop',
  mcDropoutSamples: 'mc',
  l1: 'l1',
  l2: 'l2',
  maxNorm: 'maxnorm',
  earlyStoppingPatience: 'stop',
  evalEverySteps: 'eval',
};

export const MAX_RUNS = 8;
/** Longer links are not read at all (browsers accept ~2 MB; nothing we write comes near this). */
export const MAX_LINK_LENGTH = 100_000;
/** Past this many characters the readable form gives way to the compact one. */
export const READABLE_LIMIT = 1800;
const MAX_NAME_LENGTH = 60;

const FIELD_BY_KEY = new Map<string, ExperimentFieldName>(
  Object.entries(FIELD_KEYS).map(([name, key]) => [key, name as ExperimentFieldName]),
);
const FIELD_NAMES = Object.keys(EXPERIMENT_FIELDS) as ExperimentFieldName[];

/** How one part of the chart view is written: its key, its text, and how text is read back (undefined: not valid). */
interface ViewCodec<K extends keyof ChartView> {
  key: string;
  write: (value: ChartView[K]) => string;
  read: (raw: string) => ChartView[K] | undefined;
  /** Why a value was refused, after the value: “must be …”. */
  expected: string;
}

const oneOf =
  <T extends string>(options: readonly T[]) =>
  (raw: string): T | undefined =>
    options.find((option) => option === raw);

/** Typed over every part of the view: adding one without a key does not compile. */
const VIEW_CODECS: { readonly [K in keyof ChartView]: ViewCodec<K> } = {
  metric: {
    key: 'chart',
    write: String,
    read: oneOf(CHART_METRICS),
    expected: `must be one of ${CHART_METRICS.join(', ')}`,
  },
  layout: {
    key: 'layout',
    write: String,
    read: oneOf(CHART_LAYOUTS),
    expected: `must be one of ${CHART_LAYOUTS.join(', ')}`,
  },
  smoothing: {
    key: 'smooth',
    write: String,
    read: (raw) => {
      const result = chartViewSchema.shape.smoothing.safeParse(raw.trim() === '' ? NaN : Number(raw));
      return result.success ? result.data : undefined;
    },
    expected: 'must be a number from 0 to 0.99',
  },
  logScale: {
    key: 'log',
    write: (value) => (value ? '1' : '0'),
    read: (raw) => (raw === '1' || raw === 'true' ? true : raw === '0' || raw === 'false' ? false : undefined),
    expected: 'must be 1 or 0',
  },
  xAxis: { key: 'x', write: String, read: oneOf(CHART_X_AXES), expected: `must be one of ${CHART_X_AXES.join(', ')}` },
};
const VIEW_PARTS = Object.keys(VIEW_CODECS) as (keyof ChartView)[];
const HIDE_KEY = 'hide';
/** Keys written once for the whole link, never under a run's `rN.` prefix. */
const LINK_KEYS = new Set([...VIEW_PARTS.map((part) => VIEW_CODECS[part].key), HIDE_KEY]);

function formatValue(value: unknown): string {
  if (Array.isArray(value)) return value.join(',');
  if (typeof value === 'boolean') return value ? '1' : '0';
  return String(value);
}

function parseValue(field: FieldSpec, raw: string): unknown {
  switch (field.kind) {
    case 'choice':
      return raw;
    case 'boolean':
      return raw === '1' || raw === 'true' ? true : raw === '0' || raw === 'false' ? false : raw;
    case 'number':
      return raw.trim() === '' ? raw : Number(raw);
    case 'list':
      return raw === '' ? [] : raw.split(',').map((part) => (part.trim() === '' ? NaN : Number(part)));
    default: {
      const never: never = field;
      throw new Error(`Unknown field ${JSON.stringify(never)}`);
    }
  }
}

const same = (a: unknown, b: unknown) => formatValue(a) === formatValue(b);

/** Drops control characters (U+0000–U+001F, U+007F), which have no place in a run's name. */
export function withoutControlCharacters(text: string): string {
  return Array.from(text)
    .filter((ch) => {
      const code = ch.charCodeAt(0);
      return code > 0x1f && code !== 0x7f;
    })
    .join('');
}

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

function writeViewPart<K extends keyof ChartView>(params: URLSearchParams, view: ChartView, part: K): void {
  const codec: ViewCodec<K> = VIEW_CODECS[part];
  const text = codec.write(view[part]);
  if (text !== codec.write(defaultChartView()[part])) params.set(codec.key, text);
}

/** A colour as a link writes it: hex digits without the '#' (which would need escaping), lowercase. */
const colourText = (colour: string) => colour.replace(/^#/, '').toLowerCase();

/** The link's fragment (without '#') for these runs, view and hidden controls. */
export function encodeLink(state: LinkState): string {
  const params = new URLSearchParams();
  params.set('v', String(EXPERIMENT_VERSION));
  for (const part of VIEW_PARTS) writeViewPart(params, state.view, part);
  const hidden = FIELD_NAMES.filter((name) => state.hidden.includes(name));
  if (hidden.length > 0) params.set(HIDE_KEY, hidden.map((name) => FIELD_KEYS[name]).join(','));
  const defaults = defaultExperiment();
  state.runs.slice(0, MAX_RUNS).forEach((run, i) => {
    const prefix = i === 0 ? '' : `r${i}.`;
    const base = i === 0 ? defaults : state.runs[0]!.experiment;
    // A later run's name is always written, so the run appears even when nothing else differs.
    if (i > 0 || run.name !== 'Run 1') params.set(`${prefix}name`, run.name);
    if (colourText(run.colour) !== colourText(defaultRunColour(i))) params.set(`${prefix}col`, colourText(run.colour));
    for (const name of FIELD_NAMES) {
      if (!same(run.experiment[name], base[name]))
        params.set(prefix + FIELD_KEYS[name], formatValue(run.experiment[name]));
    }
  });
  const readable = params.toString();
  if (readable.length <= READABLE_LIMIT) return readable;
  return `z=${LZString.compressToEncodedURIComponent(readable)}`;
}

interface RawRun {
  name?: string;
  colour?: string;
  values: Map<string, string>;
}

interface RawLink {
  /** The view and hide keys, as written (the last one wins, as for settings). */
  global: Map<string, string>;
  runs: RawRun[];
}

function splitLink(params: URLSearchParams, problems: string[]): RawLink {
  const link: RawLink = { global: new Map(), runs: [{ values: new Map() }] };
  for (const [key, value] of params) {
    if (key === 'v' || key === 'z') continue;
    if (LINK_KEYS.has(key)) {
      link.global.set(key, value);
      continue;
    }
    const match = /^r(\d{1,3})\.(.+)$/.exec(key);
    const index = match ? Number(match[1]) : 0;
    const field = match ? match[2]! : key;
    if (index >= MAX_RUNS) {
      problems.push(`Run ${index + 1}: an experiment holds at most ${MAX_RUNS} runs; it was left out.`);
      continue;
    }
    if (LINK_KEYS.has(field)) {
      problems.push(`Run ${index + 1}, “${field}”: set once for all runs (without “r${index}.”), ignored.`);
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

function decodeView(global: Map<string, string>, problems: string[]): ChartView {
  const view = defaultChartView();
  for (const part of VIEW_PARTS) readViewPart(view, part, global, problems);
  return view;
}

/** Sets one part of the view from the link, or leaves the default there and says why. */
function readViewPart<K extends keyof ChartView>(
  view: ChartView,
  part: K,
  global: Map<string, string>,
  problems: string[],
): void {
  const codec: ViewCodec<K> = VIEW_CODECS[part];
  const raw = global.get(codec.key);
  if (raw === undefined) return;
  const value = codec.read(raw);
  if (value !== undefined) view[part] = value;
  else
    problems.push(`Chart view: “${codec.key}=${raw.slice(0, 40)}” ${codec.expected}; kept ${codec.write(view[part])}.`);
}

function decodeHidden(raw: string | undefined, problems: string[]): ExperimentFieldName[] {
  if (raw === undefined) return [];
  const named = new Set<ExperimentFieldName>();
  const unknown = new Set<string>();
  for (const key of raw.split(',')) {
    if (key === '') continue;
    const name = FIELD_BY_KEY.get(key);
    if (name) named.add(name);
    else unknown.add(key);
  }
  for (const key of unknown) problems.push(`Hidden controls: “${key.slice(0, 40)}” is not a setting, ignored.`);
  return FIELD_NAMES.filter((name) => named.has(name));
}

/** Accepts `#d55e00` or `D55E00`; the run's default colour when absent or not a colour. */
function decodeColour(raw: string | undefined, index: number, problems: string[]): string {
  const fallback = defaultRunColour(index);
  if (raw === undefined) return fallback;
  const result = colourSchema.safeParse(`#${colourText(raw)}`);
  if (result.success) return result.data;
  const where = index === 0 ? 'Colour' : `Run ${index + 1}, colour`;
  const message = result.error.issues[0]?.message ?? 'is not a colour';
  problems.push(`${where}: “${raw.slice(0, 40)}” ${message}; kept ${fallback}.`);
  return fallback;
}

function decodeExperiment(
  raw: RawRun,
  index: number,
  base: Experiment,
  version: number,
  problems: string[],
): Experiment {
  const where = index === 0 ? '' : `Run ${index + 1}, `;
  const body: Record<string, unknown> = {};
  for (const [key, rawValue] of raw.values) {
    const name = FIELD_BY_KEY.get(key);
    if (!name) {
      problems.push(`${where}“${key.slice(0, 40)}”: not a setting, ignored.`);
      continue;
    }
    body[name] = parseValue(EXPERIMENT_FIELDS[name], rawValue);
  }
  // An older link's values are brought up to date like any stored config, on top of the run's base.
  const migrated = version < EXPERIMENT_VERSION ? migrateToCurrent(version, { ...body }) : body;
  const experiment: Record<string, unknown> = { ...base };
  const accepted: ExperimentFieldName[] = [];
  for (const name of FIELD_NAMES) {
    if (!(name in migrated)) continue;
    const field = EXPERIMENT_FIELDS[name];
    const result = field.schema.safeParse(migrated[name]);
    if (result.success) {
      experiment[name] = result.data;
      if (name in body) accepted.push(name);
    } else if (name in body) {
      const message = result.error.issues[0]?.message ?? 'invalid';
      const shown = String(raw.values.get(FIELD_KEYS[name])).slice(0, 40);
      problems.push(`${where}${field.label}: “${shown}” ${message}; kept ${formatValue(base[name])}.`);
    }
  }
  // Settings valid one by one can still be impossible together. Undo the field the problem names if the link set
  // it, else the link's latest setting, until the whole is valid; a migration's own values are never undone.
  for (;;) {
    const parsed = parseExperiment(experiment);
    if (parsed.ok) return parsed.value;
    const problem = parsed.problems[0]!;
    const named = problem.path.split('.')[0] as ExperimentFieldName;
    // The named field if the link set it; else the link's setting whose removal makes this problem go away.
    const resolves = (candidate: ExperimentFieldName) => {
      const trial = parseExperiment({ ...experiment, [candidate]: base[candidate] });
      return trial.ok || !trial.problems.some((p) => p.message === problem.message);
    };
    const undo = accepted.includes(named) ? named : ([...accepted].reverse().find(resolves) ?? accepted.at(-1));
    if (!undo) {
      problems.push(`${where}${problem.message}; the run uses the defaults.`);
      return { ...base };
    }
    accepted.splice(accepted.indexOf(undo), 1);
    experiment[undo] = base[undo];
    const label = EXPERIMENT_FIELDS[undo].label;
    problems.push(
      `${where}${problem.message}; so the link's ${label.toLowerCase()} was not applied (kept ${formatValue(base[undo])}).`,
    );
  }
}

/** Reads a link's fragment (with or without '#'); never throws. */
export function decodeLink(fragment: string): DecodedLink {
  const problems: string[] = [];
  const fallback = (): DecodedLink => ({ state: defaultLinkState(), problems });
  let text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text.trim() === '') return fallback();
  if (text.length > MAX_LINK_LENGTH) {
    problems.push(
      `The link is too long (${text.length.toLocaleString('en-US')} characters) and was not read; the defaults are used.`,
    );
    return fallback();
  }
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(text);
    const packed = params.get('z');
    if (packed !== null) {
      const unpacked = LZString.decompressFromEncodedURIComponent(packed);
      if (!unpacked || unpacked.length > MAX_LINK_LENGTH) {
        problems.push('The compact part of the link (z=…) is damaged and was not read; the defaults are used.');
        return fallback();
      }
      text = unpacked;
      params = new URLSearchParams(text);
    }
  } catch {
    problems.push('The link could not be read; the defaults are used.');
    return fallback();
  }
  const rawVersion = params.get('v');
  let version = EXPERIMENT_VERSION;
  if (rawVersion !== null) {
    const parsed = Number(rawVersion);
    if (!Number.isInteger(parsed) || parsed < 1) {
      problems.push(
        `The link's version “${rawVersion.slice(0, 20)}” is not a version number; read as version ${EXPERIMENT_VERSION}.`,
      );
    } else if (parsed > EXPERIMENT_VERSION) {
      problems.push(
        `The link was made by a newer playground (version ${parsed}; this one reads up to ${EXPERIMENT_VERSION}); settings this version knows were used.`,
      );
    } else version = parsed;
  }
  const raw = splitLink(params, problems);
  const view = decodeView(raw.global, problems);
  const hidden = decodeHidden(raw.global.get(HIDE_KEY), problems);
  const runs: LinkRun[] = [];
  raw.runs.forEach((run, i) => {
    const name = cleanName(run.name ?? '', i);
    const colour = decodeColour(run.colour, i, problems);
    const base = i === 0 ? defaultExperiment() : runs[0]!.experiment;
    runs.push({ name, colour, experiment: decodeExperiment(run, i, base, version, problems) });
  });
  return { state: { runs, view, hidden }, problems };
}
