import { english } from '../ui/i18n/english';
// Property-based tests of the link codec (fast-check): any valid experiment set round-trips, and any string opens as
// a usable experiment. The example-based tests are in urlCodec.test.ts.
import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { cleanNote } from './classroomCodec';
import { EXPERIMENT_FIELDS, defaultExperiment, type Experiment, type ExperimentFieldName } from './experiment';
import type { FieldSpec } from './fields';
import {
  FIELD_KEYS,
  MAX_RUNS,
  decodeLink as decodeLinkData,
  encodeLink,
  withoutControlCharacters,
  type LinkState,
} from './urlCodec';
import { parseExperiment } from './validate';
import {
  CHART_LAYOUTS,
  CHART_METRICS,
  CHART_X_AXES,
  MAX_NOTE_LENGTH,
  PAGE_PANELS,
  RUN_COLOURS,
  chartViewSchema,
  colourSchema,
  isDefaultClassroom,
  type ChartView,
  type Classroom,
} from './view';

/** The link read as an English reader is told about it: its problems in the page's English words. */
const decodeLink = (fragment: string) => {
  const decoded = decodeLinkData(fragment);
  return { ...decoded, problems: decoded.problems.map(english) };
};

const FIELD_NAMES = Object.keys(EXPERIMENT_FIELDS) as ExperimentFieldName[];

/** Arbitrary valid value for one field, from its own declaration. */
function valueArbitrary(field: FieldSpec): fc.Arbitrary<unknown> {
  switch (field.kind) {
    case 'choice':
      return fc.constantFrom(...field.options.map((o) => o.value));
    case 'boolean':
      return fc.boolean();
    case 'number':
      return field.integer
        ? fc.integer({ min: field.min, max: field.max })
        : fc.double({ min: field.min, max: field.max, noNaN: true, noDefaultInfinity: true });
    case 'list': {
      const item = field.integer
        ? fc.integer({ min: field.itemMin, max: field.itemMax })
        : fc.double({ min: field.itemMin, max: field.itemMax, noNaN: true, noDefaultInfinity: true });
      return fc.array(item, { minLength: field.minItems, maxLength: field.maxItems });
    }
  }
}

/** Valid experiments: random values for a random subset of fields, kept when the whole stays valid. */
const experimentArbitrary: fc.Arbitrary<Experiment> = fc
  .record(
    Object.fromEntries(
      Object.entries(EXPERIMENT_FIELDS).map(([name, field]) => [
        name,
        fc.option(valueArbitrary(field), { nil: undefined }),
      ]),
    ) as Record<ExperimentFieldName, fc.Arbitrary<unknown>>,
  )
  .map((picked) => {
    const experiment: Record<string, unknown> = defaultExperiment();
    for (const [name, value] of Object.entries(picked)) {
      if (value === undefined) continue;
      const candidate = { ...experiment, [name]: value };
      if (parseExperiment(candidate).ok) experiment[name] = value;
    }
    return experiment as Experiment;
  });

const nameArbitrary = fc
  .string({ maxLength: 60 })
  .map((s) => withoutControlCharacters(s).trim())
  .filter((s) => s.length > 0);

