// From the experiment's settings to the engine's update rule, learning-rate schedule and clipping.
import type { Experiment } from '../schema/experiment';
import type { Clipping } from './clipping';
import type { Schedule } from './schedules';
import type { UpdateRuleSpec } from './updateRules';

export function updateRuleFor(
  config: Pick<
    Experiment,
    'optimizer' | 'momentum' | 'rho' | 'beta1' | 'beta2' | 'epsilon' | 'adagradInitialAccumulator'
  >,
): UpdateRuleSpec {
  const { beta1, beta2, epsilon } = config;
  switch (config.optimizer) {
    case 'sgd':
      return { kind: 'sgd' };
    case 'momentum':
    case 'nesterov':
      return { kind: config.optimizer, beta: config.momentum };
    case 'adagrad':
      return { kind: 'adagrad', initialAccumulator: config.adagradInitialAccumulator, epsilon };
    case 'rmsprop':
      return { kind: 'rmsprop', rho: config.rho, epsilon };
    case 'adam':
    case 'adamax':
    case 'nadam':
      return { kind: config.optimizer, beta1, beta2, epsilon };
    default: {
      const never: never = config.optimizer;
      throw new Error(`Unknown optimizer ${String(never)}`);
    }
  }
}

export function scheduleFor(
  config: Pick<
    Experiment,
    | 'schedule'
    | 'scheduleBoundaries'
    | 'scheduleRates'
    | 'decaySteps'
    | 'decayFactor'
    | 'decayPower'
    | 'warmupSteps'
    | 'minLearningRate'
    | 'plateauPatience'
  >,
  totalSteps: number,
): Schedule {
  switch (config.schedule) {
    case 'constant':
      return { kind: 'constant' };
    case 'piecewise':
      return { kind: 'piecewise', boundaries: config.scheduleBoundaries, rates: config.scheduleRates };
    case 'exponential':
      return { kind: 'exponential', stepsPerTenfold: config.decaySteps };
    case 'perStep':
      return { kind: 'perStep', factor: config.decayFactor };
    case 'power':
      return { kind: 'power', decaySteps: config.decaySteps, power: config.decayPower };
    case 'plateau':
      return { kind: 'plateau', factor: config.decayFactor, patience: config.plateauPatience };
    case 'warmupCosine':
      return { kind: 'warmupCosine', warmupSteps: config.warmupSteps, totalSteps, minRate: config.minLearningRate };
    default: {
      const never: never = config.schedule;
      throw new Error(`Unknown schedule ${String(never)}`);
    }
  }
}

export function clippingFor(config: Pick<Experiment, 'clipping' | 'clipThreshold'>): Clipping {
  switch (config.clipping) {
    case 'none':
      return { kind: 'none' };
    case 'value':
      return { kind: 'value', threshold: config.clipThreshold };
    case 'norm':
      return { kind: 'globalNorm', threshold: config.clipThreshold };
    default: {
      const never: never = config.clipping;
      throw new Error(`Unknown clipping ${String(never)}`);
    }
  }
}
