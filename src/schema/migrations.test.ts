import { describe, expect, it } from 'vitest';
import { EXPERIMENT_VERSION, defaultExperiment } from './experiment';
import { MIGRATIONS, VERSION_DEFAULTS, defaultsOfVersion, migrateToCurrent } from './migrations';
import { parseExperiment, parseVersionedExperiment } from './validate';

/** A v1 config as the first version of the playground wrote it. */
const v1 = {
  version: 1,
  dataset: 'mnist',
  hiddenLayers: [128, 128],
  activation: 'leakyRelu',
  initializer: 'glorot',
  optimizer: 'momentum',
  learningRate: 0.01,
  batchSize: 64,
  epochs: 3,
  seed: 42,
  evalEverySteps: 100,
};

describe('migration 1 → 2', () => {
  it('keeps every v1 setting and gives new knobs the values that mean what v1 did', () => {
    const result = parseVersionedExperiment(v1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      hiddenLayers: [128, 128],
      activation: 'leakyRelu',
      activationAlpha: 0.2, // v1's fixed leaky-ReLU slope
      initializer: 'glorot',
      optimizer: 'momentum',
      momentum: 0.9, // v1's fixed momentum
      learningRate: 0.01,
      batchSize: 64,
      epochs: 3,
      seed: 42,
      evalEverySteps: 100,
      architecture: 'mlp',
      preprocessing: 'unit', // v1 scaled pixels to [0, 1]
      useBias: true,
      outputActivation: 'none',
      batchNorm: 'off',
      dropout: [0],
      schedule: 'constant',
      clipping: 'none',
    });
  });

  it('gives ELU its v1 α of 1', () => {
    const result = parseVersionedExperiment({ ...v1, activation: 'elu' });
    expect(result.ok && result.value.activationAlpha).toBe(1);
  });

  it('widens v1 layers narrower than v2 allows (8 units)', () => {
    expect(MIGRATIONS[1]!({ ...v1, hiddenLayers: [4, 300] }).hiddenLayers).toEqual([8, 300]);
  });

  it('leaves invalid v1 values for validation to report, naming the field', () => {
    expect(parseVersionedExperiment({ ...v1, batchSize: 0 })).toEqual({
      ok: false,
      problems: [{ path: 'batchSize', code: 'tooSmall', params: { min: 1 } }],
    });
  });

  it('produces every v2 field', () => {
    expect(Object.keys(MIGRATIONS[1]!(v1)).sort()).toEqual([...Object.keys(VERSION_DEFAULTS[2]!), 'version'].sort());
  });

  it('keeps a v2 knob the v1 body already holds (a hand-edited v1 link), filling only the missing ones', () => {
    const up = MIGRATIONS[1]!({ ...v1, activation: 'elu', schedule: 'exponential', activationAlpha: 0.5 });
    expect(up).toMatchObject({ schedule: 'exponential', activationAlpha: 0.5, decaySteps: 2000, momentum: 0.9 });
  });
});

/** A v2 config as issue 3's playground wrote it: every v2 knob, and hidden N(0, 1) under batch norm. */
const v2 = {
  ...VERSION_DEFAULTS[2],
  version: 2,
  initializer: 'standardNormal',
  batchNorm: 'beforeActivation',
  batchNormMomentum: 0.9,
};

describe('migration 2 → 3', () => {
  it('draws the output layer with the hidden layers’ initializer and normalizes with ε = 1e-3, as v2 did', () => {
    const result = parseVersionedExperiment(v2);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      initializer: 'standardNormal',
      outputInitializer: 'standardNormal', // v2's engine drew every weight layer with `initializer`
      batchNorm: 'beforeActivation',
      batchNormMomentum: 0.9,
      batchNormEpsilon: 1e-3, // v2's engine fixed Keras' ε
    });
  });

  it('takes each config’s own initializer, and keeps its σ for both layers', () => {
    for (const initializer of ['he', 'lecun', 'glorot', 'varianceScaling', 'standardNormal', 'normal', 'zeros']) {
      expect(MIGRATIONS[2]!({ ...v2, initializer, initSigma: 0.2 })).toMatchObject({
        initializer,
        outputInitializer: initializer,
        initSigma: 0.2,
      });
    }
  });

  it('produces every v3 field', () => {
    expect(Object.keys(MIGRATIONS[2]!(v2)).sort()).toEqual(
      [...Object.keys(VERSION_DEFAULTS[2]!), 'outputInitializer', 'batchNormEpsilon', 'version'].sort(),
    );
  });

  it('keeps a v3 knob the v2 body already holds (a hand-edited v2 link)', () => {
    const up = MIGRATIONS[2]!({ ...v2, outputInitializer: 'glorot', batchNormEpsilon: 1e-5 });
    expect(up).toMatchObject({ initializer: 'standardNormal', outputInitializer: 'glorot', batchNormEpsilon: 1e-5 });
  });

  it('brings a v1 config through v2 to v3: its one initializer for every layer', () => {
    const result = parseVersionedExperiment(v1);
    expect(result.ok && result.value).toMatchObject({
      initializer: 'glorot',
      outputInitializer: 'glorot',
      batchNormEpsilon: 1e-3,
      momentum: 0.9,
    });
  });
});

describe('defaults of older versions', () => {
  it('are there for every version before the current one, each with its migration', () => {
    for (let version = 1; version < EXPERIMENT_VERSION; version++) {
      expect(VERSION_DEFAULTS[version], `defaults of v${version}`).toBeDefined();
      expect(MIGRATIONS[version], `migration from v${version}`).toBeDefined();
    }
    expect(defaultsOfVersion(EXPERIMENT_VERSION)).toEqual(defaultExperiment());
  });

  it("migrate v1's defaults to v2's, but for the schedule: v1 had none, so its rate stayed constant", () => {
    expect(MIGRATIONS[1]!(defaultsOfVersion(1))).toEqual({ ...defaultsOfVersion(2), schedule: 'constant' });
  });

  it("migrate v2's defaults to v3's, but for the output layer: v2 drew it with He, its hidden layers' default", () => {
    expect(MIGRATIONS[2]!(defaultsOfVersion(2))).toEqual({
      ...defaultsOfVersion(2),
      outputInitializer: 'he',
      batchNormEpsilon: 1e-3,
    });
  });

  it("migrate to today's defaults but for what the older versions meant", () => {
    expect(parseExperiment(migrateToCurrent(2, defaultsOfVersion(2)))).toEqual({
      ok: true,
      value: { ...defaultExperiment(), outputInitializer: 'he' },
    });
    expect(parseExperiment(migrateToCurrent(1, defaultsOfVersion(1)))).toEqual({
      ok: true,
      value: { ...defaultExperiment(), schedule: 'constant', outputInitializer: 'he' },
    });
  });

  it('hands out a copy, so a caller cannot change the defaults', () => {
    (defaultsOfVersion(1).hiddenLayers as number[]).push(10);
    expect(defaultsOfVersion(1).hiddenLayers).toEqual([256, 128]);
  });
});
