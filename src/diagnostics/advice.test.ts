import { describe, expect, it } from 'vitest';
import { createCatalog } from '../ui/i18n/catalog';
import { english } from '../ui/i18n/english';
import { sayMessage } from '../ui/i18n/say';
import { always, REMEDIES, tryRemedies, type Remedy } from './advice';
import type { HealthSample, LayerHealth } from './health';
import { nonFiniteVerdict } from './healthVerdicts';
import { l12Pattern } from './lossVerdicts';
import type { Verdict, VerdictInput, VerdictSettings } from './verdict';
import { verdictsFor } from './verdicts';
import { say } from './verdictWords';

const base: VerdictSettings = {
  activation: 'relu',
  initializer: 'he',
  batchNorm: 'off',
  trainingSubset: 'full',
  optimizer: 'adam',
  learningRate: 1e-3,
  batchSize: 32,
  clipping: 'none',
  l2: 0,
  earlyStoppingPatience: 0,
  dropout: [0],
};

function layer(name: string, overrides: Partial<LayerHealth>): LayerHealth {
  return {
    name,
    gradientNorm: 0.5,
    weightNorm: 10,
    updateRatio: 1e-3,
    activationMean: 0.5,
    activationStd: 1,
    deadFraction: name === 'output' ? null : 0.1,
    saturatedFraction: null,
    nonFinite: [],
    activationHistogram: { min: 0, max: 0, counts: [] },
    weightHistogram: { min: 0, max: 0, counts: [] },
    ...overrides,
  };
}

/** Health samples at steps 100, 200, …, each a list of per-layer overrides (the last layer is the output). */
const health = (...samples: Partial<LayerHealth>[][]): HealthSample[] =>
  samples.map((layers, s) => ({
    step: (s + 1) * 100,
    layers: layers.map((o, i) => layer(i === layers.length - 1 ? 'output' : `dense ${i + 1}`, o)),
  }));

/** The verdicts of a short, falling run with these settings and health samples. */
function verdicts(settings: VerdictSettings, samples: HealthSample[]): Verdict[] {
  const steps = Array.from({ length: 50 }, (_, i) => i + 1);
  const input: VerdictInput = {
    settings,
    training: { steps, losses: steps.map((s) => 2.3 * Math.exp(-s / 20) + 0.1), length: 50 },
    evaluations: [],
    health: samples,
    divergedAt: null,
    stepsPerEpoch: 1875,
  };
  return verdictsFor(input);
}

const evaluations = (test: number[]) =>
  test.map((testLoss, i) => ({ step: (i + 1) * 100, testLoss, testAccuracy: 0.9 }));

/** Each rule that gives advice, with streams that make it fire (given settings it applies to). */
const TRIGGERS = {
  nonFinite: (s: VerdictSettings) => [nonFiniteVerdict(s, 2, NaN, null)],
  explodingGradients: (s: VerdictSettings) =>
    verdicts(s, health(...[1, 2, 3].map(() => [5, 1, 0.02].map((gradientNorm) => ({ gradientNorm }))))),
  vanishingGradients: (s: VerdictSettings) =>
    verdicts(
      s,
      health(
        ...[1, 2, 3].map(() =>
          [0.01, 0.1, 0.5, 1].map((gradientNorm, i) => ({ gradientNorm, weightNorm: [20, 5, 5, 2][i] })),
        ),
      ),
    ),
  deadRelus: (s: VerdictSettings) =>
    verdicts(s, health(...[0.1, 0.55, 0.62].map((f) => [{}, { deadFraction: f }, {}]))),
  saturated: (s: VerdictSettings) => verdicts(s, health(...[1, 2].map(() => [{ saturatedFraction: 0.7 }, {}]))),
  // The training loss falls while the test loss has not beaten its best (step 500) for 5 evaluations.
  overfitting: (s: VerdictSettings) => [
    l12Pattern(
      { settings: s, evaluations: evaluations([0.5, 0.4, 0.33, 0.3, 0.29, 0.3, 0.32, 0.35, 0.38, 0.42]) },
      [0.0588, 0.0412, 0.0288, 0.0202],
      4,
      2.3,
      false,
    ),
  ],
  // Both flat at 65% of the starting loss.
  stuck: (s: VerdictSettings) => [
    l12Pattern(
      { settings: s, evaluations: evaluations(new Array<number>(10).fill(1.5)) },
      [1.5, 1.5, 1.5, 1.5],
      0,
      2.3,
      false,
    ),
  ],
} satisfies Record<string, (s: VerdictSettings) => (Verdict | null)[]>;

type Kind = keyof typeof TRIGGERS;

/** The one verdict of this kind for a run with these settings (on top of the base settings). */
function advice(kind: Kind, settings: Partial<VerdictSettings>): string {
  const found = TRIGGERS[kind]({ ...base, ...settings }).filter((v) => v?.kind === kind);
  expect(found).toHaveLength(1);
  return english(found[0]!.tryThis);
}

/** A remedy and settings that hold it. */
const has = (remedy: Remedy, withIt: Partial<VerdictSettings>) => ({ text: english(remedy.text), withIt });

