import { sayStore } from './storeWords';
import { say } from '../diagnostics/verdictWords';
import type { Message } from '../schema/message';
import { describe, expect, it, vi } from 'vitest';
import type { FromTrainer, ToTrainer } from '../protocol/trainerProtocol';
import { defaultExperiment } from '../schema/experiment';
import { problemText } from '../schema/problems';
import { defaultLinkState } from '../schema/urlCodec';
import { RUN_COLOURS } from '../schema/view';
import { createPlaygroundStore, exportedRunOf, linkStateOf, selectedRun } from './playgroundStore';

function setup(state = defaultLinkState()) {
  const store = createPlaygroundStore(state);
  const sent: ToTrainer[] = [];
  const receive = (message: FromTrainer) => store.getState().receive(message);
  const firstId = store.getState().runs[0]!.id;
  const run = (id = firstId) => store.getState().runs.find((r) => r.id === id)!;
  return { store, sent, receive, run, firstId, attach: () => store.getState().attach((m) => sent.push(m), 'worker') };
}

const mnist = {
  name: 'mnist' as const,
  title: 'MNIST',
  height: 28,
  width: 28,
  channels: 1,
  classNames: [],
  trainCount: 60000,
  testCount: 10000,
};
const ready: FromTrainer = { type: 'ready', payload: {} };
const configured = (runId: string): FromTrainer => ({
  type: 'configured',
  payload: {
    runId,
    dataset: mnist,
    trainCount: 60000,
    parameterCount: 235146,
    stepsPerEpoch: 1875,
    totalSteps: 3750,
    numTensors: 10,
  },
});
const metrics = (runId: string, steps: number[], losses: number[]): FromTrainer => ({
  type: 'metrics',
  payload: {
    runId,
    steps: Int32Array.from(steps),
    losses: Float32Array.from(losses),
    learningRates: Float32Array.from(steps.map(() => 0.001)),
    seconds: Float64Array.from(steps.map((s) => s / 10)),
    epoch: 0,
    samplesPerSecond: 2000,
    numTensors: 28,
  },
});
const status = (
  runId: string,
  s: 'training' | 'paused' | 'finished' | 'diverged' | 'stopped',
  step = 0,
  message?: Message,
): FromTrainer => ({
  type: 'status',
  payload: message ? { runId, status: s, step, message } : { runId, status: s, step },
});

/** A message as the trainer or a link would send it; the store passes it on untouched. */
const said = (code: string): Message => ({ code });

