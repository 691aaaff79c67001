import { describe, expect, it } from 'vitest';
import { FIELD_NAMES } from '../schema/linkFieldKeys';
import { decodeLink, defaultLinkState, encodeLink } from '../schema/urlCodec';
import { defaultClassroom } from '../schema/view';
import { createPlaygroundStore, linkStateOf } from './playgroundStore';

function setup(initial = defaultLinkState()) {
  const store = createPlaygroundStore(initial);
  store.getState().attach(() => {}, 'worker');
  store.getState().receive({ type: 'ready', payload: {} });
  return store;
}

describe("a teacher's tools in the store", () => {
  it('show only the controls picked, hiding every other one', () => {
    const store = setup();
    store.getState().showOnlyControls(['optimizer', 'learningRate']);
    expect(store.getState().hidden).toEqual(FIELD_NAMES.filter((n) => n !== 'optimizer' && n !== 'learningRate'));
    expect(encodeLink(linkStateOf(store.getState()))).toBe('v=3&only=opt%2Clr');
    store.getState().setControlHidden('seed', false);
    expect(store.getState().hidden).not.toContain('seed');
  });

  it('hide and show whole panels, kept in page order', () => {
    const store = setup();
    store.getState().setPanelHidden('exports', true);
    store.getState().setPanelHidden('diagnosis', true);
    store.getState().setPanelHidden('statistics', true);
    store.getState().setPanelHidden('statistics', false);
    expect(store.getState().classroom.hiddenPanels).toEqual(['diagnosis', 'exports']);
    expect(encodeLink(linkStateOf(store.getState()))).toBe('v=3&panels=diagnosis%2Cexports');
  });

  it('keep a note as it will be shown, cut at 500 characters, and say when it was cut', () => {
    const store = setup();
    expect(store.getState().setTeacherNote('  <b>Watch</b>\u0007 the loss  ')).toBe(false);
    expect(store.getState().classroom.note).toBe('<b>Watch</b> the loss');
    expect(store.getState().setTeacherNote('x'.repeat(501))).toBe(true);
    expect(store.getState().classroom.note).toBe('x'.repeat(500));
  });

  it('put the set-up in the link only when it is not the default one', () => {
    const store = setup();
    expect(linkStateOf(store.getState())).not.toHaveProperty('classroom');
    store.getState().setPresenting(true);
    expect(linkStateOf(store.getState()).classroom).toEqual({ ...defaultClassroom(), present: true });
    expect(encodeLink(linkStateOf(store.getState()))).toBe('v=3&present=1');
    store.getState().setPresenting(false);
    expect(linkStateOf(store.getState())).not.toHaveProperty('classroom');
  });

  it('open a link with its own set-up, or none', () => {
    const store = setup(decodeLink('present=1&note=Hi').state);
    expect(store.getState().classroom).toEqual({ present: true, hiddenPanels: [], note: 'Hi' });
    store.getState().openLink(decodeLink('panels=tests').state, null);
    expect(store.getState().classroom).toEqual({ ...defaultClassroom(), hiddenPanels: ['tests'] });
    store.getState().openLink(defaultLinkState(), null);
    expect(store.getState().classroom).toEqual(defaultClassroom());
  });

  it('keep presenting, the note and hidden panels when a lesson is opened from the gallery', () => {
    const store = setup();
    store.getState().setPresenting(true);
    store.getState().setTeacherNote('Predict first');
    store.getState().openLesson('t02');
    expect(store.getState().lessonId).toBe('t02');
    expect(store.getState().classroom).toEqual({ present: true, hiddenPanels: [], note: 'Predict first' });
    expect(encodeLink(linkStateOf(store.getState()))).toBe('v=3&lesson=t02&present=1&note=Predict+first');
  });
});
