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
        evalEverySteps: 200,
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

describe('judge: D04, decided at the epoch’s end (step 937)', () => {
  const evaluations = (last: number): Evaluation[] => [
    [200, 0.5],
    [400, 0.6],
    [600, 0.7],
    [800, 0.75],
    [937, last],
  ];

  it('holds with the numbers measured here (92.59% vs 83.23%)', () => {
    const results = {
      withoutBatchNorm: measured(937, evaluations(0.8323), 'finished'),
      withBatchNorm: measured(937, evaluations(0.9259), 'finished'),
    };
    expect(judge(D04, results)).toEqual({
      verdict: 'holds',
      text: 'Holds: With batch norm 92.59% vs Without batch norm 83.23% test accuracy at step 937: ahead by 9.36 points, at least 5 needed.',
    });
  });

  it('is undecided before the last evaluation, even with a lead already', () => {
    const results = {
      withoutBatchNorm: measured(580, [
        [200, 0.3],
        [400, 0.4],
      ]),
      withBatchNorm: measured(600, [
        [200, 0.8],
        [400, 0.9],
        [600, 0.92],
      ]),
    };
    expect(judge(D04, results)).toEqual({
      verdict: 'undecided',
      text: 'Not yet decided: test accuracy at step 937 is not measured yet (With batch norm is at step 600, Without batch norm at step 580).',
    });
  });

  it('fails on a smaller lead', () => {
    const results = {
      withoutBatchNorm: measured(937, evaluations(0.8323), 'finished'),
      withBatchNorm: measured(937, evaluations(0.86), 'finished'),
    };
    expect(judge(D04, results)).toEqual({
      verdict: 'fails',
      text: 'Does not hold in this run: With batch norm 86.00% vs Without batch norm 83.23% test accuracy at step 937: ahead by 2.77 points, at least 5 needed.',
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
    expect(judge(T02, { sigmoid: run(0.6231), relu: run(0.9039) })).toEqual({
      verdict: 'holds',
      text: 'Holds: ReLU 90.39% vs Sigmoid 62.31% test accuracy at step 200: ahead by 28.08 points, at least 10 needed.',
    });
  });

  it('fails on a lead under 10 points, and is undecided before step 200', () => {
    expect(judge(T02, { sigmoid: run(0.85), relu: run(0.9) })).toEqual({
      verdict: 'fails',
      text: 'Does not hold in this run: ReLU 90.00% vs Sigmoid 85.00% test accuracy at step 200: ahead by 5.00 points, at least 10 needed.',
    });
    expect(judge(T02, { sigmoid: run(0.3, 150), relu: run(0.9) })).toEqual({
      verdict: 'undecided',
      text: 'Not yet decided: test accuracy at step 200 is not measured yet (ReLU is at step 200, Sigmoid at step 150).',
    });
    expect(judge(T02, {}).verdict).toBe('undecided');
  });
});
