import { describe, expect, it } from 'vitest';
import type { FromTrainer } from '../protocol/trainerProtocol';
import { defaultExperiment } from '../schema/experiment';
import { createRun, type TrainerState } from './runState';
import { reduceTrainerMessage, reduceTrainerMessages } from './trainerReducer';

function state(runs = [createRun('a', 'A', '#0072b2', defaultExperiment())]): TrainerState {
  return {
    runs,
    trainerPhase: 'loading-data',
    dataProgress: null,
    backend: null,
    thread: 'worker',
    error: null,
    latestPredictRequest: 0,
  };
}

const status = (s: 'idle' | 'training' | 'paused' | 'stopped', step = 0): FromTrainer => ({
  type: 'status',
  payload: { runId: 'a', status: s, step },
});

describe('the trainer-message reducer', () => {
  it('leaves the state it is given alone and returns a new one', () => {
    const before = state();
    const frozen = JSON.stringify(before);
    const { state: after, send } = reduceTrainerMessage(before, { type: 'ready', payload: {} });
    expect(JSON.stringify(before)).toBe(frozen);
    expect(after).not.toBe(before);
    expect(send).toEqual([{ type: 'configure', payload: { runId: 'a', experiment: before.runs[0]!.experiment } }]);
  });

  it('answers a remembered Train with a train message once the run is set up, and clears it when training', () => {
    const waiting = state([{ ...createRun('a', 'A', '#0072b2', defaultExperiment()), request: 'train' }]);
    const configured: FromTrainer = {
      type: 'configured',
      payload: {
        runId: 'a',
        dataset: {
          name: 'mnist',
          title: 'MNIST',
          height: 28,
          width: 28,
          channels: 1,
          classNames: [],
          trainCount: 60000,
          testCount: 10000,
        },
        trainCount: 60000,
        parameterCount: 10,
        stepsPerEpoch: 1875,
        totalSteps: 3750,
        numTensors: 4,
      },
    };
    const { state: after, send } = reduceTrainerMessages(waiting, [configured, status('idle')]);
    expect(send).toEqual([{ type: 'train', payload: { runId: 'a' } }]);
    expect(after.runs[0]).toMatchObject({ phase: 'ready', request: 'train' });
    expect(after.trainerPhase).toBe('ready');
    const training = reduceTrainerMessage(after, status('training')).state;
    expect(training.runs[0]).toMatchObject({ phase: 'training', request: null });
  });

  it('keeps a pause request until the run reports paused, and a stop until it has stopped', () => {
    const pausing = state([{ ...createRun('a', 'A', '#0072b2', defaultExperiment()), request: 'pause' }]);
    expect(reduceTrainerMessage(pausing, status('training')).state.runs[0]!.request).toBe('pause');
    expect(reduceTrainerMessage(pausing, status('paused', 40)).state.runs[0]!.request).toBeNull();
    const stopping = state([
      { ...createRun('a', 'A', '#0072b2', defaultExperiment()), request: 'stop', stopAsked: true },
    ]);
    expect(reduceTrainerMessage(stopping, status('paused', 40)).state.runs[0]!.request).toBe('stop');
    const stopped = reduceTrainerMessage(stopping, {
      type: 'status',
      payload: { runId: 'a', status: 'stopped', step: 40, message: { code: 'Stopped at step 40, as asked.' } },
    }).state.runs[0]!;
    expect(stopped).toMatchObject({
      phase: 'stopped',
      request: null,
      notice: { code: 'Stopped at step 40, as asked.' },
    });
    expect(stopped.error).toBeNull();
  });

  it('drops every waiting request when the trainer fails for good, so no button says Pausing… for ever', () => {
    const pausing = state([{ ...createRun('a', 'A', '#0072b2', defaultExperiment()), request: 'pause' }]);
    const failed = reduceTrainerMessage(pausing, {
      type: 'error',
      payload: { kind: 'contextLost', message: { code: 'The GPU was lost.' } },
    }).state;
    expect(failed).toMatchObject({ trainerPhase: 'failed', error: { code: 'The GPU was lost.' } });
    expect(failed.runs[0]!.request).toBeNull();
  });

  it('ignores messages about runs it does not know', () => {
    const before = state();
    expect(
      reduceTrainerMessage(before, { type: 'status', payload: { runId: 'gone', status: 'training', step: 0 } }).state,
    ).toBe(before);
  });
});
