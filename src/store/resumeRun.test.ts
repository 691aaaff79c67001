import { describe, expect, it } from 'vitest';
import type { FromTrainer } from '../protocol/trainerProtocol';
import { defaultExperiment } from '../schema/experiment';
import { exportedRunOf } from './playgroundStore';
import { runsToCsv, runsToJson } from './runExport';
import { createRun, type TrainerState } from './runState';
import { reduceTrainerMessages } from './trainerReducer';

function trainingState(): TrainerState {
  return {
    runs: [{ ...createRun('a', 'A', '#0072b2', defaultExperiment()), phase: 'training' }],
    trainerPhase: 'ready',
    dataProgress: null,
    backend: null,
    thread: 'worker',
    error: null,
    latestPredictRequest: 0,
  };
}

/** The trainer's reports of steps `from`…`to` as one chunk, an evaluation and a health sample every 100th step. */
function trained(from: number, to: number): FromTrainer[] {
  const steps = Int32Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const messages: FromTrainer[] = [
    {
      type: 'metrics',
      payload: {
        runId: 'a',
        steps,
        // A loss that says which step (and which try) it came from.
        losses: Float32Array.from(steps, (step) => 1 / step),
        learningRates: Float32Array.from(steps, () => 0.001),
        seconds: Float64Array.from(steps, (step) => step / 100),
        epoch: 0,
        samplesPerSecond: 1000,
        numTensors: 10,
      },
    },
  ];
  for (const step of steps) {
    if (step % 100 !== 0) continue;
    messages.push({ type: 'health', payload: { runId: 'a', step, layers: [] } });
    messages.push({
      type: 'evaluation',
      payload: { runId: 'a', step, epoch: 0, seconds: step / 100, testLoss: 1, testAccuracy: 0.5, numTensors: 10 },
    });
  }
  return messages;
}

const resumed: FromTrainer = {
  type: 'resumed',
  payload: { runId: 'a', lost: 'webgl', lostAtStep: 812, fromStep: 800, backend: 'wasm' },
};

describe('a run resumed from a checkpoint', () => {
  it('records each step once: what came after the checkpoint is dropped and trained again', () => {
    const { state } = reduceTrainerMessages(trainingState(), [
      ...trained(1, 500),
      ...trained(501, 812),
      resumed,
      ...trained(801, 1000),
    ]);
    const run = state.runs[0]!;
    expect(run.series.steps).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
    expect(run.series.length).toBe(1000);
    expect(run.series.losses).toEqual(Array.from({ length: 1000 }, (_, i) => Math.fround(1 / (i + 1))));
    expect(run.evaluations.map((e) => e.step)).toEqual([100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]);
    expect(run.health.map((h) => h.step)).toEqual([100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]);
    expect(run.stats.step).toBe(1000);
    expect(run.notice).toEqual({
      code: 'messages:trainer.resumed',
      params: { lost: 'WebGL', lostAt: 812, from: 800, backend: 'wasm' },
    });
  });

  it('is cut at the checkpoint the moment it resumes, and a saved file no longer counts for the dropped steps', () => {
    const before = reduceTrainerMessages(trainingState(), trained(1, 812)).state;
    const saved = { ...before, runs: [{ ...before.runs[0]!, saved: { steps: 812, evaluations: 8 } }] };
    const cut = reduceTrainerMessages(saved, [resumed]).state.runs[0]!;
    expect(cut.series.length).toBe(800);
    expect(cut.series.steps.at(-1)).toBe(800);
    expect(cut.evaluations.at(-1)!.step).toBe(800);
    expect(cut.saved).toEqual({ steps: 800, evaluations: 8 });
    expect(cut.stats.step).toBe(800);
    // The run's earlier arrays are left as they were: a chart may still hold them.
    expect(before.runs[0]!.series.steps.length).toBe(812);
  });

  it('starts over when it had no checkpoint yet', () => {
    const { state } = reduceTrainerMessages(trainingState(), [
      ...trained(1, 60),
      { ...resumed, payload: { ...resumed.payload, lostAtStep: 60, fromStep: 0 } },
      ...trained(1, 20),
    ]);
    expect(state.runs[0]!.series.steps).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
});

describe('a run whose trainer failed for good', () => {
  it('is exported as stopped, as the page shows it, not as training', () => {
    const { state } = reduceTrainerMessages(trainingState(), [
      ...trained(1, 40),
      { type: 'error', payload: { kind: 'contextLost', message: { code: 'messages:trainer.contextLost' } } },
      // The run's wind-down after the failure is not reported.
      { type: 'status', payload: { runId: 'a', status: 'paused', step: 40 } },
    ]);
    expect(state.trainerPhase).toBe('failed');
    const run = state.runs[0]!;
    expect(run.phase).toBe('stopped');
    expect(run.error).toEqual({ code: 'messages:trainer.contextLost' });
    const file = JSON.parse(runsToJson([exportedRunOf(run)], '')) as { runs: { status: string }[] };
    expect(file.runs[0]!.status).toBe('stopped');
    expect(runsToCsv([exportedRunOf(run)]).split('\n')).toHaveLength(42); // header, 40 steps, final newline
  });

  it('keeps the status of a run that had finished, and of one never started', () => {
    const finished = { ...trainingState().runs[0]!, id: 'b', phase: 'finished' as const };
    const ready = { ...trainingState().runs[0]!, id: 'c', phase: 'ready' as const };
    const { state } = reduceTrainerMessages({ ...trainingState(), runs: [finished, ready] }, [
      { type: 'error', payload: { kind: 'contextLost', message: { code: 'messages:trainer.contextLost' } } },
    ]);
    expect(state.runs.map((run) => exportedRunOf(run).status)).toEqual(['finished', 'ready']);
  });
});
