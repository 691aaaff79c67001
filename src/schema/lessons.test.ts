import { describe, expect, it } from 'vitest';
import { EXPERIMENT_FIELDS, defaultExperiment, type ExperimentFieldName } from './experiment';
import { D04, T02 } from './lessonCatalog';
import { allFieldsExcept, judge, lessonExperiments, lessonLinkState } from './lessons';
import type { MeasuredRun } from './outcomes';
import { decodeLink, encodeLink } from './urlCodec';
import { RUN_COLOURS, defaultChartView } from './view';

type Evaluation = [step: number, accuracy: number];

/** A run trained to step `steps` with loss 1 at each step and these test accuracies. */
function measured(steps: number, evaluations: Evaluation[], status: MeasuredRun['status'] = 'running'): MeasuredRun {
  return {
    series: { steps: Array.from({ length: steps }, (_, i) => i + 1), losses: Array<number>(steps).fill(1) },
    evaluations: evaluations.map(([step, testAccuracy]) => ({ step, testAccuracy, testLoss: 1 })),
    status,
    divergedAt: null,
  };
}

describe('lessonLinkState', () => {
  it("opens D04's two runs over the lesson's base, with its view and hidden controls", () => {
    const state = lessonLinkState(D04);
    expect(state.runs.map((run) => [run.name, run.colour, run.experiment.batchNorm])).toEqual([
      ['Without batch norm', RUN_COLOURS[0], 'off'],
      ['With batch norm', RUN_COLOURS[1], 'beforeActivation'],
    ]);
    for (const { experiment } of state.runs) {
      expect(experiment).toEqual({
        ...defaultExperiment(),
        hiddenLayers: [256, 256, 256, 256, 256, 256, 256, 256],
        activation: 'relu',
        initializer: 'standardNormal',
        outputInitializer: 'glorot',
        optimizer: 'adam',
        learningRate: 0.001,
        batchSize: 64,
        schedule: 'constant',
        epochs: 1,
        evalEverySteps: 100,
        seed: 1,
        batchNorm: experiment.batchNorm,
      });
    }
    expect(state.view).toEqual({ ...defaultChartView(), metric: 'trainLoss', logScale: true });
    expect(state.hidden).not.toContain('batchNorm');
    expect(state.hidden).toContain('learningRate');
    expect(state.hidden).toHaveLength(Object.keys(EXPERIMENT_FIELDS).length - 3);
  });

  it('gives every run lists of its own, so editing one run leaves the others and the catalog alone', () => {
    const [first, second] = lessonLinkState(D04).runs;
    first!.experiment.hiddenLayers.push(10);
    expect(second!.experiment.hiddenLayers).toHaveLength(8);
    expect(D04.base.hiddenLayers).toHaveLength(8);
    expect(lessonExperiments(D04)[0]!.hiddenLayers).toHaveLength(8);
  });

  it('travels through a link unchanged', () => {
    for (const lesson of [D04, T02]) {
      const state = lessonLinkState(lesson);
      const decoded = decodeLink(encodeLink(state));
      expect(decoded.problems).toEqual([]);
      expect(decoded.state).toEqual(state);
    }
  });
});

describe('allFieldsExcept', () => {
  it('lists every other control in field order', () => {
    const order = Object.keys(EXPERIMENT_FIELDS) as ExperimentFieldName[];
    expect(allFieldsExcept('activation', 'dataset')).toEqual(
      order.filter((name) => name !== 'activation' && name !== 'dataset'),
    );
  });
});

describe('judge: D04, decided at step 400', () => {
  // Seed 2's test accuracies (wasm): level at step 200, 10.4 points apart at step 400.
  const withoutBn: Evaluation[] = [
    [100, 0.616],
    [200, 0.699],
    [300, 0.749],
    [400, 0.761],
  ];
  const withBn: Evaluation[] = [
    [100, 0.28],
    [200, 0.692],
    [300, 0.831],
    [400, 0.865],
  ];

  it('holds with the numbers measured for seed 2 (86.50% vs 76.10% at step 400)', () => {
    const results = { withoutBatchNorm: measured(400, withoutBn), withBatchNorm: measured(400, withBn) };
    expect(judge(D04, results)).toMatchObject({
      verdict: 'holds',
      text: 'Holds: With batch norm 86.50% vs Without batch norm 76.10% test accuracy at step 400: ahead by 10.40 points, at least 5 needed.',
    });
  });

  it('is undecided before step 400, even with a lead already', () => {
    const results = {
      withoutBatchNorm: measured(310, withoutBn.slice(0, 3)),
      withBatchNorm: measured(300, withBn.slice(0, 3)),
    };
    expect(judge(D04, results)).toMatchObject({
      verdict: 'undecided',
      text: 'Not yet decided: test accuracy at step 400 is not measured yet (With batch norm is at step 300, Without batch norm at step 310).',
    });
  });

  it('fails on a smaller lead', () => {
    const results = {
      withoutBatchNorm: measured(400, withoutBn),
      withBatchNorm: measured(400, [...withBn.slice(0, 3), [400, 0.79]]),
    };
    expect(judge(D04, results)).toMatchObject({
      verdict: 'fails',
      text: 'Does not hold in this run: With batch norm 79.00% vs Without batch norm 76.10% test accuracy at step 400: ahead by 2.90 points, at least 5 needed.',
    });
  });
});

describe('judge: T02, decided at step 200', () => {
  const run = (accuracy: number, steps = 200) =>
    measured(
      steps,
      steps >= 200
        ? [
            [100, accuracy / 2],
            [200, accuracy],
          ]
        : [[100, accuracy / 2]],
    );

  it('holds with the e2e test’s figures (ReLU 90.39%, sigmoid 62.31%)', () => {
    expect(judge(T02, { sigmoid: run(0.6231), relu: run(0.9039) })).toMatchObject({
      verdict: 'holds',
      text: 'Holds: ReLU 90.39% vs Sigmoid 62.31% test accuracy at step 200: ahead by 28.08 points, at least 10 needed.',
    });
  });

  it('fails on a lead under 10 points, and is undecided before step 200', () => {
    expect(judge(T02, { sigmoid: run(0.85), relu: run(0.9) })).toMatchObject({
      verdict: 'fails',
      text: 'Does not hold in this run: ReLU 90.00% vs Sigmoid 85.00% test accuracy at step 200: ahead by 5.00 points, at least 10 needed.',
    });
    expect(judge(T02, { sigmoid: run(0.3, 150), relu: run(0.9) })).toMatchObject({
      verdict: 'undecided',
      text: 'Not yet decided: test accuracy at step 200 is not measured yet (ReLU is at step 200, Sigmoid at step 150).',
    });
    expect(judge(T02, {}).verdict).toBe('undecided');
  });
});
