// The parts of a link that are not a run's settings: the chart view and the hidden controls, written once for the
// whole link (`chart=testLoss&hide=lr,opt`, or `only=lr,opt` when fewer controls are shown than hidden), and a run's colour, written only when it is not its default
// (`r1.col=009e73`). urlCodec.ts places them in the link; this module writes and reads their values. Reading never
// throws: a value that is not valid leaves the default in place, with a reason in `problems`.
import type { Message } from './message';
import { sayLink } from './linkWords';
import { CLASSROOM_KEYS } from './classroomCodec';
import type { ExperimentFieldName } from './experiment';
import { FIELD_BY_KEY, FIELD_KEYS, FIELD_NAMES } from './linkFieldKeys';
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

/** How one part of the chart view is written: its key, its text, and how text is read back (undefined: not valid). */
interface ViewPartCodec<K extends keyof ChartView> {
  key: string;
  write: (value: ChartView[K]) => string;
  read: (raw: string) => ChartView[K] | undefined;
  /** Why a value was refused, after the value: “must be …”. */
  expected: Message;
}

const oneOf =
  <T extends string>(options: readonly T[]) =>
  (raw: string): T | undefined =>
    options.find((option) => option === raw);

/** Typed over every part of the view: adding one without a key does not compile. */
const VIEW_CODECS: { readonly [K in keyof ChartView]: ViewPartCodec<K> } = {
  metric: {
    key: 'chart',
    write: String,
    read: oneOf(CHART_METRICS),
    expected: sayLink('viewOneOf', { values: CHART_METRICS.join(', ') }),
  },
  layout: {
    key: 'layout',
    write: String,
    read: oneOf(CHART_LAYOUTS),
    expected: sayLink('viewOneOf', { values: CHART_LAYOUTS.join(', ') }),
  },
  smoothing: {
    key: 'smooth',
    write: String,
    read: (raw) => {
      const result = chartViewSchema.shape.smoothing.safeParse(raw.trim() === '' ? NaN : Number(raw));
      return result.success ? result.data : undefined;
    },
    expected: sayLink('viewSmoothing'),
  },
  logScale: {
    key: 'log',
    write: (value) => (value ? '1' : '0'),
    read: (raw) => (raw === '1' || raw === 'true' ? true : raw === '0' || raw === 'false' ? false : undefined),
    expected: sayLink('viewSwitch'),
  },
  xAxis: {
    key: 'x',
    write: String,
    read: oneOf(CHART_X_AXES),
    expected: sayLink('viewOneOf', { values: CHART_X_AXES.join(', ') }),
  },
};
const VIEW_PARTS = Object.keys(VIEW_CODECS) as (keyof ChartView)[];
const HIDE_KEY = 'hide';
/** The controls to show, every other one hidden: a teacher's few knobs say more briefly this way. */
const ONLY_KEY = 'only';

/** Keys written once for the whole link, never under a run's `rN.` prefix. */
export const LINK_WIDE_KEYS: ReadonlySet<string> = new Set([
  ...VIEW_PARTS.map((part) => VIEW_CODECS[part].key),
  HIDE_KEY,
  ONLY_KEY,
  ...CLASSROOM_KEYS,
]);

/** Writes the parts of the view that differ from the default view. */
export function encodeView(params: URLSearchParams, view: ChartView): void {
  for (const part of VIEW_PARTS) writeViewPart(params, view, part);
}

function writeViewPart<K extends keyof ChartView>(params: URLSearchParams, view: ChartView, part: K): void {
  const codec: ViewPartCodec<K> = VIEW_CODECS[part];
  const text = codec.write(view[part]);
  if (text !== codec.write(defaultChartView()[part])) params.set(codec.key, text);
}

/**
 * Writes the hidden controls by their short keys, in field order: as `hide=` the ones hidden, or as `only=` the ones
 * shown when that is shorter; nothing when none is hidden.
 */
export function encodeHidden(params: URLSearchParams, hidden: readonly ExperimentFieldName[]): void {
  if (!FIELD_NAMES.some((name) => hidden.includes(name))) return;
  const keysWhere = (isHidden: boolean) =>
    FIELD_NAMES.filter((name) => hidden.includes(name) === isHidden)
      .map((name) => FIELD_KEYS[name])
      .join(',');
  const hideText = keysWhere(true);
  const onlyText = keysWhere(false);
  if (onlyText.length < hideText.length) params.set(ONLY_KEY, onlyText);
  else params.set(HIDE_KEY, hideText);
}

