import { describe, expect, it } from 'vitest';
import { describeDifferences, differingFields } from './differences';
import { defaultExperiment } from './experiment';

describe('what sets a run apart from the baseline', () => {
  const base = defaultExperiment();

  it('names each differing setting with its value, in the panel order', () => {
    expect(describeDifferences(base, { ...base, learningRate: 0.1, optimizer: 'sgd' })).toBe(
      'optimizer: sgd, learning rate: 0.1',
    );
    expect(describeDifferences(base, { ...base, hiddenLayers: [64, 32], useBias: false })).toBe(
      'hidden layer sizes: 64-32, biases: off',
    );
  });

  it('names the output layer’s initializer and batch norm’s ε apart from their siblings', () => {
    expect(describeDifferences(base, { ...base, outputInitializer: 'standardNormal' })).toBe(
      'output-layer initializer: standardNormal',
    );
    const batchNorm = { ...base, batchNorm: 'beforeActivation' } as const;
    expect(describeDifferences(batchNorm, { ...batchNorm, batchNormEpsilon: 1e-5 })).toBe('batch norm ε: 0.00001');
    // ε has no effect without batch norm, so it is not news there.
    expect(differingFields(base, { ...base, batchNormEpsilon: 1e-5 })).toEqual([]);
  });

  it('says so when nothing differs', () => {
    expect(describeDifferences(base, { ...base })).toBe('same settings');
  });

  it('leaves out settings that have no effect in the run', () => {
    // Momentum only matters for the momentum optimizers; the base is Adam.
    expect(differingFields(base, { ...base, momentum: 0.5 })).toEqual([]);
    expect(differingFields(base, { ...base, optimizer: 'momentum', momentum: 0.5 })).toEqual(['optimizer', 'momentum']);
  });
});
