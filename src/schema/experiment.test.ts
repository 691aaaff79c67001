import { describe, expect, it } from 'vitest';
import { EXPERIMENT_FIELDS, EXPERIMENT_VERSION, defaultExperiment, type ExperimentFieldName } from './experiment';
import { isRelevant } from './fields';
import { problemText } from './problems';
import { parseExperiment, parseVersionedExperiment, toVersioned } from './validate';

describe('defaults', () => {
  it('are the documented training recipe and pass validation', () => {
    const defaults = defaultExperiment();
    // The recipe that reaches ≥ 97% MNIST test accuracy in 2 epochs (checked end to end in e2e/train-mnist.spec.ts).
    expect(defaults).toMatchObject({
      dataset: 'mnist',
      trainingSubset: 'full',
      preprocessing: 'unit',
      architecture: 'mlp',
      hiddenLayers: [256, 128],
      activation: 'relu',
      outputActivation: 'none',
      useBias: true,
      initializer: 'he',
      outputInitializer: 'glorot', // as frameworks leave the output layer
      batchNorm: 'off',
      batchNormEpsilon: 1e-3, // Keras' ε
      optimizer: 'adam',
      learningRate: 0.001,
      beta1: 0.9,
      beta2: 0.999,
      epsilon: 1e-7,
      batchSize: 32,
      epochs: 2,
      seed: 1,
      clipping: 'none',
      schedule: 'warmupCosine',
      warmupSteps: 100,
      minLearningRate: 0,
      dropout: [0],
      l1: 0,
      l2: 0,
      maxNorm: 0,
      earlyStoppingPatience: 0,
      evalEverySteps: 200,
    });
    expect(Object.keys(defaults)).toHaveLength(Object.keys(EXPERIMENT_FIELDS).length);
    expect(parseExperiment(defaults)).toEqual({ ok: true, value: defaults });
  });

  it('hands out a fresh copy each time, so editing one cannot change the defaults', () => {
    const a = defaultExperiment();
    a.hiddenLayers.push(5);
    expect(defaultExperiment().hiddenLayers).toEqual([256, 128]);
  });

  it('every field default passes its own validator', () => {
    for (const [name, field] of Object.entries(EXPERIMENT_FIELDS)) {
      expect(field.schema.safeParse(field.defaultValue).success, name).toBe(true);
    }
  });
});

describe('when a setting applies', () => {
  const shown = (name: ExperimentFieldName, overrides: Record<string, unknown>) =>
    isRelevant(EXPERIMENT_FIELDS[name], { ...defaultExperiment(), ...overrides });

  it('offers the output layer’s initializer always: every model has an output layer', () => {
    expect(shown('outputInitializer', {})).toBe(true);
    expect(shown('outputInitializer', { architecture: 'cnn' })).toBe(true);
  });

  it('shows σ and the variance-scaling settings when the hidden layers or the output layer use them', () => {
    expect(shown('initSigma', {})).toBe(false);
    expect(shown('initSigma', { initializer: 'normal' })).toBe(true);
    expect(shown('initSigma', { outputInitializer: 'normal' })).toBe(true);
    for (const name of ['initScale', 'initMode', 'initDistribution'] as const) {
      expect(shown(name, {}), name).toBe(false);
      expect(shown(name, { initializer: 'varianceScaling' }), name).toBe(true);
      expect(shown(name, { outputInitializer: 'varianceScaling' }), name).toBe(true);
    }
  });

  it('shows batch norm’s ε only with batch norm on', () => {
    expect(shown('batchNormEpsilon', {})).toBe(false);
    expect(shown('batchNormEpsilon', { batchNorm: 'beforeActivation' })).toBe(true);
    expect(shown('batchNormEpsilon', { batchNorm: 'afterActivation' })).toBe(true);
  });
});

