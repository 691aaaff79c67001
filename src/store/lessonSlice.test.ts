import { describe, expect, it } from 'vitest';
import type { FromTrainer, ToTrainer } from '../protocol/trainerProtocol';
import { T02 } from '../schema/lessonCatalog';
import { lessonLinkState } from '../schema/lessons';
import { defaultLinkState, encodeLink } from '../schema/urlCodec';
import { createPlaygroundStore, linkStateOf } from './playgroundStore';

function setup(initial = defaultLinkState()) {
  const store = createPlaygroundStore(initial);
  const sent: ToTrainer[] = [];
  store.getState().attach((message) => sent.push(message), 'worker');
  store.getState().receive({ type: 'ready', payload: {} });
  return { store, sent };
}

const metrics = (runId: string): FromTrainer => ({
  type: 'metrics',
  payload: {
    runId,
    steps: Int32Array.from([1]),
    losses: Float32Array.from([2.3]),
    learningRates: Float32Array.from([0.001]),
    seconds: Float64Array.from([0.1]),
    epoch: 0,
    samplesPerSecond: 2000,
    numTensors: 28,
  },
});

describe('the lesson slice', () => {
  it("opens a lesson's runs ready, not training, with its view and hidden controls, and links it by its ID", () => {
    const { store, sent } = setup();
    sent.length = 0;
    store.getState().openLesson('t02');
    const state = store.getState();
    expect(state.lessonId).toBe('t02');
    expect(state.runs.map((run) => [run.name, run.experiment.activation, run.request])).toEqual([
      ['Sigmoid', 'sigmoid', null],
      ['ReLU', 'relu', null],
    ]);
    expect(state.view).toEqual(lessonLinkState(T02).view);
    expect(state.hidden).toEqual(lessonLinkState(T02).hidden);
    expect(sent.map((message) => message.type)).toEqual(['remove', 'configure', 'configure']);
    expect(encodeLink(linkStateOf(state))).toBe('v=3&lesson=t02');
  });

  it("names the lesson's runs in the page's language when given their names, still the lesson's own", () => {
    const { store } = setup();
    store.getState().openLesson('t02', { sigmoid: 'S 型', relu: '线性整流' });
    const state = store.getState();
    expect(state.runs.map((run) => run.name)).toEqual(['S 型', '线性整流']);
    expect(state.lessonId).toBe('t02');
    // The names are the link's, the settings still the lesson's: `lesson=`, not `from=`.
    expect(encodeLink(linkStateOf(state))).toMatch(/^v=3&lesson=t02&.*name=/);
    expect(encodeLink(linkStateOf(state))).not.toMatch(/from=/);
  });

  it('ignores an unknown lesson', () => {
    const { store } = setup();
    const before = store.getState().runs;
    store.getState().openLesson('x99');
    expect(store.getState()).toMatchObject({ runs: before, lessonId: null, confirmation: null });
  });

  it('asks first when trained results would be lost, as a pasted link does', () => {
    const { store } = setup();
    const id = store.getState().runs[0]!.id;
    const dataset = {
      name: 'mnist' as const,
      title: 'MNIST',
      height: 28,
      width: 28,
      channels: 1,
      classNames: [],
      trainCount: 60000,
      testCount: 10000,
    };
    store.getState().receive({
      type: 'configured',
      payload: {
        runId: id,
        dataset,
        trainCount: 60000,
        parameterCount: 1,
        stepsPerEpoch: 1875,
        totalSteps: 1875,
        numTensors: 1,
      },
    });
    store.getState().receive(metrics(id));
    store.getState().openLesson('t02');
    expect(store.getState().confirmation).toMatchObject({ kind: 'link', link: { lesson: 't02' } });
    expect(store.getState().lessonId).toBeNull();
    store.getState().resolveConfirmation('apply');
    expect(store.getState().lessonId).toBe('t02');
  });

  it('keeps the prediction to a choice the question has, and forgets it with another link', () => {
    const { store } = setup();
    store.getState().choosePrediction(0);
    expect(store.getState().lessonPrediction).toBeNull(); // no lesson open
    store.getState().openLesson('t02');
    for (const bad of [-1, 3, 1.5, NaN]) store.getState().choosePrediction(bad);
    expect(store.getState().lessonPrediction).toBeNull();
    store.getState().choosePrediction(2);
    expect(store.getState().lessonPrediction).toBe(2);
    store.getState().openLink(defaultLinkState(), null);
    expect(store.getState()).toMatchObject({ lessonId: null, lessonPrediction: null });
  });

  it('stays open over changed runs, linked with `from=`, until closed, which shows every control again', () => {
    const { store } = setup({ ...lessonLinkState(T02), lesson: 't02' });
    expect(store.getState().lessonId).toBe('t02');
    store.getState().setField('learningRate', 0.01);
    expect(store.getState().lessonId).toBe('t02');
    expect(encodeLink(linkStateOf(store.getState()))).toMatch(/^v=3&from=t02&/);
    store.getState().closeLesson();
    expect(store.getState()).toMatchObject({ lessonId: null, hidden: [] });
    expect(encodeLink(linkStateOf(store.getState()))).not.toMatch(/lesson|from/);
  });

  it('opens no lesson the catalog does not know, from a link state', () => {
    expect(createPlaygroundStore({ ...defaultLinkState(), lesson: 'x99' }).getState().lessonId).toBeNull();
  });
});
