import { english } from '../ui/i18n/english';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LESSONS, T02 } from './lessonCatalog';
import { settingsMatchLesson } from './lessonLink';
import { lessonExperiments, lessonLinkState, type Lesson } from './lessons';
import { decodeLink as decodeLinkData, defaultLinkState, encodeLink, type LinkState } from './urlCodec';

/** The link read as an English reader is told about it: its problems in the page's English words. */
const decodeLink = (fragment: string) => {
  const decoded = decodeLinkData(fragment);
  return { ...decoded, problems: decoded.problems.map(english) };
};

const lessonState = (lesson: Lesson = T02): LinkState => ({ ...lessonLinkState(lesson), lesson: lesson.id });

/** T02 with the ReLU run's learning rate changed: an experiment that came from the lesson. */
function changedT02(): LinkState {
  const state = lessonState();
  state.runs[1]!.experiment.learningRate = 0.01;
  return state;
}

describe('a lesson in a link', () => {
  it('is its ID alone while nothing was changed, and opens as the lesson declares it', () => {
    for (const lesson of LESSONS) {
      const link = encodeLink(lessonState(lesson));
      expect(link).toBe(`v=3&lesson=${lesson.id}`);
      expect(decodeLink(`#${link}`)).toEqual({ state: lessonState(lesson), problems: [] });
    }
  });

  it('holds every run and `from=` once a setting changed, and opens the changed runs', () => {
    const state = changedT02();
    const link = encodeLink(state);
    expect(link).toMatch(/^v=3&from=t02&chart=testAccuracy&only=layers%2Cact%2Cinit&/);
    expect(link).toContain('r1.lr=0.01');
    expect(decodeLink(link)).toEqual({ state, problems: [] });
  });

  it('holds every run and still `lesson=` when only a name, colour or the chart changed', () => {
    const state = lessonState();
    state.runs[0]!.name = 'Logistic';
    state.view = { ...state.view, logScale: true };
    const link = encodeLink(state);
    expect(link).toMatch(/^v=3&lesson=t02&/);
    expect(link).toContain('name=Logistic');
    expect(decodeLink(link)).toEqual({ state, problems: [] });
  });

  it('keeps changed runs that are only the defaults: `from=` never stands for the lesson’s own runs', () => {
    const state = { ...defaultLinkState(), lesson: 't02' };
    const link = encodeLink(state);
    expect(link).toBe('v=3&from=t02');
    expect(decodeLink(link)).toEqual({ state, problems: [] });
  });

  it('survives the compact form', () => {
    const state = changedT02();
    // Names of accented letters take six characters each in a link: six runs of them pass the readable limit.
    state.runs = [...state.runs, ...lessonState().runs, ...lessonState().runs].map((run, i) => ({
      ...run,
      name: `${i}${'é'.repeat(59)}`,
    }));
    const link = encodeLink(state);
    expect(link.startsWith('z=')).toBe(true);
    expect(decodeLink(link)).toEqual({ state, problems: [] });
  });

  it('reads the ID in any case and takes a view or hide key written beside it', () => {
    expect(decodeLink('#v=3&lesson=T02').state).toEqual(lessonState());
    const { state, problems } = decodeLink('#lesson=t02&log=1&hide=lr');
    expect(problems).toEqual([]);
    expect(state.view).toEqual({ ...lessonState().view, logScale: true });
    expect(state.hidden).toEqual(['learningRate']);
    expect(state.runs).toEqual(lessonState().runs);
  });

  it('opens the defaults with a reason when the lesson is unknown, and the runs when the link has them', () => {
    expect(decodeLink('#v=3&lesson=x99')).toEqual({
      state: defaultLinkState(),
      problems: ['There is no lesson “x99” in this playground, so none was opened.'],
    });
    const { state, problems } = decodeLink('#from=nope&lr=0.1&r1.name=Two');
    expect(state.lesson).toBeUndefined();
    expect(state.runs.map((run) => [run.name, run.experiment.learningRate])).toEqual([
      ['Run 1', 0.1],
      ['Two', 0.1],
    ]);
    expect(problems).toEqual(['There is no lesson “nope” in this playground, so none was opened.']);
  });

  it('says no more than 40 characters of a hostile ID, without control characters, and never throws', () => {
    const hostile = `<script>alert(1)</script>\u0000\u001b${'x'.repeat(5000)}`;
    const { state, problems } = decodeLink(`#lesson=${encodeURIComponent(hostile)}`);
    expect(state).toEqual(defaultLinkState());
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('“<script>alert(1)</script>xxxxxxxxxxxxxxx”');
    expect(decodeLink('#r1.lesson=t02').problems).toEqual([
      'Run 2, “lesson”: set once for all runs (without “r1.”), ignored.',
    ]);
    expect(decodeLink('#lesson=').state).toEqual(defaultLinkState());
    expect(decodeLink('#lesson=__proto__').state.lesson).toBeUndefined();
    expect(decodeLink('#lesson=constructor').state.lesson).toBeUndefined();
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (id) => {
        const { state } = decodeLink(`#lesson=${encodeURIComponent(id)}`);
        expect(state.runs.length).toBeGreaterThan(0);
        if (state.lesson !== undefined) expect(LESSONS.map((lesson) => lesson.id)).toContain(state.lesson);
      }),
    );
  });

  it('writes no lesson the catalog does not know', () => {
    expect(encodeLink({ ...defaultLinkState(), lesson: 'x99' })).toBe('v=3');
  });
});

describe('settingsMatchLesson', () => {
  it('holds for the lesson’s own runs only: same count, same order, every setting', () => {
    const own = lessonExperiments(T02);
    expect(settingsMatchLesson(T02, own)).toBe(true);
    expect(settingsMatchLesson(T02, [own[1]!, own[0]!])).toBe(false);
    expect(settingsMatchLesson(T02, own.slice(0, 1))).toBe(false);
    expect(settingsMatchLesson(T02, [...own, own[0]!])).toBe(false);
    expect(settingsMatchLesson(T02, [own[0]!, { ...own[1]!, seed: 2 }])).toBe(false);
    expect(settingsMatchLesson(T02, [own[0]!, { ...own[1]!, hiddenLayers: [...own[1]!.hiddenLayers] }])).toBe(true);
  });
});
