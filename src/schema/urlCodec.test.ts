import { english } from '../ui/i18n/english';
import { describe, expect, it } from 'vitest';
import { EXPERIMENT_FIELDS, defaultExperiment, type Experiment } from './experiment';
import {
  FIELD_KEYS,
  decodeLink as decodeLinkData,
  defaultLinkState,
  encodeLink,
  type LinkRun,
  type LinkState,
} from './urlCodec';
import { RUN_COLOURS, defaultChartView, defaultRunColour } from './view';

/** The link read as an English reader is told about it: its problems in the page's English words. */
const decodeLink = (fragment: string) => {
  const decoded = decodeLinkData(fragment);
  return { ...decoded, problems: decoded.problems.map(english) };
};

// Example-based; the property-based tests (round trips, random and mutated links) are in urlCodec.fuzz.test.ts, and
// links of older versions in linkMigration.test.ts.

/** A link state with the defaults wherever nothing is given: each run's colour, the view, no hidden controls. */
const linkState = (
  runs: (Omit<LinkRun, 'colour'> & { colour?: string })[],
  rest: Partial<Omit<LinkState, 'runs'>> = {},
): LinkState => ({
  runs: runs.map((run, i) => ({ ...run, colour: run.colour ?? defaultRunColour(i) })),
  view: defaultChartView(),
  hidden: [],
  ...rest,
});

const single = (overrides: Partial<Experiment>, name = 'Run 1'): LinkState =>
  linkState([{ name, experiment: { ...defaultExperiment(), ...overrides } }]);

describe('readable links', () => {
  it('write only what differs from the defaults, with short keys', () => {
    expect(encodeLink(single({ learningRate: 0.01, optimizer: 'sgd' }))).toBe('v=3&opt=sgd&lr=0.01');
    expect(encodeLink(single({}))).toBe('v=3');
    expect(encodeLink(single({ hiddenLayers: [64, 32], useBias: false }))).toBe('v=3&layers=64%2C32&bias=0');
  });

  it('read a hand-edited link', () => {
    const { state, problems } = decodeLink('#lr=0.01&opt=sgd&layers=64,32');
    expect(problems).toEqual([]);
    expect(state.runs[0]!.experiment).toEqual({
      ...defaultExperiment(),
      learningRate: 0.01,
      optimizer: 'sgd',
      hiddenLayers: [64, 32],
    });
  });

  it('write later runs as what differs from the first, with their names', () => {
    const base = defaultExperiment();
    const state = linkState([
      { name: 'Adam', experiment: base },
      { name: 'SGD 0.1', experiment: { ...base, optimizer: 'sgd', learningRate: 0.1 } },
      { name: 'Run 3', experiment: base },
    ]);
    const link = encodeLink(state);
    expect(link).toBe('v=3&name=Adam&r1.name=SGD+0.1&r1.opt=sgd&r1.lr=0.1&r2.name=Run+3');
    expect(decodeLink(link)).toEqual({ state, problems: [] });
  });

  it('has a unique key per field', () => {
    expect(new Set(Object.values(FIELD_KEYS)).size).toBe(Object.keys(EXPERIMENT_FIELDS).length);
  });

  it('open an empty link as one default run, the default view and nothing hidden', () => {
    expect(decodeLink('')).toEqual({ state: defaultLinkState(), problems: [] });
    expect(defaultLinkState().runs[0]!.colour).toBe(RUN_COLOURS[0]);
  });
});

// How each value is written and read is tested beside viewCodec.ts; here, where the link puts them.
describe('colours, chart view and hidden controls in a link', () => {
  const base = defaultExperiment();

  it("write a run's colour only when it is not its default, and read it back", () => {
    expect(
      encodeLink(
        linkState([
          { name: 'Run 1', experiment: base },
          { name: 'B', experiment: base },
        ]),
      ),
    ).toBe('v=3&r1.name=B');
    const state = linkState([
      { name: 'Run 1', colour: '#cc79a7', experiment: base },
      { name: 'B', colour: '#0072b2', experiment: { ...base, learningRate: 0.1 } },
    ]);
    const link = encodeLink(state);
    expect(link).toBe('v=3&col=cc79a7&r1.name=B&r1.col=0072b2&r1.lr=0.1');
    expect(decodeLink(link)).toEqual({ state, problems: [] });
  });

  it('let two runs share a colour', () => {
    const state = linkState([
      { name: 'Run 1', experiment: base },
      { name: 'B', colour: RUN_COLOURS[0], experiment: base },
    ]);
    expect(decodeLink(encodeLink(state))).toEqual({ state, problems: [] });
  });

  it('read a hand-edited chart view', () => {
    const { state, problems } = decodeLink('#chart=testAccuracy&layout=panels&log=1&x=epoch&smooth=0');
    expect(problems).toEqual([]);
    expect(state).toEqual({
      ...defaultLinkState(),
      view: { metric: 'testAccuracy', layout: 'panels', smoothing: 0, logScale: true, xAxis: 'epoch' },
    });
    expect(encodeLink(state)).toBe('v=3&chart=testAccuracy&layout=panels&smooth=0&log=1&x=epoch');
  });

  it('read hidden controls in field order, once each, naming what is not a setting', () => {
    const { state, problems } = decodeLink('#hide=lr,opt,lr,bogus');
    expect(problems).toEqual(['Hidden controls: “bogus” is not a setting, ignored.']);
    expect(state.hidden).toEqual(['optimizer', 'learningRate']);
    expect(encodeLink(state)).toBe('v=3&hide=opt%2Clr');
  });

  it('write the version, then the view, the hidden controls and the runs', () => {
    const state = linkState([{ name: 'A', colour: '#009e73', experiment: { ...base, learningRate: 0.01 } }], {
      view: { ...defaultChartView(), metric: 'testLoss' },
      hidden: ['learningRate'],
    });
    expect(encodeLink(state)).toBe('v=3&chart=testLoss&hide=lr&name=A&col=009e73&lr=0.01');
  });

  it('drop a junk view part or colour, saying why, and use the rest', () => {
    const { state, problems } = decodeLink('#smooth=5&log=1&r1.col=zzz&r1.lr=0.1');
    expect(problems).toEqual([
      'Chart view: “smooth=5” must be a number from 0 to 0.99; kept 0.6.',
      'Run 2, colour: “zzz” is not a colour (#rrggbb); kept #d55e00.',
    ]);
    expect(state.view).toEqual({ ...defaultChartView(), logScale: true });
    expect(state.runs.map((run) => run.colour)).toEqual(['#0072b2', '#d55e00']);
    expect(state.runs[1]!.experiment).toEqual({ ...base, learningRate: 0.1 });
  });

  it("ignore a view key under a run's prefix, saying why", () => {
    const { state, problems } = decodeLink('#r1.chart=testLoss');
    expect(problems).toEqual(['Run 2, “chart”: set once for all runs (without “r1.”), ignored.']);
    expect(state.view).toEqual(defaultChartView());
  });
});

