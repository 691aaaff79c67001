// From the experiment's settings to what the engine runs: the update rule, the learning-rate schedule, the
// clipping and the initializers, as plain data. No TF.js here: the trainer builds its tensors from these specs, and
// the PyTorch script export (src/export) writes the same specs out as Python.
import type { Experiment } from '../schema/experiment';

export type UpdateRuleSpec =
  | { kind: 'sgd' }
  /** m ← β·m − lr·g;  w ← w + m */
  | { kind: 'momentum'; beta: number }
  /** m ← β·m − lr·g;  w ← w + β·m − lr·g  (the gradient "looks ahead" along the momentum) */
  | { kind: 'nesterov'; beta: number }
  /** s ← s + g²;  w ← w − lr·g / (√s + ε), s starting at `initialAccumulator` (Keras: 0.1) */
  | { kind: 'adagrad'; initialAccumulator: number; epsilon: number }
  /** s ← ρ·s + (1−ρ)·g²;  w ← w − lr·g / (√s + ε) */
  | { kind: 'rmsprop'; rho: number; epsilon: number }
  /** m ← β1·m + (1−β1)·g;  s ← β2·s + (1−β2)·g²;  w ← w − lr·m̂ / (√ŝ + ε), m̂ = m/(1−β1ᵗ), ŝ = s/(1−β2ᵗ) */
  | { kind: 'adam'; beta1: number; beta2: number; epsilon: number }
  /** m as Adam;  u ← max(β2·u, |g|);  w ← w − lr/(1−β1ᵗ) · m / (u + ε)  (Kingma & Ba, §7.1) */
  | { kind: 'adamax'; beta1: number; beta2: number; epsilon: number }
  /** Adam with Nesterov momentum (Dozat 2016): m̄ = β1·m/(1−β1ᵗ⁺¹) + (1−β1)·g/(1−β1ᵗ);  w ← w − lr·m̄ / (√ŝ + ε) */
  | { kind: 'nadam'; beta1: number; beta2: number; epsilon: number };

/** What the schedule does, apart from its starting rate. */
export type ScheduleRule =
  | { kind: 'constant' }
  /** `rates[i]` applies from `boundaries[i-1]` (or 0) up to, not including, `boundaries[i]`. */
  | { kind: 'piecewise'; boundaries: number[]; rates: number[] }
  /** lr0 · 0.1^(t/s): divided by 10 every s steps. */
  | { kind: 'exponential'; stepsPerTenfold: number }
  /** lr0 · γ^t: multiplied by γ (e.g. 0.9995) every step. */
  | { kind: 'perStep'; factor: number }
  /** lr0 / (1 + t/k)^c. */
  | { kind: 'power'; decaySteps: number; power: number }
  /** Linear warm-up, lr0·(t+1)/W for t < W, then half a cosine from lr0 down to `minRate` at step `totalSteps`. */
  | { kind: 'warmupCosine'; warmupSteps: number; totalSteps: number; minRate: number }
  /** Performance-based: multiplied by `factor` after `patience` evaluations without improvement (see Plateau). */
  | { kind: 'plateau'; factor: number; patience: number };

/** A learning-rate schedule with its starting rate lr0 (the `learningRate` setting). */
export type Schedule = ScheduleRule & { initialRate: number };

export type Clipping =
  { kind: 'none' } | { kind: 'value'; threshold: number } | { kind: 'globalNorm'; threshold: number };

export type FanMode = 'fanIn' | 'fanOut' | 'fanAvg';
export type Distribution = 'normal' | 'truncatedNormal' | 'uniform';

export interface VarianceScaling {
  scale: number;
  mode: FanMode;
  distribution: Distribution;
}

/** Named variance-scaling presets, as Keras defines them: He = 2/fan_in, LeCun = 1/fan_in, Glorot = 1/fan_avg. */
export const VARIANCE_SCALING_PRESETS = {
  he: { scale: 2, mode: 'fanIn', distribution: 'truncatedNormal' },
  lecun: { scale: 1, mode: 'fanIn', distribution: 'truncatedNormal' },
  glorot: { scale: 1, mode: 'fanAvg', distribution: 'uniform' },
} as const satisfies Record<string, VarianceScaling>;

export type Initializer =
  | { kind: 'varianceScaling'; spec: VarianceScaling }
  /** N(0, σ²) whatever the layer's size: N(0, 1) is the classic bad init (T05, D04). */
  | { kind: 'normal'; sigma: number }
  | { kind: 'zeros' };

/** One of the initializers the settings offer; the hidden layers and the output layer each name one. */
export type InitializerChoice = Experiment['initializer'];

/** The settings some initializers read, shared by every layer drawn with that initializer. */
export type InitializerSettings = Pick<Experiment, 'initScale' | 'initMode' | 'initDistribution' | 'initSigma'>;

export function initializerFor(choice: InitializerChoice, settings: InitializerSettings): Initializer {
  switch (choice) {
    case 'he':
    case 'lecun':
    case 'glorot':
      return { kind: 'varianceScaling', spec: VARIANCE_SCALING_PRESETS[choice] };
    case 'varianceScaling':
      return {
        kind: 'varianceScaling',
        spec: { scale: settings.initScale, mode: settings.initMode, distribution: settings.initDistribution },
      };
    case 'standardNormal':
      return { kind: 'normal', sigma: 1 };
    case 'normal':
      return { kind: 'normal', sigma: settings.initSigma };
    case 'zeros':
      return { kind: 'zeros' };
    default: {
      const never: never = choice;
      throw new Error(`Unknown initializer ${String(never)}`);
    }
  }
}

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
    | 'learningRate'
  >,
  totalSteps: number,
): Schedule {
  return { ...scheduleRuleFor(config, totalSteps), initialRate: config.learningRate };
}

function scheduleRuleFor(config: Parameters<typeof scheduleFor>[0], totalSteps: number): ScheduleRule {
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
