import { english } from '../ui/i18n/english';
import type { Message } from './message';
import { describe, expect, it } from 'vitest';
import type { ExperimentFieldName } from './experiment';
import { FIELD_KEYS, FIELD_NAMES } from './linkFieldKeys';
import { defaultChartView, type ChartView } from './view';
import {
  LINK_WIDE_KEYS,
  decodeColour,
  decodeHidden,
  decodeView,
  encodeColour,
  encodeHidden,
  encodeView,
} from './viewCodec';

/** What the encoder writes, as the query string it becomes in the link. */
function written(encode: (params: URLSearchParams) => void): string {
  const params = new URLSearchParams();
  encode(params);
  return params.toString();
}

/** Decodes the link-wide keys of a hand-written query string; returns the value and the problems said. */
function decoded<T>(query: string, decode: (linkWide: Map<string, string>, problems: Message[]) => T) {
  const problems: Message[] = [];
  const value = decode(new Map(new URLSearchParams(query)), problems);
  // As an English reader is told.
  return { value, problems: problems.map(english) };
}

describe('chart view', () => {
  it('writes only the parts that differ from the default view', () => {
    expect(written((params) => encodeView(params, defaultChartView()))).toBe('');
    const view: ChartView = { metric: 'testAccuracy', layout: 'panels', smoothing: 0, logScale: true, xAxis: 'epoch' };
    expect(written((params) => encodeView(params, view))).toBe(
      'chart=testAccuracy&layout=panels&smooth=0&log=1&x=epoch',
    );
  });

  it('reads a hand-edited view', () => {
    expect(decoded('chart=testAccuracy&layout=panels&log=1&x=epoch&smooth=0', decodeView)).toEqual({
      value: { metric: 'testAccuracy', layout: 'panels', smoothing: 0, logScale: true, xAxis: 'epoch' },
      problems: [],
    });
    expect(decoded('log=true', decodeView).value.logScale).toBe(true);
  });

  it.each<[string, string, string, Partial<ChartView>]>([
    [
      'smoothing out of range',
      'smooth=5&log=1',
      'Chart view: “smooth=5” must be a number from 0 to 0.99; kept 0.6.',
      { logScale: true },
    ],
    ['no smoothing value', 'smooth=', 'Chart view: “smooth=” must be a number from 0 to 0.99; kept 0.6.', {}],
    [
      'an unknown chart',
      'chart=accuracy&x=epoch',
      'Chart view: “chart=accuracy” must be one of trainLoss, testLoss, testAccuracy, learningRate; kept trainLoss.',
      { xAxis: 'epoch' },
    ],
    ['an unknown layout', 'layout=grid', 'Chart view: “layout=grid” must be one of overlay, panels; kept overlay.', {}],
    ['a junk log switch', 'log=yes', 'Chart view: “log=yes” must be 1 or 0; kept 0.', {}],
    ['an unknown x axis', 'x=time', 'Chart view: “x=time” must be one of step, epoch, seconds; kept step.', {}],
  ])('drops %s, saying why, and keeps the default', (_name, query, problem, view) => {
    expect(decoded(query, decodeView)).toEqual({ value: { ...defaultChartView(), ...view }, problems: [problem] });
  });
});

