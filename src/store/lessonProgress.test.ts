import { describe, expect, it } from 'vitest';
import { T02 } from '../schema/lessonCatalog';
import { lessonLinkState } from '../schema/lessons';
import { lessonProgress, lessonResults, measuredRunOf, predictionFeedback } from './lessonProgress';
import { createRun, type Run, type RunPhase } from './runState';

/** T02's two runs as the page opens them: sigmoid, then ReLU. */
function t02Runs(): Run[] {
  return lessonLinkState(T02).runs.map((run, i) => createRun(`run-${i}`, run.name, run.colour, run.experiment));
}

/** A run trained through `steps` steps (loss 1 each), with these test accuracies by step. */
function trained(run: Run, steps: number, accuracies: [number, number][], phase: RunPhase = 'training'): Run {
  const stepList = Array.from({ length: steps }, (_, i) => i + 1);
  return {
    ...run,
    phase,
    // Columns longer than `length`, as on the page where they grow in place: only `length` entries count.
    series: {
      steps: [...stepList, 9999],
      losses: [...stepList.map(() => 1), NaN],
      learningRates: [...stepList.map(() => 0.001), 0.001],
      seconds: [...stepList, 9999],
      length: steps,
    },
    evaluations: accuracies.map(([step, testAccuracy]) => ({
      step,
      epoch: 0,
      seconds: step,
      testLoss: 1,
      testAccuracy,
    })),
  };
}

describe('measuredRunOf', () => {
  it('gives the judge each phase as running, finished, diverged or stopped', () => {
    const run = t02Runs()[0]!;
    const statuses = (
      ['setting-up', 'ready', 'training', 'paused', 'finished', 'diverged', 'stopped', 'imported'] as const
    ).map((phase) => measuredRunOf({ ...run, phase }).status);
    expect(statuses).toEqual([
      'running',
      'running',
      'running',
      'running',
      'finished',
      'diverged',
      'stopped',
      'finished',
    ]);
  });

  it('passes the series with its length, the evaluations and where it diverged', () => {
    const run = { ...trained(t02Runs()[0]!, 3, [[2, 0.5]], 'diverged'), divergedAt: 3 };
    expect(measuredRunOf(run)).toEqual({
      series: { steps: run.series.steps, losses: run.series.losses, length: 3 },
      evaluations: run.evaluations,
      status: 'diverged',
      divergedAt: 3,
    });
  });
});

describe('lessonResults', () => {
  it("pairs each of the lesson's run keys with the run at the same place", () => {
    const [sigmoid, relu] = t02Runs();
    const results = lessonResults(T02, [sigmoid!, trained(relu!, 5, [])]);
    expect(Object.keys(results)).toEqual(['sigmoid', 'relu']);
    expect(results.relu!.series.length).toBe(5);
    expect(Object.keys(lessonResults(T02, [sigmoid!]))).toEqual(['sigmoid']);
  });
});

describe('lessonProgress', () => {
  it('is not yet decided before training, and not started', () => {
    const progress = lessonProgress(T02, t02Runs());
    expect(progress).toMatchObject({ modified: false, started: false, judgement: { verdict: 'undecided' } });
  });

  it('holds once both runs are evaluated at step 200 with ReLU far ahead', () => {
    const [sigmoid, relu] = t02Runs();
    const progress = lessonProgress(T02, [
      trained(sigmoid!, 200, [
        [100, 0.11],
        [200, 0.19],
      ]),
      trained(relu!, 200, [
        [100, 0.8],
        [200, 0.89],
      ]),
    ]);
    expect(progress.started).toBe(true);
    expect(progress.judgement?.verdict).toBe('holds');
    expect(progress.judgement?.text).toMatch(/^Holds: ReLU 89\.00% vs Sigmoid 19\.00% test accuracy at step 200/);
  });

  it('does not hold when the sigmoid run ends before step 200', () => {
    const [sigmoid, relu] = t02Runs();
    const progress = lessonProgress(T02, [trained(sigmoid!, 50, [], 'stopped'), trained(relu!, 50, [])]);
    expect(progress.judgement).toMatchObject({ verdict: 'fails', text: expect.stringContaining('Sigmoid ended') });
  });

  it('is modified, with no verdict, once a knob changed, a run was added, removed or the runs reordered', () => {
    const [sigmoid, relu] = t02Runs();
    const changed = { ...relu!, experiment: { ...relu!.experiment, learningRate: 0.01 } };
    for (const runs of [[sigmoid!, changed], [sigmoid!, relu!, relu!], [sigmoid!], [relu!, sigmoid!]]) {
      expect(lessonProgress(T02, runs)).toMatchObject({ modified: true, judgement: null });
    }
    // A new name is no knob: still the lesson.
    expect(lessonProgress(T02, [{ ...sigmoid!, name: 'Logistic' }, relu!]).modified).toBe(false);
  });
});

describe('predictionFeedback', () => {
  const holds = { verdict: 'holds' as const };
  const fails = { verdict: 'fails' as const };
  const undecided = { verdict: 'undecided' as const };

  it('says only what was picked while undecided', () => {
    expect(predictionFeedback(T02, 2, undecided)).toEqual({ kind: 'predicted', picked: 2, answer: 0, matched: null });
    expect(predictionFeedback(T02, null, undecided)).toBeNull();
  });

  it('says whether the measured outcome supports the pick once it holds', () => {
    expect(predictionFeedback(T02, 0, holds)).toEqual({ kind: 'supported', picked: 0, answer: 0, matched: true });
    expect(predictionFeedback(T02, 1, holds)).toEqual({ kind: 'supportsOther', picked: 1, answer: 0, matched: false });
    expect(predictionFeedback(T02, null, holds)).toEqual({ kind: 'noPrediction', answer: 0, matched: null });
  });

  it('claims no answer when the expected outcome did not show up', () => {
    expect(predictionFeedback(T02, 0, fails)).toEqual({ kind: 'notShown', picked: 0, answer: 0, matched: null });
    expect(predictionFeedback(T02, null, fails)).toEqual({ kind: 'notShown', picked: null, answer: 0, matched: null });
  });

  it('ignores a pick that is not one of the choices', () => {
    expect(predictionFeedback(T02, 7, undecided)).toBeNull();
  });
});
