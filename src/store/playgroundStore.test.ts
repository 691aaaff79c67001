import { describe, expect, it } from 'vitest';
import type { FromTrainer, ToTrainer } from '../engine/protocol';
import { defaultExperiment } from '../schema/experiment';
import { createPlaygroundStore } from './playgroundStore';

function setup() {
  const store = createPlaygroundStore();
  const sent: ToTrainer[] = [];
  const receive = (message: FromTrainer) => store.getState().receive(message);
  return { store, sent, receive, attach: () => store.getState().attach((m) => sent.push(m), 'worker') };
}

const mnist = {
  name: 'mnist' as const,
  title: 'MNIST',
  height: 28,
  width: 28,
  classNames: [],
  trainCount: 60000,
  testCount: 10000,
};
const ready: FromTrainer = { type: 'ready', payload: {} };
const configured: FromTrainer = {
  type: 'configured',
  payload: {
    dataset: mnist,
    trainCount: 60000,
    parameterCount: 235146,
    stepsPerEpoch: 1875,
    totalSteps: 3750,
    numTensors: 10,
  },
};
const metrics = (steps: number[], losses: number[]): FromTrainer => ({
  type: 'metrics',
  payload: {
    steps: Int32Array.from(steps),
    losses: Float32Array.from(losses),
    learningRates: Float32Array.from(steps.map(() => 0.001)),
    epoch: 0,
    samplesPerSecond: 2000,
    numTensors: 28,
  },
});

describe('playground store', () => {
  it('configures the trainer once it is up, holding messages until the connection is attached', () => {
    const { store, sent, receive, attach } = setup();
    receive(ready);
    expect(sent).toEqual([]);
    attach();
    expect(sent).toEqual([{ type: 'configure', payload: { experiment: defaultExperiment() } }]);
    receive({ type: 'dataProgress', payload: { receivedBytes: 5, totalBytes: 10 } });
    expect(store.getState().phase).toBe('loading-data');
    receive(configured);
    expect(store.getState().phase).toBe('ready');
    expect(store.getState().dataProgress).toBeNull();
  });

  it('appends losses in order and derives step, epoch and throughput', () => {
    const { store, receive, attach } = setup();
    attach();
    receive(ready);
    receive(configured);
    receive(metrics([1, 2], [2.3, 2.1]));
    receive(metrics([3], [1.9]));
    const state = store.getState();
    expect(state.trainLoss).toEqual({
      steps: [1, 2, 3],
      losses: [expect.closeTo(2.3, 5), expect.closeTo(2.1, 5), expect.closeTo(1.9, 5)],
      learningRates: [expect.closeTo(0.001, 7), expect.closeTo(0.001, 7), expect.closeTo(0.001, 7)],
    });
    expect(state.stats).toMatchObject({
      step: 3,
      epoch: 3 / 1875,
      samplesPerSecond: 2000,
      numTensors: 28,
      totalSteps: 3750,
    });
  });

  it('rejects an invalid setting with the reason and keeps the previous value', () => {
    const { store, sent, attach, receive } = setup();
    attach();
    receive(ready);
    sent.length = 0;
    expect(store.getState().setField('batchSize', 0)).toEqual(['Batch size: must be at least 1']);
    expect(store.getState().experiment.batchSize).toBe(32);
    expect(sent).toEqual([]);
    expect(store.getState().setField('batchSize', 64)).toEqual([]);
    expect(sent).toEqual([{ type: 'configure', payload: { experiment: { ...defaultExperiment(), batchSize: 64 } } }]);
  });

  it('refuses setting changes while training', () => {
    const { store, receive, attach } = setup();
    attach();
    receive(ready);
    receive({ type: 'status', payload: { status: 'training', step: 0 } });
    expect(store.getState().setField('epochs', 3)).toEqual(['Pause training before changing settings.']);
    expect(store.getState().experiment.epochs).toBe(2);
  });

  it('sends train, pause and reset only when they make sense', () => {
    const { store, sent, receive, attach } = setup();
    attach();
    store.getState().train(); // not ready yet
    expect(sent).toEqual([]);
    receive(ready);
    receive(configured);
    sent.length = 0;
    store.getState().pause(); // not training
    store.getState().train();
    receive({ type: 'status', payload: { status: 'training', step: 0 } });
    store.getState().pause();
    store.getState().reset();
    expect(sent.map((m) => m.type)).toEqual(['train', 'pause', 'reset']);
  });

  it('warns once when the loss explodes, and forgets it with the next configuration', () => {
    const { store, receive, attach } = setup();
    attach();
    receive(ready);
    receive(configured);
    receive(metrics([1, 2], [2.3, 3]));
    expect(store.getState().warning).toBeNull();
    receive(metrics([3, 4], [40, 5000]));
    expect(store.getState().warning).toBe(
      'The loss is exploding: 40.0 at step 3, from 2.30 at the start. The learning rate is probably too high (L04): try one ten times smaller.',
    );
    receive(configured);
    expect(store.getState().warning).toBeNull();
  });

  it('shows a normal ending with a message (early stopping) as a notice, a broken run as an error', () => {
    const { store, receive, attach } = setup();
    attach();
    receive(ready);
    receive(configured);
    receive({ type: 'status', payload: { status: 'finished', step: 40, message: 'Early stopping at step 40' } });
    expect(store.getState()).toMatchObject({ phase: 'finished', notice: 'Early stopping at step 40', error: null });
    receive({ type: 'status', payload: { status: 'stopped', step: 41, message: 'Training stopped at step 41: boom' } });
    expect(store.getState()).toMatchObject({ phase: 'stopped', error: 'Training stopped at step 41: boom' });
    // A stopped run keeps its settings open: a change sets up a new run.
    expect(store.getState().setField('epochs', 3)).toEqual([]);
  });

  it('does not let a late download progress message revive a page that failed', () => {
    const { store, receive, attach } = setup();
    attach();
    receive(ready);
    receive({ type: 'error', payload: { kind: 'contextLost', message: 'The GPU was lost' } });
    receive({ type: 'dataProgress', payload: { receivedBytes: 1, totalBytes: 2 } });
    expect(store.getState().phase).toBe('failed');
  });

  it('marks a diverged run with the trainer message', () => {
    const { store, receive, attach } = setup();
    attach();
    receive(ready);
    receive({ type: 'status', payload: { status: 'diverged', step: 12, message: 'Loss became NaN at step 12' } });
    expect(store.getState()).toMatchObject({ phase: 'diverged', error: 'Loss became NaN at step 12' });
  });

  it('keeps the first fatal error, and a dying run cannot make the page look alive again', () => {
    const { store, receive, attach } = setup();
    attach();
    receive(ready);
    receive({ type: 'status', payload: { status: 'training', step: 0 } });
    receive({ type: 'error', payload: { kind: 'contextLost', message: 'The GPU was lost' } });
    receive({ type: 'error', payload: { kind: 'internal', message: 'texture read failed' } });
    receive({ type: 'status', payload: { status: 'paused', step: 20 } });
    expect(store.getState()).toMatchObject({ phase: 'failed', error: 'The GPU was lost' });
  });

  it('drops the previous run when the trainer confirms a new configuration', () => {
    const { store, receive, attach } = setup();
    attach();
    receive(ready);
    receive(metrics([1], [2.3]));
    receive({ type: 'evaluation', payload: { step: 1, epoch: 0, testLoss: 2, testAccuracy: 0.1, numTensors: 28 } });
    receive(configured);
    expect(store.getState().trainLoss.steps).toEqual([]);
    expect(store.getState().evaluations).toEqual([]);
  });
});