describe('rejections name the field', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['unknown dataset', { dataset: 'cifar' }, 'Dataset: must be one of mnist, fashion'],
    ['dataset not a string', { dataset: 3 }, 'Dataset: must be one of mnist, fashion'],
    ['no hidden layer', { hiddenLayers: [] }, 'Hidden layer sizes: needs at least 1 item'],
    ['11 hidden layers', { hiddenLayers: Array(11).fill(8) }, 'Hidden layer sizes: allows at most 10 items'],
    ['too narrow layer', { hiddenLayers: [128, 4] }, 'Hidden layer sizes (item 2): must be between 8 and 1024'],
    ['too wide layer', { hiddenLayers: [2048] }, 'Hidden layer sizes (item 1): must be between 8 and 1024'],
    ['fractional width', { hiddenLayers: [12.5] }, 'Hidden layer sizes (item 1): must be a whole number'],
    ['layers not a list', { hiddenLayers: '128,128' }, 'Hidden layer sizes: must be a list of whole numbers'],
    [
      'unknown activation',
      { activation: 'swish' },
      'Activation: must be one of relu, leakyRelu, elu, selu, sigmoid, tanh, linear',
    ],
    [
      'unknown initializer',
      { initializer: 'orthogonal' },
      'Weight initializer: must be one of he, lecun, glorot, varianceScaling, standardNormal, normal, zeros',
    ],
    [
      'unknown output initializer',
      { outputInitializer: 'orthogonal' },
      'Output-layer initializer: must be one of he, lecun, glorot, varianceScaling, standardNormal, normal, zeros',
    ],
    ['batch-norm ε of 0', { batchNormEpsilon: 0 }, 'Batch norm ε: must be at least 1e-8'],
    ['batch-norm ε above 1', { batchNormEpsilon: 2 }, 'Batch norm ε: must be at most 1'],
    [
      'unknown optimizer',
      { optimizer: 'lbfgs' },
      'Optimizer: must be one of sgd, momentum, nesterov, adagrad, rmsprop, adam, adamax, nadam',
    ],
    ['5 conv blocks', { convFilters: [8, 8, 8, 8, 8] }, 'Conv filters per block: allows at most 4 items'],
    ['too many filters', { convFilters: [512] }, 'Conv filters per block (item 1): must be between 4 and 256'],
    ['kernel 7', { kernelSize: '7' }, 'Kernel size: must be one of 3, 5'],
    ['dropout of 1', { dropout: [1] }, 'Dropout rates (item 1): must be between 0 and 0.95'],
    ['label noise over 100%', { labelNoise: 101 }, 'Label noise (%): must be at most 100'],
    ['biases as text', { useBias: 'yes' }, 'Biases: must be true or false'],
    ['momentum of 1', { momentum: 1 }, 'Momentum β: must be at most 0.9999'],
    ['negative L2', { l2: -0.1 }, 'L2 weight penalty: must be at least 0'],
    ['learning rate 0', { learningRate: 0 }, 'Learning rate: must be at least 0.000001'],
    ['learning rate too high', { learningRate: 11 }, 'Learning rate: must be at most 10'],
    ['learning rate NaN', { learningRate: NaN }, 'Learning rate: must be a number'],
    ['learning rate as text', { learningRate: '0.1' }, 'Learning rate: must be a number'],
    ['batch size 0', { batchSize: 0 }, 'Batch size: must be at least 1'],
    ['batch size fractional', { batchSize: 1.5 }, 'Batch size: must be a whole number'],
    ['batch size too big', { batchSize: 4096 }, 'Batch size: must be at most 1024'],
    ['epochs 0', { epochs: 0 }, 'Epochs: must be at least 1'],
    ['epochs 10,001', { epochs: 10_001 }, 'Epochs: must be at most 10000'],
    ['negative seed', { seed: -1 }, 'Random seed: must be at least 0'],
    ['seed beyond int32', { seed: 2 ** 31 }, 'Random seed: must be at most 2147483647'],
    ['negative eval interval', { evalEverySteps: -5 }, 'Evaluate every (steps): must be at least 0'],
    ['missing field', { seed: undefined }, 'Random seed: is missing'],
  ];

  it.each(cases)('%s', (_name, override, message) => {
    const result = parseExperiment({ ...defaultExperiment(), ...override });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => problemText(p))).toContain(message);
  });

  it('rejects unknown settings instead of silently dropping them', () => {
    const result = parseExperiment({ ...defaultExperiment(), weightDecay: 0.5 });
    expect(result).toEqual({ ok: false, problems: [{ path: 'weightDecay', code: 'unknownSetting', params: {} }] });
    expect(!result.ok && problemText(result.problems[0]!)).toBe('weightDecay: unknown setting');
  });

  it('reports every bad field at once, with its path', () => {
    const result = parseExperiment({ ...defaultExperiment(), batchSize: 0, activation: 'x' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path).sort()).toEqual(['activation', 'batchSize']);
  });
});

