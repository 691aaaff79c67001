import { describe, expect, it } from 'vitest';
import { EXPERIMENT_VERSION, defaultExperiment } from './experiment';
import { MIGRATIONS, VERSION_DEFAULTS, defaultsOfVersion, migrateToCurrent } from './migrations';
import { parseExperiment } from './validate';
import { parseVersionedExperiment } from './validate';

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
      problems: [{ path: 'batchSize', message: 'Batch size: must be at least 1' }],
    });
  });

  it('produces every v2 field', () => {
    expect(Object.keys(MIGRATIONS[1]!(v1)).sort()).toEqual([...Object.keys(defaultExperiment()), 'version'].sort());
  });

  it('keeps a v2 knob the v1 body already holds (a hand-edited v1 link), filling only the missing ones', () => {
    const up = MIGRATIONS[1]!({ ...v1, activation: 'elu', schedule: 'exponential', activationAlpha: 0.5 });
    expect(up).toMatchObject({ schedule: 'exponential', activationAlpha: 0.5, decaySteps: 2000, momentum: 0.9 });
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

  it("migrate v1's defaults to today's, but for the schedule: v1 had none, so its rate stayed constant", () => {
    const migrated = parseExperiment(migrateToCurrent(1, defaultsOfVersion(1)));
    expect(migrated).toEqual({ ok: true, value: { ...defaultExperiment(), schedule: 'constant' } });
  });

  it('hands out a copy, so a caller cannot change the defaults', () => {
    (defaultsOfVersion(1).hiddenLayers as number[]).push(10);
    expect(defaultsOfVersion(1).hiddenLayers).toEqual([256, 128]);
  });
});
