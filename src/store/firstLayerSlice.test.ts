import { describe, expect, it } from 'vitest';
import type { FirstLayerSample, FromTrainer, ToTrainer } from '../protocol/trainerProtocol';
import { defaultLinkState } from '../schema/urlCodec';
import { createPlaygroundStore } from './playgroundStore';

function setup() {
  const store = createPlaygroundStore(defaultLinkState());
  const sent: ToTrainer[] = [];
  store.getState().attach((m) => sent.push(m), 'worker');
  const runId = store.getState().runs[0]!.id;
  const receive = (message: FromTrainer) => store.getState().receive(message);
  receive({ type: 'ready', payload: {} });
  const configured: FromTrainer = {
    type: 'configured',
    payload: {
      runId,
      dataset: {
        name: 'mnist',
        title: 'MNIST',
        height: 28,
        width: 28,
        channels: 1,
        classNames: [],
        trainCount: 1,
        testCount: 1,
      },
      trainCount: 1,
      parameterCount: 1,
      stepsPerEpoch: 1,
      totalSteps: 1,
      numTensors: 1,
    },
  };
  receive(configured);
  sent.length = 0;
  return { store, sent, runId, receive, configured, run: () => store.getState().runs[0]! };
}

const sample = (step: number): FirstLayerSample => ({
  step,
  layer: 'dense 1',
  kind: 'dense',
  units: 1,
  totalUnits: 1,
  tileHeight: 1,
  tileWidth: 2,
  weights: Float32Array.from([step, -step]),
  gradients: Float32Array.from([0, 0]),
});

describe('first-layer state', () => {
  it('keeps only the latest first-layer sample of a run, and a reconfigure clears it', () => {
    const { runId, receive, run, store, configured } = setup();
    receive({ type: 'firstLayer', payload: { runId, ...sample(10) } });
    receive({ type: 'firstLayer', payload: { runId, ...sample(20) } });
    expect(run().firstLayer?.step).toBe(20);
    expect(Array.from(run().firstLayer!.weights)).toEqual([20, -20]);
    store.getState().reset(runId);
    receive(configured);
    expect(run().firstLayer).toBeNull();
  });

  it('asks the trainer for a run’s activations on a digit, and keeps the answer in the run', () => {
    const { runId, receive, run, sent, store } = setup();
    store.getState().requestUnitActivations(runId, { kind: 'test', index: 3 });
    store.getState().requestUnitActivations('no-such-run', { kind: 'test', index: 3 });
    expect(sent).toEqual([
      { type: 'unitActivations', payload: { runId, requestId: 1, digit: { kind: 'test', index: 3 } } },
    ]);
    const answer = {
      requestId: 1,
      step: 5,
      digit: { kind: 'test' as const, index: 3, label: 7 },
      units: 1,
      imageHeight: 1,
      imageWidth: 1,
      image: Float32Array.from([255]),
      mapHeight: 1,
      mapWidth: 1,
      values: Float32Array.from([0.5]),
    };
    receive({ type: 'unitActivations', payload: { runId, ...answer } });
    expect(run().unitActivations).toEqual(answer);
  });

  it('remembers the latest drawing', () => {
    const { store } = setup();
    expect(store.getState().drawnDigit).toBeNull();
    store.getState().rememberDrawing(Uint8Array.from([1, 2]));
    expect(Array.from(store.getState().drawnDigit!)).toEqual([1, 2]);
  });
});
