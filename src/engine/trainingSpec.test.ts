import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultExperiment, type Experiment } from '../schema/experiment';
import { clippingFor, scheduleFor, updateRuleFor } from './trainingSpec';

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
    const warmup = config({ schedule: 'warmupCosine', warmupSteps: 50, minLearningRate: 1e-5, learningRate: 0.003 });
    expect(scheduleFor(warmup, 3750)).toEqual({
      kind: 'warmupCosine',
      initialRate: 0.003,
      warmupSteps: 50,
      totalSteps: 3750,
      minRate: 1e-5,
    });
    expect(
      scheduleFor(config({ schedule: 'plateau', decayFactor: 0.5, plateauPatience: 3, learningRate: 0.1 }), 100),
    ).toEqual({
      kind: 'plateau',
      initialRate: 0.1,
      factor: 0.5,
      patience: 3,
    });
  });

  it('maps clipping by norm to the global norm', () => {
    expect(clippingFor(config({ clipping: 'norm', clipThreshold: 5 }))).toEqual({ kind: 'globalNorm', threshold: 5 });
    expect(clippingFor(config({ clipping: 'none', clipThreshold: 5 }))).toEqual({ kind: 'none' });
  });

  it('carries no TF.js: the script export imports it', () => {
    // Its imports are types only (erased), so no tensor code reaches a module that only wants the specs.
    const source = readFileSync(new URL('./trainingSpec.ts', import.meta.url), 'utf8');
    const imports = source.split('\n').filter((line) => line.startsWith('import'));
    expect(imports.length).toBeGreaterThan(0);
    for (const line of imports) expect(line).toMatch(/^import type /);
  });
});