describe('playground store', () => {
  it('configures every run once the trainer is up, holding messages until the connection is attached', () => {
    const state = defaultLinkState();
    state.runs.push({ name: 'SGD', colour: RUN_COLOURS[1], experiment: { ...defaultExperiment(), optimizer: 'sgd' } });
    const { store, sent, receive, attach, firstId } = setup(state);
    receive(ready);
    expect(sent).toEqual([]);
    attach();
    const [a, b] = store.getState().runs;
    expect(sent).toEqual([
      { type: 'configure', payload: { runId: a!.id, experiment: defaultExperiment() } },
      { type: 'configure', payload: { runId: b!.id, experiment: { ...defaultExperiment(), optimizer: 'sgd' } } },
    ]);
    receive({ type: 'dataProgress', payload: { title: 'MNIST', receivedBytes: 5, totalBytes: 10 } });
    expect(store.getState().trainerPhase).toBe('loading-data');
    receive(configured(firstId));
    expect(store.getState().trainerPhase).toBe('ready');
    expect(store.getState().dataProgress).toBeNull();
    expect(store.getState().runs.map((r) => r.phase)).toEqual(['ready', 'setting-up']);
  });

  it('appends each run its own losses in order, in place, and derives step, epoch and throughput', () => {
    const { store, receive, attach, run, firstId } = setup();
    attach();
    receive(ready);
    receive(configured(firstId));
    receive(metrics(firstId, [1, 2], [2.3, 2.1]));
    const arrays = run().series.steps;
    receive(metrics(firstId, [3], [1.9]));
    const { series, stats } = run();
    expect(series.steps).toBe(arrays); // appended, not copied: a long run costs O(n), not O(n²)
    expect(series.length).toBe(3);
    expect(series.steps).toEqual([1, 2, 3]);
    expect(series.losses).toEqual([expect.closeTo(2.3, 5), expect.closeTo(2.1, 5), expect.closeTo(1.9, 5)]);
    expect(series.seconds).toEqual([0.1, 0.2, 0.3]);
    expect(stats).toMatchObject({ step: 3, epoch: 3 / 1875, samplesPerSecond: 2000, numTensors: 28, totalSteps: 3750 });
    expect(store.getState().runs).toHaveLength(1);
  });

  it('rejects an invalid setting with the reason and keeps the previous value', () => {
    const { store, sent, attach, receive, run, firstId } = setup();
    attach();
    receive(ready);
    sent.length = 0;
    expect(
      store
        .getState()
        .setField('batchSize', 0)
        .map((problem) => problemText(problem)),
    ).toEqual(['Batch size: must be at least 1']);
    expect(run().experiment.batchSize).toBe(32);
    expect(sent).toEqual([]);
    expect(store.getState().setField('batchSize', 64)).toEqual([]);
    expect(sent).toEqual([
      { type: 'configure', payload: { runId: firstId, experiment: { ...defaultExperiment(), batchSize: 64 } } },
    ]);
  });

  it('refuses setting changes to a run while it trains', () => {
    const { store, receive, attach, run, firstId } = setup();
    attach();
    receive(ready);
    receive(status(firstId, 'training'));
    expect(store.getState().setField('epochs', 3)).toEqual([{ path: '', code: 'runTraining', params: {} }]);
    expect(run().experiment.epochs).toBe(2);
  });

  it('sends train, pause, stop and reset only when they make sense, for one run or all', () => {
    const { store, sent, receive, attach, firstId, run } = setup();
    attach();
    receive(ready);
    receive(configured(firstId));
    store.getState().duplicateRun(firstId);
    const second = store.getState().runs[1]!.id;
    receive(configured(second));
    sent.length = 0;
    store.getState().pause(firstId); // not training: nothing to pause
    store.getState().stop(firstId); // never trained: nothing to stop
    store.getState().reset(firstId); // nothing to reset
    expect(sent).toEqual([]);
    store.getState().trainAll();
    store.getState().trainAll(); // pressed twice: the first is still waiting for its answer
    receive(status(firstId, 'training'));
    receive(status(second, 'training'));
    store.getState().pauseAll();
    store.getState().stop(second);
    receive(status(firstId, 'paused', 20));
    store.getState().reset(firstId);
    expect(sent.map((m) => `${m.type}:${'runId' in m.payload ? m.payload.runId : ''}`)).toEqual([
      `train:${firstId}`,
      `train:${second}`,
      `pause:${firstId}`,
      `pause:${second}`,
      `stop:${second}`,
      `reset:${firstId}`,
    ]);
    expect(run(second).request).toBe('stop');
  });

  it('remembers Train pressed before the trainer is up and starts the run once it is set up', () => {
    const { store, sent, receive, attach, firstId, run } = setup();
    store.getState().trainAll(); // the page has just opened: no trainer yet
    expect(run().request).toBe('train');
    attach();
    receive(ready);
    expect(sent.map((m) => m.type)).toEqual(['configure']);
    receive({ type: 'dataProgress', payload: { title: 'MNIST', receivedBytes: 1, totalBytes: 10 } });
    expect(run().request).toBe('train');
    receive(configured(firstId));
    expect(sent.map((m) => m.type)).toEqual(['configure', 'train']);
    receive({ type: 'status', payload: { runId: firstId, status: 'idle', step: 0 } });
    expect(run()).toMatchObject({ phase: 'ready', request: 'train' }); // still waiting for its answer
    receive(status(firstId, 'training'));
    expect(run()).toMatchObject({ phase: 'training', request: null });
  });

  it('pauses every run at once: training, waiting for its turn, or only remembered', () => {
    const { store, sent, receive, attach, firstId, run } = setup();
    store.getState().addRun();
    store.getState().addRun();
    const [a, b, c] = store.getState().runs.map((r) => r.id) as [string, string, string];
    attach();
    receive(ready);
    receive(configured(a));
    receive(configured(b));
    store.getState().trainAll(); // c is still being set up: its Train is remembered
    receive(status(a, 'training'));
    sent.length = 0;
    store.getState().pauseAll();
    // a trains, b's Train is on its way: both are asked; c's remembered Train is simply forgotten.
    expect(sent.map((m) => `${m.type}:${'runId' in m.payload ? m.payload.runId : ''}`)).toEqual([
      `pause:${a}`,
      `pause:${b}`,
    ]);
    expect([run(a).request, run(b).request, run(c).request]).toEqual(['pause', 'pause', null]);
    receive(configured(c));
    expect(sent).toHaveLength(2); // c does not start after all
    receive(status(a, 'paused', 40));
    receive({ type: 'status', payload: { runId: b, status: 'idle', step: 0 } }); // b had not started
    expect([run(a), run(b)].map((r) => [r.phase, r.request])).toEqual([
      ['paused', null],
      ['ready', null],
    ]);
    expect(store.getState().runs.every((r) => r.request === null)).toBe(true);
    expect(run(firstId).phase).toBe('paused');
  });

  it('asks before a setting change throws away trained results, and can duplicate the run instead', () => {
    const { store, sent, receive, attach, firstId, run } = setup();
    attach();
    receive(ready);
    receive(configured(firstId));
    receive(metrics(firstId, [1, 2], [2.3, 2.2]));
    receive(status(firstId, 'paused', 2));
    sent.length = 0;
    expect(store.getState().setField('learningRate', 0.01)).toEqual([]);
    expect(store.getState().confirmation).toMatchObject({ kind: 'setting', runId: firstId, changed: ['learningRate'] });
    expect(run().experiment.learningRate).toBe(0.001); // not changed yet
    expect(sent).toEqual([]);
    store.getState().resolveConfirmation('duplicate');
    const copy = store.getState().runs[1]!;
    expect(copy.experiment.learningRate).toBe(0.01);
    // Named after what it changed, from the start: it was made with the change.
    expect(copy.name).toBe('Learning rate: 0.01');
    expect(run().series.length).toBe(2); // the original keeps its curve
    expect(store.getState().selectedRunId).toBe(copy.id);
    store.getState().selectRun(firstId);
    store.getState().setField('learningRate', 0.1);
    store.getState().resolveConfirmation('cancel');
    expect(run().experiment.learningRate).toBe(0.001);
    store.getState().setField('learningRate', 0.1);
    store.getState().resolveConfirmation('apply');
    expect(run()).toMatchObject({ phase: 'setting-up', series: { length: 0 } });
    expect(run().experiment.learningRate).toBe(0.1);
    expect(sent.filter((m) => m.type === 'configure').map((m) => m.payload.runId)).toEqual([copy.id, firstId]);
  });

  it('switching the optimizer moves a rate left at the old one’s usual rate to the new one’s, in one change', () => {
    const { store, sent, receive, attach, firstId, run } = setup();
    attach();
    receive(ready);
    sent.length = 0;
    expect(store.getState().setField('optimizer', 'sgd')).toEqual([]);
    expect(run().experiment).toMatchObject({ optimizer: 'sgd', learningRate: 0.1 });
    expect(sent).toEqual([
      {
        type: 'configure',
        payload: { runId: firstId, experiment: { ...defaultExperiment(), optimizer: 'sgd', learningRate: 0.1 } },
      },
    ]);
    expect(store.getState().learningRateNote).toEqual({
      kind: 'set',
      runId: firstId,
      optimizer: 'sgd',
      rate: 0.1,
      previousOptimizer: 'adam',
      previousRate: 0.001,
    });
    // A rate the person chose stays; the note offers the usual one.
    store.getState().setField('learningRate', 0.05);
    store.getState().setField('optimizer', 'adam');
    expect(run().experiment).toMatchObject({ optimizer: 'adam', learningRate: 0.05 });
    expect(store.getState().learningRateNote).toMatchObject({ kind: 'kept', runId: firstId, usualRate: 0.001 });
    // Between two optimizers with the same usual rate there is nothing to say.
    store.getState().setField('learningRate', 0.001);
    store.getState().setField('optimizer', 'rmsprop');
    expect(run().experiment).toMatchObject({ optimizer: 'rmsprop', learningRate: 0.001 });
    expect(store.getState().learningRateNote).toBeNull();
  });

  it('asks once about an optimizer switch of a trained run, and notes the new rate only once it is made', () => {
    const { store, receive, attach, firstId, run } = setup();
    attach();
    receive(ready);
    receive(configured(firstId));
    receive(metrics(firstId, [1, 2], [2.3, 2.2]));
    receive(status(firstId, 'paused', 2));
    store.getState().setField('optimizer', 'sgd');
    expect(store.getState().confirmation).toMatchObject({
      kind: 'setting',
      changed: ['optimizer', 'learningRate'],
      experiment: { optimizer: 'sgd', learningRate: 0.1 },
    });
    expect(store.getState().learningRateNote).toBeNull();
    store.getState().resolveConfirmation('cancel');
    expect(run().experiment).toMatchObject({ optimizer: 'adam', learningRate: 0.001 });
    expect(store.getState().learningRateNote).toBeNull();
    store.getState().setField('optimizer', 'sgd');
    store.getState().resolveConfirmation('duplicate');
    const copy = store.getState().runs[1]!;
    expect(copy.experiment).toMatchObject({ optimizer: 'sgd', learningRate: 0.1 });
    expect(store.getState().learningRateNote).toMatchObject({ kind: 'set', runId: copy.id });
    store.getState().selectRun(firstId);
    store.getState().setField('optimizer', 'momentum');
    store.getState().resolveConfirmation('apply');
    expect(run().experiment).toMatchObject({ optimizer: 'momentum', learningRate: 0.01 });
    expect(store.getState().learningRateNote).toMatchObject({ kind: 'set', runId: firstId, rate: 0.01 });
  });

  it('opens a pasted link at once when nothing trained would be lost, else asks', () => {
    const { store, sent, receive, attach, firstId } = setup();
    attach();
    receive(ready);
    receive(configured(firstId));
    const other = defaultLinkState();
    other.runs[0]!.experiment = { ...defaultExperiment(), epochs: 5 };
    store.getState().openLink(other, null);
    expect(store.getState().runs.map((r) => r.experiment.epochs)).toEqual([5]);
    expect(sent.map((m) => m.type)).toEqual(['configure', 'remove', 'configure']);
    const current = store.getState().runs[0]!.id;
    receive(configured(current));
    receive(metrics(current, [1], [2.3]));
    store.getState().openLink(defaultLinkState(), said('a notice'));
    expect(store.getState().confirmation).toMatchObject({ kind: 'link', unsavedRuns: 1 });
    expect(store.getState().runs[0]!.id).toBe(current);
    store.getState().resolveConfirmation('cancel');
    expect(store.getState().confirmation).toBeNull();
    store.getState().markSaved(); // downloaded: nothing would be lost now
    store.getState().openLink(defaultLinkState(), said('a notice'));
    expect(store.getState().runs[0]!.experiment.epochs).toBe(2);
    expect(store.getState().notice).toEqual(said('a notice'));
  });

  it('holds fast data back and applies it together, before any status that follows', () => {
    vi.useFakeTimers();
    try {
      const store = createPlaygroundStore(defaultLinkState(), { holdDataMs: 250 });
      const id = store.getState().runs[0]!.id;
      store.getState().attach(() => undefined, 'worker');
      store.getState().receive(ready);
      store.getState().receive(configured(id));
      const before = store.getState().runs;
      store.getState().receive(metrics(id, [1, 2], [2.3, 2.2]));
      store.getState().receive(metrics(id, [3, 4], [2.1, 2.0]));
      expect(store.getState().runs).toBe(before); // nothing re-renders yet
      vi.advanceTimersByTime(250);
      expect(store.getState().runs[0]!.series.length).toBe(4);
      store.getState().receive(metrics(id, [5], [1.9]));
      store.getState().receive(status(id, 'paused', 5));
      expect(store.getState().runs[0]).toMatchObject({ phase: 'paused', series: { length: 5 } });
    } finally {
      vi.useRealTimers();
    }
  });

  it('adds, duplicates, renames, recolours, reorders and removes runs, up to eight', () => {
    const { store, sent, attach, receive, firstId } = setup();
    attach();
    receive(ready);
    store.getState().setField('learningRate', 0.01);
    expect(store.getState().duplicateRun(firstId)).toBeNull();
    const copy = selectedRun(store.getState());
    expect(copy).toMatchObject({ name: 'Run 1 (copy)', colour: RUN_COLOURS[1] });
    expect(copy.experiment.learningRate).toBe(0.01);
    // The settings panel now edits the copy, and only the copy changes.
    store.getState().setField('optimizer', 'sgd');
    expect(store.getState().runs.map((r) => r.experiment.optimizer)).toEqual(['adam', 'sgd']);
    store.getState().renameRun(copy.id, '  SGD\u0007 0.01  ');
    store.getState().setRunColour(copy.id, '#000000');
    store.getState().setRunColour(copy.id, 'red'); // not a colour: ignored
    store.getState().moveRun(copy.id, -1);
    expect(store.getState().runs.map((r) => [r.name, r.colour])).toEqual([
      ['SGD 0.01', '#000000'],
      ['Run 1', RUN_COLOURS[0]],
    ]);
    for (let i = 0; i < 6; i++) expect(store.getState().addRun()).toBeNull();
    expect(store.getState().runs).toHaveLength(8);
    expect(new Set(store.getState().runs.map((r) => r.colour)).size).toBe(8);
    expect(store.getState().addRun()).toEqual(sayStore('tooManyRuns', { max: 8 }));
    sent.length = 0;
    store.getState().removeRun(copy.id);
    expect(sent).toEqual([{ type: 'remove', payload: { runId: copy.id } }]);
    expect(store.getState().runs).toHaveLength(7);
    expect(store.getState().selectedRunId).not.toBe(copy.id);
  });

  it('names a duplicate after the knob that changed, until a person names it, and lists copies in order', () => {
    const { store, firstId } = setup();
    const names = () => store.getState().runs.map((r) => r.name);
    store.getState().duplicateRun(firstId);
    const copyId = store.getState().selectedRunId;
    expect(names()).toEqual(['Run 1', 'Run 1 (copy)']);
    store.getState().setField('learningRate', 0.01);
    expect(names()).toEqual(['Run 1', 'Learning rate: 0.01']);
    // Counted from the source's settings, not the copy's previous ones; both changes are named.
    store.getState().setField('batchSize', 64);
    expect(names()).toEqual(['Run 1', 'Learning rate: 0.01 · Batch size: 64']);
    // Back to the source's settings: a copy again.
    store.getState().setField('learningRate', 0.001);
    store.getState().setField('batchSize', 32);
    expect(names()).toEqual(['Run 1', 'Run 1 (copy)']);
    // The second and third copies of Run 1 come after the first, in the order they were made.
    store.getState().duplicateRun(firstId);
    store.getState().duplicateRun(firstId);
    expect(names()).toEqual(['Run 1', 'Run 1 (copy)', 'Run 1 (copy 2)', 'Run 1 (copy 3)']);
    // A name given by a person stays when settings change.
    store.getState().renameRun(copyId, 'Slow');
    store.getState().selectRun(copyId);
    store.getState().setField('learningRate', 0.0001);
    expect(names()[1]).toBe('Slow');
    // Renaming to the same name is no rename: the automatic name goes on following the settings.
    const third = store.getState().runs[3]!.id;
    store.getState().renameRun(third, 'Run 1 (copy 3)');
    store.getState().selectRun(third);
    store.getState().setField('optimizer', 'momentum');
    expect(names()[3]).toBe('Optimizer: SGD with momentum · Learning rate: 0.01');
  });

  it('gives the link every run, the view and the hidden controls', () => {
    const { store, firstId } = setup();
    store.getState().duplicateRun(firstId);
    store.getState().setField('learningRate', 0.1);
    store.getState().setView({ metric: 'testAccuracy', logScale: true });
    store.getState().setControlHidden('epsilon', true);
    const link = linkStateOf(store.getState());
    expect(link.runs.map((r) => [r.name, r.colour, r.experiment.learningRate])).toEqual([
      ['Run 1', RUN_COLOURS[0], 0.001],
      ['Learning rate: 0.1', RUN_COLOURS[1], 0.1],
    ]);
    expect(link.view).toMatchObject({ metric: 'testAccuracy', logScale: true });
    expect(link.hidden).toEqual(['epsilon']);
    store.getState().showAllControls();
    expect(store.getState().hidden).toEqual([]);
  });

  it('warns once when a run’s loss explodes, and forgets it with the run’s next configuration', () => {
    const { receive, attach, run, firstId } = setup();
    attach();
    receive(ready);
    receive(configured(firstId));
    receive(metrics(firstId, [1, 2], [2.3, 3]));
    expect(run().warning).toBeNull();
    receive(metrics(firstId, [3, 4], [40, 5000]));
    expect(run().warning).toEqual(say('live.explodingLoss', { loss: 40, step: 3, first: Math.fround(2.3) }));
    receive(configured(firstId));
    expect(run().warning).toBeNull();
  });

  it('shows early stopping and an asked-for stop as notices, a broken run as an error', () => {
    const { store, receive, attach, run, firstId } = setup();
    attach();
    receive(ready);
    receive(configured(firstId));
    receive(status(firstId, 'finished', 40, said('Early stopping at step 40')));
    expect(run()).toMatchObject({ phase: 'finished', notice: said('Early stopping at step 40'), error: null });
    receive(status(firstId, 'stopped', 41, said('Training stopped at step 41: boom')));
    expect(run()).toMatchObject({ phase: 'stopped', error: said('Training stopped at step 41: boom') });
    // A stopped run keeps its settings open: a change sets up a new run.
    expect(store.getState().setField('epochs', 3)).toEqual([]);
    receive(configured(firstId));
    receive(status(firstId, 'training'));
    store.getState().stop(firstId);
    receive(status(firstId, 'stopped', 60, said('Stopped at step 60, as asked.')));
    expect(run()).toMatchObject({ phase: 'stopped', notice: said('Stopped at step 60, as asked.'), error: null });
  });

  it('marks a diverged run at its step, keeps its curve, and leaves the other runs alone', () => {
    const { store, receive, attach, run, firstId } = setup();
    attach();
    receive(ready);
    store.getState().duplicateRun(firstId);
    const other = store.getState().runs[1]!.id;
    receive(configured(firstId));
    receive(configured(other));
    receive(status(firstId, 'training'));
    receive(status(other, 'training'));
    receive(metrics(firstId, [1, 2], [2.3, NaN]));
    receive(status(firstId, 'diverged', 2, said('Loss became NaN at step 2')));
    expect(run()).toMatchObject({ phase: 'diverged', error: said('Loss became NaN at step 2'), divergedAt: 2 });
    expect(run().series.length).toBe(2);
    expect(run(other)).toMatchObject({ phase: 'training', error: null });
  });

  it('does not let a late download progress message revive a page that failed', () => {
    const { store, receive, attach } = setup();
    attach();
    receive(ready);
    receive({ type: 'error', payload: { kind: 'contextLost', message: said('The GPU was lost') } });
    receive({ type: 'dataProgress', payload: { title: 'MNIST', receivedBytes: 1, totalBytes: 2 } });
    expect(store.getState().trainerPhase).toBe('failed');
  });

  it('keeps the first fatal error, and a dying run cannot make the page look alive again', () => {
    const { store, receive, attach, run, firstId } = setup();
    attach();
    receive(ready);
    receive(status(firstId, 'training'));
    receive({ type: 'error', payload: { kind: 'contextLost', message: said('The GPU was lost') } });
    receive({ type: 'error', payload: { kind: 'internal', message: said('texture read failed') } });
    receive(status(firstId, 'paused', 20));
    expect(store.getState()).toMatchObject({ trainerPhase: 'failed', error: said('The GPU was lost') });
    // Stopped by the failure (as the page and its exports say), not by the run's own 'paused'.
    expect(run()).toMatchObject({ phase: 'stopped', error: said('The GPU was lost') });
  });

  it('puts a run’s own error on that run only', () => {
    const { store, receive, attach, run, firstId } = setup();
    attach();
    receive(ready);
    receive({ type: 'error', payload: { kind: 'internal', message: said('kernel failed'), runId: firstId } });
    expect(run().error).toEqual(said('kernel failed'));
    expect(store.getState().error).toBeNull();
  });

  it('drops a run’s previous results when the trainer confirms its new configuration', () => {
    const { receive, attach, run, firstId } = setup();
    attach();
    receive(ready);
    receive(metrics(firstId, [1], [2.3]));
    receive({
      type: 'evaluation',
      payload: { runId: firstId, step: 1, epoch: 0, seconds: 1, testLoss: 2, testAccuracy: 0.1, numTensors: 28 },
    });
    receive(configured(firstId));
    expect(run().series.length).toBe(0);
    expect(run().evaluations).toEqual([]);
  });

  it('imports exported runs as read-only results: in place of runs never trained, else next to them', () => {
    const { store, receive, attach, firstId } = setup();
    attach();
    receive(ready);
    receive(configured(firstId));
    receive(metrics(firstId, [1, 2], [2.3, 2.0]));
    const saved = exportedRunOf(store.getState().runs[0]!);
    const fresh = setup();
    fresh.attach();
    fresh.receive(ready);
    fresh.sent.length = 0;
    expect(fresh.store.getState().importRuns([saved, { ...saved, name: 'Again' }])).toBeNull();
    expect(fresh.sent).toEqual([{ type: 'remove', payload: { runId: fresh.firstId } }]);
    expect(fresh.store.getState().runs.map((r) => [r.name, r.phase, r.series.length])).toEqual([
      ['Run 1', 'imported', 2],
      ['Again', 'imported', 2],
    ]);
    expect(fresh.store.getState().setField('epochs', 3)).toEqual([{ path: '', code: 'runImported', params: {} }]);
    // Next to a trained run: added after it, names kept apart.
    expect(store.getState().importRuns([saved])).toBeNull();
    expect(store.getState().runs.map((r) => [r.name, r.phase])).toEqual([
      ['Run 1', 'ready'],
      ['Run 1 (2)', 'imported'],
    ]);
    const many = Array.from({ length: 7 }, (_, i) => ({ ...saved, name: `r${i}` }));
    expect(store.getState().importRuns(many)).toEqual(sayStore('importTooMany', { max: 8, excess: 1 }));
  });
});