const colourArbitrary = fc.oneof(
  fc.constantFrom(...RUN_COLOURS),
  fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`),
);

const viewArbitrary: fc.Arbitrary<ChartView> = fc.record({
  metric: fc.constantFrom(...CHART_METRICS),
  layout: fc.constantFrom(...CHART_LAYOUTS),
  smoothing: fc.oneof(fc.constantFrom(0, 0.6, 0.99), fc.double({ min: 0, max: 0.99, noNaN: true })),
  logScale: fc.boolean(),
  xAxis: fc.constantFrom(...CHART_X_AXES),
});

/** Hidden controls as the codec returns them: in field order, once each. */
const hiddenArbitrary = fc.subarray(FIELD_NAMES);

/** A teacher's set-up as the page keeps it: panels in order, a note already cleaned (any text, markup included). */
const classroomArbitrary: fc.Arbitrary<Classroom> = fc.record({
  present: fc.boolean(),
  hiddenPanels: fc.subarray([...PAGE_PANELS]),
  note: fc
    .oneof(fc.string({ maxLength: 600 }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.constant('<b>x</b>'))
    .map((raw) => cleanNote(raw).note),
});

/** LinkState holds a set-up only when it is not the default one. */
const withClassroom = (classroom: Classroom) => (isDefaultClassroom(classroom) ? {} : { classroom });

describe('fuzzing (property-based, fast-check)', () => {
  it('round-trips any valid experiment set', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(nameArbitrary, colourArbitrary, experimentArbitrary), { minLength: 1, maxLength: MAX_RUNS }),
        viewArbitrary,
        hiddenArbitrary,
        classroomArbitrary,
        (runs, view, hidden, classroom) => {
          const state: LinkState = {
            runs: runs.map(([name, colour, experiment]) => ({ name, colour, experiment })),
            view,
            hidden,
            ...withClassroom(classroom),
          };
          expect(decodeLink(encodeLink(state))).toEqual({ state, problems: [] });
        },
      ),
      { numRuns: 300 },
    );
  });

  const expectUsable = (link: string) => {
    const decoded = decodeLink(link);
    expect(decoded.state.runs.length).toBeGreaterThanOrEqual(1);
    expect(decoded.state.runs.length).toBeLessThanOrEqual(MAX_RUNS);
    for (const run of decoded.state.runs) {
      expect(parseExperiment(run.experiment).ok).toBe(true);
      expect(colourSchema.safeParse(run.colour).success).toBe(true);
    }
    expect(chartViewSchema.safeParse(decoded.state.view).success).toBe(true);
    // Only real settings, in field order, once each.
    expect(decoded.state.hidden).toEqual(FIELD_NAMES.filter((name) => decoded.state.hidden.includes(name)));
    const { classroom } = decoded.state;
    if (classroom) {
      expect(isDefaultClassroom(classroom)).toBe(false);
      expect(classroom.hiddenPanels).toEqual(PAGE_PANELS.filter((panel) => classroom.hiddenPanels.includes(panel)));
      // A note as the page shows it: cleaned (cleaning again changes nothing), never longer than the limit.
      expect(cleanNote(classroom.note)).toEqual({ note: classroom.note, cutFrom: null });
      expect(Array.from(classroom.note).length).toBeLessThanOrEqual(MAX_NOTE_LENGTH);
      expect(typeof classroom.present).toBe('boolean');
    }
  };

  it('opens any random string as a usable experiment, never throwing', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), expectUsable), { numRuns: 3000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), expectUsable), { numRuns: 1000 });
  });

  it('opens random key=value links made of real keys and junk values', () => {
    const key = fc.oneof(
      fc.constantFrom(
        ...Object.values(FIELD_KEYS),
        'v',
        'z',
        'name',
        'col',
        'chart',
        'layout',
        'smooth',
        'log',
        'x',
        'hide',
        'only',
        'present',
        'panels',
        'note',
      ),
      fc.string({ maxLength: 8 }),
    );
    const prefixed = fc
      .tuple(fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }), key)
      .map(([run, k]) => (run === undefined ? k : `r${run}.${k}`));
    const pair = fc.tuple(
      prefixed,
      fc.oneof(
        fc.string({ maxLength: 12 }),
        fc.double().map(String),
        fc.constantFrom('1,2,,3', '#D55E00', '0072b2', 'lr,opt,lr,x,', 'testAccuracy', 'panels', 'epoch', '0.3'),
        fc.constantFrom('1', 'diagnosis,exports,x', '<img src=x onerror=alert(1)>', '\u202e\u0000note\r\n'),
        fc.string({ unit: 'grapheme', minLength: 490, maxLength: 700 }),
      ),
    );
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 30 }), (pairs) => {
        expectUsable(pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'));
      }),
      { numRuns: 3000 },
    );
  });

  it('opens mutated and truncated real links, readable and compact', () => {
    fc.assert(
      fc.property(
        experimentArbitrary,
        colourArbitrary,
        viewArbitrary,
        hiddenArbitrary,
        classroomArbitrary,
        fc.nat(),
        fc.nat(),
        fc.string({ maxLength: 3 }),
        fc.boolean(),
        (experiment, colour, view, hidden, classroom, at, cut, insert, compact) => {
          let link = encodeLink({ runs: [{ name: 'Run 1', colour, experiment }], view, hidden, classroom });
          if (compact) link = `z=${LZString.compressToEncodedURIComponent(link)}`;
          const i = at % (link.length + 1);
          const mutated = link.slice(0, i) + insert + link.slice(i + 1);
          expectUsable(mutated);
          expectUsable(mutated.slice(0, cut % (mutated.length + 1)));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
