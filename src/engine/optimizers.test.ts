import { describe, expect, it } from 'vitest';
import { defaultExperiment, type Experiment } from '../schema/experiment';
import { clippingFor, scheduleFor, updateRuleFor } from './optimizers';

const config = (overrides: Partial<Experiment>): Experiment => ({ ...defaultExperiment(), ...overrides });

describe('from settings to the engine', () => {
  it('passes each optimizer its own parameters', () => {
    const c = { momentum: 0.8, rho: 0.95, beta1: 0.85, beta2: 0.99, epsilon: 1e-6, adagradInitialAccumulator: 0.3 };
    expect(updateRuleFor(config({ ...c, optimizer: 'sgd' }))).toEqual({ kind: 'sgd' });
    expect(updateRuleFor(config({ ...c, optimizer: 'nesterov' }))).toEqual({ kind: 'nesterov', beta: 0.8 });
    expect(updateRuleFor(config({ ...c, optimizer: 'adagrad' }))).toEqual({
      kind: 'adagrad',
      initialAccumulator: 0.3,
      epsilon: 1e-6,
    });
    expect(updateRuleFor(config({ ...c, optimizer: 'rmsprop' }))).toEqual({
      kind: 'rmsprop',
      rho: 0.95,
      epsilon: 1e-6,
    });
    expect(updateRuleFor(config({ ...c, optimizer: 'nadam' }))).toEqual({
      kind: 'nadam',
      beta1: 0.85,
      beta2: 0.99,
      epsilon: 1e-6,
    });
  });

  it('ends warm-up + cosine at the run’s last step', () => {
    expect(scheduleFor(config({ schedule: 'warmupCosine', warmupSteps: 50, minLearningRate: 1e-5 }), 3750)).toEqual({
      kind: 'warmupCosine',
      warmupSteps: 50,
      totalSteps: 3750,
      minRate: 1e-5,
    });
    expect(scheduleFor(config({ schedule: 'plateau', decayFactor: 0.5, plateauPatience: 3 }), 100)).toEqual({
      kind: 'plateau',
      factor: 0.5,
      patience: 3,
    });
  });

  it('maps clipping by norm to the global norm', () => {
    expect(clippingFor(config({ clipping: 'norm', clipThreshold: 5 }))).toEqual({ kind: 'globalNorm', threshold: 5 });
    expect(clippingFor(config({ clipping: 'none', clipThreshold: 5 }))).toEqual({ kind: 'none' });
  });
});