/** A colour as a link writes it: hex digits without the '#' (which would need escaping), lowercase. */
const colourText = (colour: string) => colour.replace(/^#/, '').toLowerCase();

/** The text to write for the n-th run's (0-based) colour; undefined when it is that run's default. */
export function encodeColour(colour: string, index: number): string | undefined {
  return colourText(colour) === colourText(defaultRunColour(index)) ? undefined : colourText(colour);
}

/**
 * The view from the link-wide keys (the last of each wins); a part that is absent or not valid stays as in `base`
 * (the default view, or a lesson's).
 */
export function decodeView(
  linkWide: ReadonlyMap<string, string>,
  problems: Message[],
  base: ChartView = defaultChartView(),
): ChartView {
  const view = { ...base };
  for (const part of VIEW_PARTS) readViewPart(view, part, linkWide, problems);
  return view;
}

/** Sets one part of the view from the link, or leaves the default there and says why. */
function readViewPart<K extends keyof ChartView>(
  view: ChartView,
  part: K,
  linkWide: ReadonlyMap<string, string>,
  problems: Message[],
): void {
  const codec: ViewPartCodec<K> = VIEW_CODECS[part];
  const raw = linkWide.get(codec.key);
  if (raw === undefined) return;
  const value = codec.read(raw);
  if (value !== undefined) view[part] = value;
  else
    problems.push(
      sayLink('view', {
        key: codec.key,
        value: raw.slice(0, 40),
        expected: codec.expected,
        kept: codec.write(view[part]),
      }),
    );
}

/** The settings a comma-separated list of short keys names; a key that is not a setting is named in `problems`. */
function readFieldList(
  raw: string,
  problems: Message[],
  what: 'hiddenNotSetting' | 'shownNotSetting',
): { named: Set<ExperimentFieldName>; keys: number } {
  const named = new Set<ExperimentFieldName>();
  const unknown = new Set<string>();
  let keys = 0;
  for (const key of raw.split(',')) {
    if (key === '') continue;
    keys++;
    const name = FIELD_BY_KEY.get(key);
    if (name) named.add(name);
    else unknown.add(key);
  }
  for (const key of unknown) problems.push(sayLink(what, { key: key.slice(0, 40) }));
  return { named, keys };
}

/**
 * The hidden controls in field order, once each: the ones `hide=` names, and with `only=` every one it does not name
 * (both may be given: either hides). Without either key, `base`'s (none, or a lesson's). An `only=` that names no
 * setting at all but something (a typo) is ignored rather than hiding every control.
 */
export function decodeHidden(
  linkWide: ReadonlyMap<string, string>,
  problems: Message[],
  base: readonly ExperimentFieldName[] = [],
): ExperimentFieldName[] {
  const hideRaw = linkWide.get(HIDE_KEY);
  const onlyRaw = linkWide.get(ONLY_KEY);
  if (hideRaw === undefined && onlyRaw === undefined) return [...base];
  const hidden =
    hideRaw === undefined ? new Set<ExperimentFieldName>() : readFieldList(hideRaw, problems, 'hiddenNotSetting').named;
  if (onlyRaw !== undefined) {
    const only = readFieldList(onlyRaw, problems, 'shownNotSetting');
    if (only.keys > 0 && only.named.size === 0) problems.push(sayLink('noneShown'));
    else for (const name of FIELD_NAMES) if (!only.named.has(name)) hidden.add(name);
  }
  return FIELD_NAMES.filter((name) => hidden.has(name));
}

/** Accepts `#d55e00` or `D55E00`; the run's default colour when absent or not a colour. */
export function decodeColour(raw: string | undefined, index: number, problems: Message[]): string {
  const fallback = defaultRunColour(index);
  if (raw === undefined) return fallback;
  const result = colourSchema.safeParse(`#${colourText(raw)}`);
  if (result.success) return result.data;
  const value = raw.slice(0, 40);
  problems.push(
    index === 0
      ? sayLink('colour', { value, kept: fallback })
      : sayLink('colourInRun', { n: index + 1, value, kept: fallback }),
  );
  return fallback;
}
