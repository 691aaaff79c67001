import { describe, expect, it } from 'vitest';
import { differingFields, englishChange, optionLabel, settingChanges } from './differences';
import { defaultExperiment } from './experiment';

describe('what sets a run apart from the baseline', () => {
  const base = defaultExperiment();

  it('lists each differing setting with the run’s value, in the panel order', () => {
    expect(settingChanges(base, { ...base, learningRate: 0.1, optimizer: 'sgd' })).toEqual([
      { name: 'optimizer', value: 'sgd' },
      { name: 'learningRate', value: 0.1 },
    ]);
    expect(settingChanges(base, { ...base, hiddenLayers: [64, 32], useBias: false })).toEqual([
      { name: 'hiddenLayers', value: [64, 32] },
      { name: 'useBias', value: false },
    ]);
  });

  it('names the output layer’s initializer and batch norm’s ε apart from their siblings', () => {
    expect(differingFields(base, { ...base, outputInitializer: 'standardNormal' })).toEqual(['outputInitializer']);
    const batchNorm = { ...base, batchNorm: 'beforeActivation' } as const;
    expect(differingFields(batchNorm, { ...batchNorm, batchNormEpsilon: 1e-5 })).toEqual(['batchNormEpsilon']);
    // ε has no effect without batch norm, so it is not news there.
    expect(differingFields(base, { ...base, batchNormEpsilon: 1e-5 })).toEqual([]);
  });

  it('finds nothing when nothing differs', () => {
    expect(settingChanges(base, { ...base })).toEqual([]);
  });

  it('leaves out settings that have no effect in the run', () => {
    // Momentum only matters for the momentum optimizers; the base is Adam.
    expect(differingFields(base, { ...base, momentum: 0.5 })).toEqual([]);
    expect(differingFields(base, { ...base, optimizer: 'momentum', momentum: 0.5 })).toEqual(['optimizer', 'momentum']);
  });
});

describe('a change in the schema’s English words', () => {
  it('gives a choice’s option label, not its code', () => {
    expect(optionLabel('optimizer', 'momentum')).toBe('SGD with momentum');
    expect(optionLabel('learningRate', 0.1)).toBeUndefined();
    expect(englishChange({ name: 'optimizer', value: 'momentum' })).toBe('Optimizer: SGD with momentum');
    expect(englishChange({ name: 'outputInitializer', value: 'standardNormal' })).toBe(
      'Output-layer initializer: N(0, 1)',
    );
  });

  it('gives numbers, lists and switches plainly', () => {
    expect(englishChange({ name: 'learningRate', value: 0.01 })).toBe('Learning rate: 0.01');
    expect(englishChange({ name: 'hiddenLayers', value: [64, 32] })).toBe('Hidden layer sizes: 64, 32');
    expect(englishChange({ name: 'batchNormLayers', value: [] })).toBe('Batch-norm layers: none');
    expect(englishChange({ name: 'useBias', value: false })).toBe('Biases: off');
  });
});
