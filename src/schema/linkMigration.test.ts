import { english } from '../ui/i18n/english';
// Links of older versions: each run is read whole in its own version's terms, migrated, then diffed against run 1.
import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { defaultExperiment, type Experiment } from './experiment';
import { decodeLink as decodeLinkData, encodeLink } from './urlCodec';
import { parseExperiment } from './validate';

/** The link read as an English reader is told about it: its problems in the page's English words. */
const decodeLink = (fragment: string) => {
  const decoded = decodeLinkData(fragment);
  return { ...decoded, problems: decoded.problems.map(english) };
};

/**
 * What v2 meant with nothing set: today's defaults, but the output layer drawn with He like the hidden layers (v2
 * had one initializer for every layer; its batch-norm ε, 1e-3, is today's default).
 */
const v2Defaults = (overrides: Partial<Experiment> = {}): Experiment => ({
  ...defaultExperiment(),
  outputInitializer: 'he',
  ...overrides,
});

/** What v1 meant with nothing set: v2's, but a constant rate (v1 had no schedule). */
const v1Defaults = (overrides: Partial<Experiment> = {}): Experiment =>
  v2Defaults({ schedule: 'constant', ...overrides });

const experiments = (link: string) => decodeLink(link).state.runs.map((run) => run.experiment);

