import { describe, expect, it } from 'vitest';
import { defaultExperiment } from './experiment';
import { MIGRATIONS } from './migrations';
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
});