describe('impossible combinations are explained, naming the fields', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    [
      'one example with a batch of 32',
      { trainingSubset: 'oneExample' },
      'Batch size: training on one example needs batch size 1 (it is 32)',
    ],
    [
      'fewer examples than a batch',
      { trainingSubset: 'examples', trainingExamples: 10 },
      'Training examples (N): 10 examples cannot fill one batch of 32; use at least 32 or a smaller batch',
    ],
    [
      'piecewise rates that do not match the boundaries',
      { schedule: 'piecewise', scheduleBoundaries: [100, 200], scheduleRates: [0.1, 0.01] },
      'Schedule rates: 2 boundaries need 3 rates, not 2',
    ],
    [
      'piecewise boundaries out of order',
      { schedule: 'piecewise', scheduleBoundaries: [200, 100], scheduleRates: [0.1, 0.01, 0.001] },
      'Schedule boundaries (steps): must increase',
    ],
    [
      'three dropout rates for two hidden layers',
      { dropout: [0.1, 0.2, 0.3] },
      'Dropout rates: give one rate for all hidden layers or one per hidden layer (2), not 3',
    ],
    [
      'MC dropout without dropout',
      { mcDropoutSamples: 10 },
      'MC dropout samples: Monte Carlo dropout needs a dropout rate above 0',
    ],
    [
      'batch norm on a layer the model does not have',
      { batchNorm: 'beforeActivation', batchNormLayers: [1, 3, 4] },
      'Batch-norm layers: the model has 2 hidden layers, so there is no layer 3, 4',
    ],
    [
      'a sigmoid output for regression',
      { task: 'regression', outputActivation: 'sigmoid' },
      'Output layer: a sigmoid output lies in (0, 1) and cannot reach class numbers up to 9 in regression',
    ],
  ];

  it.each(cases)('%s', (_name, override, message) => {
    const result = parseExperiment({ ...defaultExperiment(), ...override });
    expect(result).toEqual({
      ok: false,
      problems: [{ path: expect.any(String), code: expect.any(String), params: expect.any(Object) }],
    });
    expect(result.ok ? [] : result.problems.map((problem) => problemText(problem))).toEqual([message]);
  });

  it('accepts the same settings once they fit together', () => {
    for (const override of [
      { trainingSubset: 'oneExample', batchSize: 1 },
      { trainingSubset: 'examples', trainingExamples: 32 },
      { schedule: 'piecewise', scheduleBoundaries: [100, 200], scheduleRates: [0.1, 0.01, 0.001] },
      { dropout: [0.1, 0.2] },
      { dropout: [0.3], mcDropoutSamples: 10 },
      { batchNorm: 'beforeActivation', batchNormLayers: [2] },
      { architecture: 'cnn', batchNorm: 'afterActivation', batchNormLayers: [3] }, // 2 conv blocks + 1 dense
      { task: 'regression', outputActivation: 'relu' },
    ]) {
      expect(parseExperiment({ ...defaultExperiment(), ...override }).ok, JSON.stringify(override)).toBe(true);
    }
  });
});

describe('versioned configs', () => {
  it('round-trips the current version', () => {
    const config = { ...defaultExperiment(), learningRate: 0.01 };
    expect(parseVersionedExperiment(toVersioned(config))).toEqual({ ok: true, value: config });
  });

  it.each([
    ['not an object', 'hello', 'The experiment must be an object of settings.'],
    ['null', null, 'The experiment must be an object of settings.'],
    ['an array', [1, 2], 'The experiment must be an object of settings.'],
    ['no version', { ...defaultExperiment() }, 'version: missing or not a positive whole number'],
    ['version 0', { ...defaultExperiment(), version: 0 }, 'version: missing or not a positive whole number'],
    [
      'a future version',
      { ...defaultExperiment(), version: EXPERIMENT_VERSION + 1 },
      `version: ${EXPERIMENT_VERSION + 1} was written by a newer playground (this one reads up to ${EXPERIMENT_VERSION})`,
    ],
  ])('rejects %s', (_name, input, message) => {
    const result = parseVersionedExperiment(input);
    expect(result.ok ? [] : result.problems.map((problem) => problemText(problem))).toEqual([message]);
  });
});