describe('v1 links with several runs', () => {
  it("give a later run the v1 meaning of run 1's settings: ELU's α of 1, not leaky ReLU's 0.2", () => {
    const { state, problems } = decodeLink('#v=1&act=elu&r1.lr=0.1');
    expect(problems).toEqual([]);
    expect(state.runs.map((run) => run.experiment)).toEqual([
      v1Defaults({ activation: 'elu', activationAlpha: 1 }),
      v1Defaults({ activation: 'elu', activationAlpha: 1, learningRate: 0.1 }),
    ]);
  });

  it('keep a hand-set schedule for every run instead of overwriting it with a constant rate', () => {
    expect(experiments('#v=1&sched=exponential&decay=500&r1.lr=0.1&r2.opt=sgd')).toEqual([
      v1Defaults({ schedule: 'exponential', decaySteps: 500 }),
      v1Defaults({ schedule: 'exponential', decaySteps: 500, learningRate: 0.1 }),
      v1Defaults({ schedule: 'exponential', decaySteps: 500, optimizer: 'sgd' }),
    ]);
  });

  it("let a later run's v1 setting change what the migration derives from it", () => {
    expect(experiments('#v=1&r1.act=elu')).toEqual([
      v1Defaults(),
      v1Defaults({ activation: 'elu', activationAlpha: 1 }),
    ]);
    // Back from ELU to leaky ReLU: v1's fixed slope 0.2 again.
    expect(experiments('#v=1&act=elu&r1.act=leakyRelu')).toEqual([
      v1Defaults({ activation: 'elu', activationAlpha: 1 }),
      v1Defaults({ activation: 'leakyRelu', activationAlpha: 0.2 }),
    ]);
    // v1 allowed layers of 1 unit, v2 at least 8.
    expect(experiments('#v=1&layers=4,300&r1.layers=2')).toEqual([
      v1Defaults({ hiddenLayers: [8, 300] }),
      v1Defaults({ hiddenLayers: [8] }),
    ]);
  });

  it('read a run as run 1 with its own settings applied, in v1 terms', () => {
    // Whatever v1 settings run 1 and run 2 hold, run 2 decodes as the one-run link of both merged would.
    const v1Setting = fc.oneof(
      fc.constantFrom('relu', 'leakyRelu', 'elu').map((v) => ['act', v] as const),
      fc.constantFrom('he', 'glorot').map((v) => ['init', v] as const),
      fc.constantFrom('sgd', 'momentum', 'adam').map((v) => ['opt', v] as const),
      fc
        .array(fc.integer({ min: 1, max: 1024 }), { minLength: 1, maxLength: 4 })
        .map((v) => ['layers', v.join(',')] as const),
      fc.constantFrom('0.1', '0.01', '1e-3').map((v) => ['lr', v] as const),
      fc.integer({ min: 1, max: 1024 }).map((v) => ['batch', String(v)] as const),
    );
    const settings = fc.array(v1Setting, { maxLength: 5 });
    fc.assert(
      fc.property(settings, settings, (first, second) => {
        const run1 = first.map(([k, v]) => `${k}=${v}`);
        const run2 = second.map(([k, v]) => `r1.${k}=${v}`);
        const merged = new Map([...first, ...second]);
        const alone = [...merged].map(([k, v]) => `${k}=${v}`);
        const [, run2Experiment] = experiments(['v=1', ...run1, 'r1.name=B', ...run2].join('&'));
        expect(run2Experiment).toEqual(experiments(['v=1', ...alone].join('&'))[0]);
      }),
      { numRuns: 300 },
    );
  });

  it('report a bad v1 value once, by name, and keep its v1 meaning', () => {
    const bad = decodeLink('#v=1&lr=fast&sched=sometimes&r1.act=elu');
    expect(bad.problems).toEqual([
      'Learning rate: “fast” must be a number; kept 0.001.',
      'Learning-rate schedule: “sometimes” must be one of constant, piecewise, exponential, perStep, power, plateau, warmupCosine; kept constant.',
    ]);
    expect(bad.state.runs.map((run) => run.experiment)).toEqual([
      v1Defaults(),
      v1Defaults({ activation: 'elu', activationAlpha: 1 }),
    ]);
    expect(decodeLink('#v=1&lr=0.01&r1.lr=fast').problems).toEqual([
      'Run 2, Learning rate: “fast” must be a number; kept 0.01.',
    ]);
  });

  it('undo an impossible combination back to its v1 meaning', () => {
    const { state, problems } = decodeLink('#v=1&subset=oneExample&r1.lr=0.1');
    expect(problems).toEqual([
      "Batch size: training on one example needs batch size 1 (it is 32); so the link's training set was not applied (kept full).",
    ]);
    expect(state.runs.map((run) => run.experiment)).toEqual([v1Defaults(), v1Defaults({ learningRate: 0.1 })]);
  });

  it("give each run's output layer that run's own v1 initializer", () => {
    expect(experiments('#v=1&init=glorot&r1.init=he&r2.lr=0.1')).toEqual([
      v1Defaults({ initializer: 'glorot', outputInitializer: 'glorot' }),
      v1Defaults({ initializer: 'he', outputInitializer: 'he' }),
      v1Defaults({ initializer: 'glorot', outputInitializer: 'glorot', learningRate: 0.1 }),
    ]);
  });

  it('read the same packed (z=…) as readable', () => {
    const readable = 'v=1&act=elu&r1.name=B&r1.lr=0.1';
    const packed = decodeLink(`#z=${LZString.compressToEncodedURIComponent(readable)}`);
    expect(packed).toEqual(decodeLink(readable));
    expect(packed.state.runs[1]!.experiment.activationAlpha).toBe(1);
  });

  it('re-encode as the current version, which reopens the same runs', () => {
    const decoded = decodeLink('#v=1&act=elu&r1.lr=0.1');
    const link = encodeLink(decoded.state);
    // What v1 left implicit is now written: ELU's α, the output layer's He and the constant rate; run 2 differs only
    // in its rate.
    expect(link).toBe('v=3&act=elu&alpha=1&oinit=he&sched=constant&r1.name=Run+2&r1.lr=0.1');
    expect(decodeLink(link)).toEqual(decoded);
  });

  it('open random v1 links of real keys and junk values as valid runs', () => {
    const keys = ['act', 'alpha', 'layers', 'lr', 'batch', 'sched', 'subset', 'bn', 'bnlayers', 'drop', 'foo'];
    const pair = fc.tuple(
      fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
      fc.constantFrom(...keys),
      fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('elu', 'oneExample', '4,300', '1,2,3', '0.5', 'step')),
    );
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 12 }), (pairs) => {
        const link = pairs.map(([run, k, v]) => `${run ? `r${run}.` : ''}${k}=${encodeURIComponent(v)}`);
        for (const experiment of experiments(['v=1', ...link].join('&'))) {
          expect(parseExperiment(experiment).ok).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('v2 links with several runs', () => {
  it("draw each run's output layer with that run's own hidden initializer, as v2 did", () => {
    const { state, problems } = decodeLink('#v=2&init=standardNormal&bn=beforeActivation&r1.init=glorot&r2.lr=0.1');
    expect(problems).toEqual([]);
    const normalWithBatchNorm = { initializer: 'standardNormal', batchNorm: 'beforeActivation' } as const;
    expect(state.runs.map((run) => run.experiment)).toEqual([
      v2Defaults({ ...normalWithBatchNorm, outputInitializer: 'standardNormal', batchNormEpsilon: 1e-3 }),
      v2Defaults({ ...normalWithBatchNorm, initializer: 'glorot', outputInitializer: 'glorot' }),
      v2Defaults({ ...normalWithBatchNorm, outputInitializer: 'standardNormal', learningRate: 0.1 }),
    ]);
  });

  it('keep the keys a hand-edited v2 link borrows from v3', () => {
    expect(experiments('#v=2&init=standardNormal&oinit=glorot&bneps=0.00001&r1.init=lecun')).toEqual([
      v2Defaults({ initializer: 'standardNormal', outputInitializer: 'glorot', batchNormEpsilon: 1e-5 }),
      v2Defaults({ initializer: 'lecun', outputInitializer: 'glorot', batchNormEpsilon: 1e-5 }),
    ]);
  });

  it('keep the output layer on a later run’s hidden initializer, whatever run 1 and run 2 hold', () => {
    const initializers = fc.constantFrom(
      'he',
      'lecun',
      'glorot',
      'varianceScaling',
      'standardNormal',
      'normal',
      'zeros',
    );
    fc.assert(
      fc.property(fc.option(initializers, { nil: undefined }), initializers, (first, second) => {
        const link = `#v=2${first ? `&init=${first}` : ''}&r1.init=${second}`;
        for (const experiment of experiments(link)) {
          expect(experiment.outputInitializer).toBe(experiment.initializer);
        }
      }),
    );
  });

  it('re-encode as v3, writing the output layer’s initializer only where v3’s Glorot would change it', () => {
    expect(encodeLink(decodeLink('#v=2').state)).toBe('v=3&oinit=he');
    const glorot = decodeLink('#v=2&init=glorot&r1.init=normal&r1.isigma=0.1');
    const link = encodeLink(glorot.state);
    expect(link).toBe('v=3&init=glorot&r1.name=Run+2&r1.init=normal&r1.oinit=normal&r1.isigma=0.1');
    expect(decodeLink(link)).toEqual(glorot);
  });
});

describe('a link without a version', () => {
  it('is read as the current version, as hand-edited links are written', () => {
    expect(experiments('#act=elu&r1.lr=0.1')).toEqual([
      { ...defaultExperiment(), activation: 'elu' },
      { ...defaultExperiment(), activation: 'elu', learningRate: 0.1 },
    ]);
  });
});