describe('hidden controls', () => {
  it('are written by their short keys in field order, and not at all when none is hidden', () => {
    expect(written((params) => encodeHidden(params, ['learningRate', 'optimizer']))).toBe('hide=opt%2Clr');
    expect(written((params) => encodeHidden(params, []))).toBe('');
  });

  it('are read in field order, once each, naming what is not a setting', () => {
    expect(decoded('hide=lr,opt,lr,bogus,', decodeHidden)).toEqual({
      value: ['optimizer', 'learningRate'],
      problems: ['Hidden controls: “bogus” is not a setting, ignored.'],
    });
    expect(decoded('', decodeHidden)).toEqual({ value: [], problems: [] });
  });

  const allBut = (...shown: ExperimentFieldName[]) => FIELD_NAMES.filter((name) => !shown.includes(name));

  it('are written as the controls to show when that is shorter', () => {
    expect(written((params) => encodeHidden(params, allBut('learningRate', 'optimizer')))).toBe('only=opt%2Clr');
    // Every control hidden: nothing to show.
    expect(written((params) => encodeHidden(params, FIELD_NAMES))).toBe('only=');
  });

  it('are read from `only=` as every control it does not name', () => {
    expect(decoded('only=lr,opt', decodeHidden)).toEqual({ value: allBut('learningRate', 'optimizer'), problems: [] });
    expect(decoded('only=', decodeHidden)).toEqual({ value: [...FIELD_NAMES], problems: [] });
  });

  it('hide what either `hide=` or `only=` hides when a link holds both', () => {
    expect(decoded('only=lr,opt,seed&hide=seed', decodeHidden).value).toEqual(allBut('learningRate', 'optimizer'));
  });

  it.each<[string, string, ExperimentFieldName[], string[]]>([
    [
      'a key that is not a setting',
      'only=lr,bogus',
      allBut('learningRate'),
      ['Controls to show: “bogus” is not a setting, ignored.'],
    ],
    [
      'an `only=` naming no setting at all, which would hide every control',
      'only=bogus,,zz',
      [],
      [
        'Controls to show: “bogus” is not a setting, ignored.',
        'Controls to show: “zz” is not a setting, ignored.',
        'Controls to show: none of them is a setting, so no control was hidden for them.',
      ],
    ],
  ])('drops %s from `only=`, saying why', (_name, query, value, problems) => {
    expect(decoded(query, decodeHidden)).toEqual({ value, problems });
  });

  it('round-trip whichever way they are written', () => {
    for (const hidden of [['seed'], allBut('seed'), allBut('activation', 'hiddenLayers'), FIELD_NAMES]) {
      const query = written((params) => encodeHidden(params, hidden as ExperimentFieldName[]));
      expect(decoded(query, decodeHidden)).toEqual({ value: hidden, problems: [] });
    }
  });
});

describe("a run's colour", () => {
  it('is written only when it is not the run’s default, as lowercase hex without “#”', () => {
    expect(encodeColour('#0072b2', 0)).toBeUndefined();
    expect(encodeColour('#0072B2', 0)).toBeUndefined();
    expect(encodeColour('#0072b2', 1)).toBe('0072b2');
    expect(encodeColour('#CC79A7', 0)).toBe('cc79a7');
  });

  it('is read with or without “#”, in either case, and is the default when absent', () => {
    const problems: Message[] = [];
    expect(decodeColour('#D55E00', 0, problems)).toBe('#d55e00');
    expect(decodeColour('CC79A7', 1, problems)).toBe('#cc79a7');
    expect(decodeColour(undefined, 2, problems)).toBe('#009e73');
    expect(problems).toEqual([]);
  });

  it.each<[string, string, number, string]>([
    ['a junk colour', 'zzz', 0, 'Colour: “zzz” is not a colour (#rrggbb); kept #0072b2.'],
    ["a later run's junk colour", 'zzz', 1, 'Run 2, colour: “zzz” is not a colour (#rrggbb); kept #d55e00.'],
    ['a short colour', '#fff', 0, 'Colour: “#fff” is not a colour (#rrggbb); kept #0072b2.'],
  ])('drops %s, saying why, and keeps the default', (_name, raw, index, problem) => {
    const problems: Message[] = [];
    expect(decodeColour(raw, index, problems)).toBe(index === 0 ? '#0072b2' : '#d55e00');
    expect(problems.map(english)).toEqual([problem]);
  });
});

it('names every view key, the hide and only keys and the teacher’s keys as link-wide, and no run key', () => {
  expect([...LINK_WIDE_KEYS].sort()).toEqual([
    'chart',
    'hide',
    'layout',
    'log',
    'note',
    'only',
    'panels',
    'present',
    'smooth',
    'x',
  ]);
  for (const key of LINK_WIDE_KEYS) expect(FIELD_NAMES.map((name) => FIELD_KEYS[name])).not.toContain(key);
});
