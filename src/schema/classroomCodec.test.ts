import type { Message } from './message';
import { english } from '../ui/i18n/english';
import { describe, expect, it } from 'vitest';
import { cleanNote, decodeClassroom, encodeClassroom } from './classroomCodec';
import { decodeLink as decodeLinkData, encodeLink, defaultLinkState, type LinkState } from './urlCodec';
import { defaultClassroom, type Classroom } from './view';

/** The link read as an English reader is told about it: its problems in the page's English words. */
const decodeLink = (fragment: string) => {
  const decoded = decodeLinkData(fragment);
  return { ...decoded, problems: decoded.problems.map(english) };
};

function written(classroom: Classroom): string {
  const params = new URLSearchParams();
  encodeClassroom(params, classroom);
  return params.toString();
}

function decoded(query: string) {
  const problems: Message[] = [];
  const value = decodeClassroom(new Map(new URLSearchParams(query)), problems);
  return { value, problems: problems.map(english) };
}

describe("a teacher's set-up", () => {
  it('writes nothing for the default set-up, and only what differs otherwise', () => {
    expect(written(defaultClassroom())).toBe('');
    expect(written({ ...defaultClassroom(), present: true })).toBe('present=1');
    expect(written({ hiddenPanels: ['exports', 'diagnosis'], note: 'Watch the red curve', present: false })).toBe(
      'panels=diagnosis%2Cexports&note=Watch+the+red+curve',
    );
  });

  it('reads a hand-written set-up', () => {
    expect(decoded('present=1&panels=tests,drawing,Statistics&note=Hello%0Aclass')).toEqual({
      value: { present: true, hiddenPanels: ['statistics', 'drawing', 'tests'], note: 'Hello\nclass' },
      problems: [],
    });
    expect(decoded('present=true').value.present).toBe(true);
    expect(decoded('present=0').value.present).toBe(false);
  });

  it.each<[string, string, Partial<Classroom>, string[]]>([
    ['a junk presentation switch', 'present=yes', {}, ['Presentation: “present=yes” must be 1 or 0; kept 0.']],
    [
      'a panel the page does not have',
      'panels=diagnosis,charts,,',
      { hiddenPanels: ['diagnosis'] },
      ['Hidden panels: “charts” is not a panel (diagnosis, statistics, drawing, tests, exports), ignored.'],
    ],
  ])('drops %s, saying why, and keeps the rest', (_name, query, value, problems) => {
    expect(decoded(query)).toEqual({ value: { ...defaultClassroom(), ...value }, problems });
  });
});

describe("a teacher's note", () => {
  it('keeps markup as the text it is: it is shown as text, never as HTML', () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    expect(cleanNote(hostile)).toEqual({ note: hostile, cutFrom: null });
  });

  it('drops control characters and direction overrides, keeps line breaks, turns tabs into spaces', () => {
    expect(cleanNote('  a\tb\u0000c\u001b[31m\r\nd\u202eevil\u2066x\u2069\n\n\n\ne  ').note).toBe(
      'a bc[31m\ndevilx\n\ne',
    );
  });

  it('is cut to 500 characters, counted as a person counts them, and says so', () => {
    const long = '学'.repeat(499) + '😀' + 'xyz';
    expect(cleanNote(long)).toEqual({ note: '学'.repeat(499) + '😀', cutFrom: 503 });
    const { value, problems } = decoded(`note=${encodeURIComponent('a'.repeat(20_000))}`);
    expect(value.note).toBe('a'.repeat(500));
    expect(problems).toEqual(['Teacher’s note: 20,000 characters, more than 500; only the first 500 are shown.']);
  });

  it('of exactly 500 characters is kept whole', () => {
    expect(cleanNote('n'.repeat(500))).toEqual({ note: 'n'.repeat(500), cutFrom: null });
  });
});

describe('the set-up in a whole link', () => {
  const setUp: Classroom = {
    present: true,
    hiddenPanels: ['statistics', 'exports'],
    note: 'Predict first!\n<b>then</b> train & watch',
  };

  it('round-trips beside the runs, and is absent from a link without it', () => {
    const state: LinkState = { ...defaultLinkState(), hidden: ['seed'], classroom: setUp };
    const link = encodeLink(state);
    expect(link).toBe(
      'v=3&hide=seed&present=1&panels=statistics%2Cexports&note=Predict+first%21%0A%3Cb%3Ethen%3C%2Fb%3E+train+%26+watch',
    );
    expect(decodeLink(link)).toEqual({ state, problems: [] });
    expect(decodeLink(encodeLink(defaultLinkState())).state).not.toHaveProperty('classroom');
  });

  it('stays beside a lesson named alone', () => {
    const state: LinkState = { ...decodeLink('lesson=t02').state, classroom: setUp };
    const link = encodeLink(state);
    expect(link).toMatch(/^v=3&lesson=t02&present=1&panels=statistics%2Cexports&note=/);
    expect(decodeLink(link)).toEqual({ state, problems: [] });
  });

  it('survives the compact form: a long Chinese note passes the readable limit', () => {
    const state: LinkState = { ...defaultLinkState(), classroom: { ...setUp, note: '先预测，再训练。'.repeat(60) } };
    const link = encodeLink(state);
    expect(link.startsWith('z=')).toBe(true);
    expect(decodeLink(link)).toEqual({ state, problems: [] });
  });

  it('a set-up key under a run’s prefix is ignored, saying why', () => {
    expect(decodeLink('r1.present=1').problems).toEqual([
      'Run 2, “present”: set once for all runs (without “r1.”), ignored.',
    ]);
  });
});
