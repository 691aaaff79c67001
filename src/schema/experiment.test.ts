import { describe, expect, it } from 'vitest';
import { EXPERIMENT_FIELDS, EXPERIMENT_VERSION, defaultExperiment } from './experiment';
import { parseExperiment, parseVersionedExperiment, toVersioned } from './validate';

describe('defaults', () => {
  it('are the documented training recipe and pass validation', () => {
    const defaults = defaultExperiment();
    expect(defaults).toEqual({
      dataset: 'mnist',
      hiddenLayers: [256, 128],
      activation: 'relu',
      initializer: 'he',
      optimizer: 'adam',
      learningRate: 0.001,
      batchSize: 32,
      epochs: 2,
      seed: 1,
      evalEverySteps: 200,
    });
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

describe('rejections name the field', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['unknown dataset', { dataset: 'cifar' }, 'Dataset: must be one of mnist'],
    ['dataset not a string', { dataset: 3 }, 'Dataset: must be one of mnist'],
    ['no hidden layer', { hiddenLayers: [] }, 'Hidden layer sizes: needs at least 1 item'],
    ['11 hidden layers', { hiddenLayers: Array(11).fill(8) }, 'Hidden layer sizes: allows at most 10 items'],
    ['zero-width layer', { hiddenLayers: [128, 0] }, 'Hidden layer sizes (item 2): must be between 1 and 1024'],
    ['too wide layer', { hiddenLayers: [2048] }, 'Hidden layer sizes (item 1): must be between 1 and 1024'],
    ['fractional width', { hiddenLayers: [12.5] }, 'Hidden layer sizes (item 1): must be a whole number'],
    ['layers not a list', { hiddenLayers: '128,128' }, 'Hidden layer sizes: must be a list of whole numbers'],
    ['unknown activation', { activation: 'swish' }, 'Activation: must be one of relu, leakyRelu, elu'],
    ['unknown initializer', { initializer: 'orthogonal' }, 'Weight initializer: must be one of he, glorot'],
    ['unknown optimizer', { optimizer: 'lbfgs' }, 'Optimizer: must be one of sgd, momentum, adam'],
    ['learning rate 0', { learningRate: 0 }, 'Learning rate: must be at least 0.000001'],
    ['learning rate too high', { learningRate: 11 }, 'Learning rate: must be at most 10'],
    ['learning rate NaN', { learningRate: NaN }, 'Learning rate: must be a number'],
    ['learning rate as text', { learningRate: '0.1' }, 'Learning rate: must be a number'],
    ['batch size 0', { batchSize: 0 }, 'Batch size: must be at least 1'],
    ['batch size fractional', { batchSize: 1.5 }, 'Batch size: must be a whole number'],
    ['batch size too big', { batchSize: 4096 }, 'Batch size: must be at most 1024'],
    ['epochs 0', { epochs: 0 }, 'Epochs: must be at least 1'],
    ['epochs 101', { epochs: 101 }, 'Epochs: must be at most 100'],
    ['negative seed', { seed: -1 }, 'Random seed: must be at least 0'],
    ['seed beyond int32', { seed: 2 ** 31 }, 'Random seed: must be at most 2147483647'],
    ['negative eval interval', { evalEverySteps: -5 }, 'Evaluate every (steps): must be at least 0'],
    ['missing field', { seed: undefined }, 'Random seed: is missing'],
  ];

  it.each(cases)('%s', (_name, override, message) => {
    const result = parseExperiment({ ...defaultExperiment(), ...override });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.message)).toContain(message);
  });

  it('rejects unknown settings instead of silently dropping them', () => {
    const result = parseExperiment({ ...defaultExperiment(), dropout: 0.5 });
    expect(result).toEqual({ ok: false, problems: [{ path: 'dropout', message: 'dropout: unknown setting' }] });
  });

  it('reports every bad field at once, with its path', () => {
    const result = parseExperiment({ ...defaultExperiment(), batchSize: 0, activation: 'x' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path).sort()).toEqual(['activation', 'batchSize']);
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
    expect(parseVersionedExperiment(input)).toEqual({ ok: false, problems: [expect.objectContaining({ message })] });
  });
});