describe('compact links', () => {
  it('are used when the readable form would be long, and read back the same', () => {
    const state: LinkState = {
      view: { metric: 'testLoss', layout: 'panels', smoothing: 0.9, logScale: true, xAxis: 'seconds' },
      hidden: ['learningRate', 'seed'],
      runs: Array.from({ length: 8 }, (_, i) => ({
        name: `A rather long descriptive run name number ${i + 1}`,
        colour: RUN_COLOURS[(i + 3) % RUN_COLOURS.length]!,
        experiment: {
          ...defaultExperiment(),
          hiddenLayers: Array.from({ length: 10 }, (_, j) => 1000 - 7 * i - j),
          seed: i + 100,
          learningRate: 0.001 * (i + 1),
          dropout: Array.from({ length: 10 }, (_, j) => ((i + j) % 9) / 10),
          schedule: 'piecewise' as const,
          scheduleBoundaries: [1000 + i, 2000 + i, 3000 + i],
          scheduleRates: [0.01, 0.001, 0.0001, 0.00001 * (i + 1)],
        },
      })),
    };
    const link = encodeLink(state);
    expect(link.startsWith('z=')).toBe(true);
    expect(decodeLink(link)).toEqual({ state, problems: [] });
  });
});

describe('broken and hostile links open with what is usable, saying what was dropped', () => {
  it.each<[string, string, string[], Partial<Experiment>]>([
    ['a wrong type', 'lr=fast&batch=64', ['Learning rate: “fast” must be a number; kept 0.001.'], { batchSize: 64 }],
    ['out of range', 'lr=50', ['Learning rate: “50” must be at most 10; kept 0.001.'], {}],
    [
      'an unknown choice',
      'opt=lbfgs',
      ['Optimizer: “lbfgs” must be one of sgd, momentum, nesterov, adagrad, rmsprop, adam, adamax, nadam; kept adam.'],
      {},
    ],
    ['an unknown setting', 'foo=1&lr=0.01', ['“foo”: not a setting, ignored.'], { learningRate: 0.01 }],
    [
      'an impossible combination',
      'subset=oneExample&lr=0.01',
      [
        "Batch size: training on one example needs batch size 1 (it is 32); so the link's training set was not applied (kept full).",
      ],
      { learningRate: 0.01 },
    ],
    [
      'a newer version',
      'v=99&lr=0.01',
      [
        'The link was made by a newer playground (version 99; this one reads up to 3); settings this version knows were used.',
      ],
      { learningRate: 0.01 },
    ],
    ['a junk version', 'v=abc', ["The link's version “abc” is not a version number; read as version 3."], {}],
    [
      'a damaged compact part',
      'z=%%%garbage',
      ['The compact part of the link (z=…) is damaged and was not read; the defaults are used.'],
      {},
    ],
    ['too many runs', 'r8.lr=0.1', ['Run 9: an experiment holds at most 8 runs; it was left out.'], {}],
  ])('%s', (_name, link, problems, overrides) => {
    const decoded = decodeLink(link);
    expect(decoded.problems).toEqual(problems);
    expect(decoded.state.runs[0]!.experiment).toEqual({ ...defaultExperiment(), ...overrides });
  });

  it('ignores a link of 1 MB of junk, saying why', () => {
    const decoded = decodeLink('x'.repeat(1_000_000));
    expect(decoded.problems).toEqual([
      'The link is too long (1,000,000 characters) and was not read; the defaults are used.',
    ]);
    expect(decoded.state).toEqual(defaultLinkState());
  });

  it('keeps script tags in names as plain text, without control characters, capped', () => {
    const decoded = decodeLink(`name=${encodeURIComponent('<script>alert(1)</script>\u0000' + 'x'.repeat(100))}`);
    const name = decoded.state.runs[0]!.name;
    expect(name.startsWith('<script>alert(1)</script>x')).toBe(true);
    expect(name).toHaveLength(60);
  });

  it('reads a truncated link up to where it was cut', () => {
    const full = encodeLink(single({ learningRate: 0.0123, optimizer: 'rmsprop', batchSize: 128 }));
    const cut = full.slice(0, full.indexOf('batch=') + 'batch=1'.length);
    const decoded = decodeLink(cut);
    expect(decoded.state.runs[0]!.experiment).toMatchObject({
      learningRate: 0.0123,
      optimizer: 'rmsprop',
      batchSize: 1,
    });
  });
});