/** What a "Try …" sentence lists, e.g. ['batch norm'] from "Try batch norm; gradient clipping …". */
function suggestions(tryThis: string): string[] {
  const list = /\b[Tt]ry (.*?)(?:;| \([A-Z]\d\d|\.$)/.exec(tryThis)?.[1] ?? '';
  return list.split(/,? or |, /);
}

describe('tryRemedies, as a reader reads it', () => {
  const remedy = (text: Remedy['text'], had: boolean): Remedy => ({ text, has: () => had });
  const [a, b, c, d] = [say('remedy.dropout'), say('remedy.l2'), say('remedy.moreData'), say('remedy.earlyStopping')];
  const nothing = say('units.tryRelu');
  const tryFirst = (n: number) =>
    english(
      tryRemedies(
        base,
        [a, b, c, d].slice(0, n).map((text) => remedy(text, false)),
        { otherwise: nothing },
      ),
    );

  it('joins one, two, three or four items as an English sentence does, with the serial comma', () => {
    expect(tryFirst(1)).toBe('Try dropout.');
    expect(tryFirst(2)).toBe('Try dropout or L2 weight decay.');
    expect(tryFirst(3)).toBe('Try dropout, L2 weight decay, or more training data.');
    expect(tryFirst(4)).toBe('Try dropout, L2 weight decay, more training data, or early stopping.');
  });

  it('joins them as Chinese does in Chinese', () => {
    const chinese = createCatalog('zh-CN');
    const three = tryRemedies(
      base,
      [a, b, c].map((text) => remedy(text, false)),
      { otherwise: nothing },
    );
    expect(sayMessage(chinese, three)).toBe('试试Dropout、L2 权重衰减或更多训练数据。');
  });

  it('leave out what the run has, keep the order, and put the tail before the full stop', () => {
    const remedies = [remedy(a, false), remedy(b, true), remedy(c, false), always(d)];
    expect(english(tryRemedies(base, remedies, { tail: say('try.tailL12'), otherwise: nothing }))).toBe(
      'Try dropout, more training data, or early stopping (L12).',
    );
    expect(english(tryRemedies(base, remedies.slice(0, 2), { otherwise: nothing }))).toBe('Try dropout.');
  });

  it('say the otherwise sentence when the run has every remedy, never an empty "Try ."', () => {
    const all = [remedy(a, true), remedy(b, true)];
    expect(english(tryRemedies(base, all, { tail: say('try.tailL12'), otherwise: nothing }))).toBe(
      'Try ReLU (activation).',
    );
    expect(english(tryRemedies(base, [], { otherwise: nothing }))).toBe('Try ReLU (activation).');
  });
});

describe('every verdict’s advice fits the run', () => {
  it('does not tell a sigmoid run with He init to try He init', () => {
    expect(advice('vanishingGradients', { activation: 'sigmoid', initializer: 'glorot' })).toBe(
      'Try ReLU (activation) or He init (initializer).',
    );
    expect(advice('vanishingGradients', { activation: 'sigmoid', initializer: 'he' })).toBe('Try ReLU (activation).');
  });

  // For each rule, a setting that holds each remedy it may suggest.
  const cases: { kind: Kind; without: Partial<VerdictSettings>; text: string; withIt: Partial<VerdictSettings> }[] = [
    { kind: 'explodingGradients', without: { initializer: 'glorot' }, ...has(REMEDIES.heInit, { initializer: 'he' }) },
    {
      kind: 'explodingGradients',
      without: { initializer: 'glorot' },
      ...has(REMEDIES.batchNorm, { batchNorm: 'beforeActivation' }),
    },
    { kind: 'vanishingGradients', without: { initializer: 'glorot' }, ...has(REMEDIES.heInit, { initializer: 'he' }) },
    {
      kind: 'vanishingGradients',
      without: { initializer: 'glorot' },
      ...has(REMEDIES.batchNorm, { batchNorm: 'afterActivation' }),
    },
    {
      kind: 'vanishingGradients',
      without: { activation: 'tanh', initializer: 'glorot' },
      ...has(REMEDIES.heInit, { initializer: 'he' }),
    },
    { kind: 'saturated', without: { activation: 'tanh' }, ...has(REMEDIES.glorotInit, { initializer: 'glorot' }) },
    {
      kind: 'saturated',
      without: { activation: 'sigmoid' },
      ...has(REMEDIES.batchNorm, { batchNorm: 'afterActivation' }),
    },
    { kind: 'overfitting', without: { trainingSubset: 'examples' }, ...has(REMEDIES.dropout, { dropout: [0.2] }) },
    { kind: 'overfitting', without: { trainingSubset: 'examples' }, ...has(REMEDIES.l2, { l2: 1e-4 }) },
    {
      kind: 'overfitting',
      without: { trainingSubset: 'examples' },
      ...has(REMEDIES.moreData, { trainingSubset: 'full' }),
    },
    {
      kind: 'overfitting',
      without: { trainingSubset: 'examples' },
      ...has(REMEDIES.earlyStopping, { earlyStoppingPatience: 10 }),
    },
    { kind: 'stuck', without: {}, ...has(REMEDIES.smallerBatch, { batchSize: 1 }) },
  ];

  it.each(cases)('$kind suggests $text only to a run without it', ({ kind, without, text, withIt }) => {
    expect(suggestions(advice(kind, without))).toContain(text);
    expect(suggestions(advice(kind, { ...without, ...withIt }))).not.toContain(text);
  });

  it('stays grammatical with four, three, two and one suggestions', () => {
    const regularize = (s: Partial<VerdictSettings>) => advice('overfitting', { trainingSubset: 'examples', ...s });
    expect(regularize({})).toBe('Try dropout, L2 weight decay, more training data, or early stopping (M05, L07).');
    expect(regularize({ dropout: [0.5] })).toBe(
      'Try L2 weight decay, more training data, or early stopping (M05, L07).',
    );
    expect(regularize({ dropout: [0.5], l2: 1e-4 })).toBe('Try more training data or early stopping (M05, L07).');
    expect(regularize({ dropout: [0.5], l2: 1e-4, trainingSubset: 'full' })).toBe('Try early stopping (M05, L07).');
    expect(advice('saturated', { activation: 'tanh' })).toBe(
      'Try ReLU (activation), Glorot init (initializer), or batch norm.',
    );
    expect(advice('stuck', {})).toBe('Try a lower learning rate or a smaller batch (L12).');
    expect(advice('stuck', { batchSize: 1 })).toBe('Try a lower learning rate (L12).');
  });

  it('says what else to try when the run has every remedy', () => {
    expect(advice('explodingGradients', { batchNorm: 'beforeActivation' })).toBe(
      'He init and batch norm are on already: try a learning rate 10× smaller (0.0001); gradient clipping stops ' +
        'the explosion but only hides its cause (L09).',
    );
    expect(advice('explodingGradients', { initializer: 'glorot', clipping: 'norm' })).toBe(
      "Try He init (initializer) or batch norm; this run's gradient clipping stops the explosion but only hides " +
        'its cause (L09).',
    );
    expect(advice('vanishingGradients', { batchNorm: 'afterActivation' })).toBe(
      'He init and batch norm are on already: try fewer layers; the gradient shrinks through each (T02).',
    );
    expect(advice('overfitting', { dropout: [0.5], l2: 1e-4, earlyStoppingPatience: 5 })).toBe(
      'The run already has dropout, L2 weight decay, early stopping and all the training data: try a higher ' +
        'dropout rate or L2 penalty, or a smaller network (M05, L07).',
    );
  });

  // Whether each rule consults the remedies' `has` at all; the cases above check each `has` itself.
  it('never suggests a remedy the run has, nor says an empty "Try", for any mix of the settings it reads', () => {
    const grid = {
      activation: ['relu', 'leakyRelu', 'sigmoid', 'tanh'],
      initializer: ['he', 'glorot', 'standardNormal'],
      batchNorm: ['off', 'beforeActivation'],
      dropout: [[0], [0.3]],
      l2: [0, 1e-4],
      earlyStoppingPatience: [0, 5],
      trainingSubset: ['full', 'examples'],
      batchSize: [1, 32],
    } as const satisfies { [K in keyof VerdictSettings]?: readonly VerdictSettings[K][] };
    let runs: VerdictSettings[] = [base];
    for (const [key, values] of Object.entries(grid) as [string, readonly unknown[]][])
      runs = runs.flatMap((run) => values.map((value) => ({ ...run, [key]: value }) as VerdictSettings));
    let checked = 0;
    const chinese = createCatalog('zh-CN');
    for (const settings of runs) {
      const had = Object.values(REMEDIES as Record<string, Remedy>)
        .filter((remedy) => remedy.has(settings))
        .map((remedy) => english(remedy.text));
      for (const trigger of Object.values(TRIGGERS)) {
        for (const verdict of trigger(settings)) {
          if (!verdict) continue;
          checked++;
          const tryThis = english(verdict.tryThis);
          // Every sentence of the verdict is in the Chinese catalog too, every value filled in.
          for (const part of [verdict.title, verdict.message, verdict.tryThis])
            expect(sayMessage(chinese, part)).not.toMatch(/\{\{|diagnostics:|[A-Za-z]+\.[a-z]+[A-Z]/);
          expect(tryThis).toMatch(/^[A-Z].*\S\.$/);
          expect(tryThis).not.toMatch(/\b[Tt]ry *[.;(]/);
          for (const text of had) expect(suggestions(tryThis), tryThis).not.toContain(text);
        }
      }
    }
    expect(checked).toBeGreaterThan(runs.length * 4);
  });

  it('leaves N(0,1) init without batch norm to the NaN verdict’s own advice, and the learning rate otherwise', () => {
    expect(advice('nonFinite', { initializer: 'standardNormal' })).toBe('Try He init, or batch norm.');
    expect(advice('nonFinite', { initializer: 'he' })).toBe('Try a learning rate 10× smaller (0.0001).');
    expect(advice('nonFinite', { initializer: 'standardNormal', batchNorm: 'beforeActivation' })).toBe(
      'Try a learning rate 10× smaller (0.0001).',
    );
  });
});
