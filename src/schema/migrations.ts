// One small pure `up` function per version step: MIGRATIONS[n] turns a version-n body into a version-(n+1) body.
// Each gets its own test in migrations.test.ts. Bodies are untyped here: they are validated after migrating.
// A migration writes the values of its own target version literally, never today's defaults, so that an old
// link means the same thing after later versions change a default.
import { EXPERIMENT_VERSION, defaultExperiment } from './experiment';

export type ConfigBody = Record<string, unknown>;

/**
 * What each older version meant by a setting it leaves out: its defaults, as its last release had them. A link of
 * that version is read on top of these, then migrated whole; bumping the version adds the old one's defaults here.
 */
export const VERSION_DEFAULTS: Readonly<Record<number, ConfigBody>> = {
  1: {
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
  },
  2: {
    dataset: 'mnist',
    trainingSubset: 'full',
    trainingExamples: 1000,
    labelNoise: 0,
    preprocessing: 'unit',
    tanhScale: 128,
    wrongReshape: false,
    task: 'classification',
    regressionLoss: 'l2',
    huberDelta: 1,
    architecture: 'mlp',
    hiddenLayers: [256, 128],
    convFilters: [16, 32],
    kernelSize: '3',
    pooling: 'max',
    cnnDenseLayers: [128],
    activation: 'relu',
    activationAlpha: 0.2,
    outputActivation: 'none',
    useBias: true,
    initializer: 'he',
    initScale: 2,
    initMode: 'fanIn',
    initDistribution: 'truncatedNormal',
    initSigma: 0.01,
    batchNorm: 'off',
    batchNormLayers: [],
    batchNormMomentum: 0.99,
    optimizer: 'adam',
    learningRate: 0.001,
    momentum: 0.9,
    rho: 0.9,
    adagradInitialAccumulator: 0.1,
    beta1: 0.9,
    beta2: 0.999,
    epsilon: 1e-7,
    batchSize: 32,
    epochs: 2,
    seed: 1,
    clipping: 'none',
    clipThreshold: 1,
    schedule: 'warmupCosine',
    scheduleBoundaries: [3000],
    scheduleRates: [0.001, 0.0001],
    decaySteps: 2000,
    decayFactor: 0.5,
    decayPower: 1,
    warmupSteps: 100,
    minLearningRate: 0,
    plateauPatience: 5,
    dropout: [0],
    mcDropoutSamples: 1,
    l1: 0,
    l2: 0,
    maxNorm: 0,
    earlyStoppingPatience: 0,
    evalEverySteps: 200,
  },
};

/** Every setting of that version at its default; the current version's are today's defaults. */
export function defaultsOfVersion(version: number): ConfigBody {
  if (version === EXPERIMENT_VERSION) return defaultExperiment();
  const defaults = VERSION_DEFAULTS[version];
  if (!defaults) throw new Error(`No defaults for experiment version ${version}`);
  return structuredClone(defaults);
}

/** The v2 knobs v1 did not have, at the values that do what v1 did. */
const V1_MEANING_IN_V2: ConfigBody = {
  trainingSubset: 'full',
  trainingExamples: 1000,
  labelNoise: 0,
  preprocessing: 'unit',
  tanhScale: 128,
  wrongReshape: false,
  task: 'classification',
  regressionLoss: 'l2',
  huberDelta: 1,
  architecture: 'mlp',
  convFilters: [16, 32],
  kernelSize: '3',
  pooling: 'max',
  cnnDenseLayers: [128],
  outputActivation: 'none',
  useBias: true,
  initScale: 2,
  initMode: 'fanIn',
  initDistribution: 'truncatedNormal',
  initSigma: 0.01,
  batchNorm: 'off',
  batchNormLayers: [],
  batchNormMomentum: 0.99,
  momentum: 0.9,
  rho: 0.9,
  adagradInitialAccumulator: 0.1,
  beta1: 0.9,
  beta2: 0.999,
  epsilon: 1e-7,
  clipping: 'none',
  clipThreshold: 1,
  schedule: 'constant', // v1 had no schedule (v2's default is warm-up + cosine)
  scheduleBoundaries: [3000],
  scheduleRates: [0.001, 0.0001],
  decaySteps: 2000,
  decayFactor: 0.5,
  decayPower: 1,
  warmupSteps: 100,
  minLearningRate: 0,
  plateauPatience: 5,
  dropout: [0],
  mcDropoutSamples: 1,
  l1: 0,
  l2: 0,
  maxNorm: 0,
  earlyStoppingPatience: 0,
};

/**
 * v2 (issue 3) added every training technique as a knob; v1 bodies get the v2 values that keep their meaning. A v2
 * knob the body already holds (a hand-edited v1 link's `sched=step`) is what its author asked for, and is kept.
 */
function v1ToV2(v1: ConfigBody): ConfigBody {
  const widths = v1.hiddenLayers;
  return {
    ...V1_MEANING_IN_V2,
    // v1 fixed leaky ReLU's slope at 0.2 and ELU's α at 1.
    activationAlpha: v1.activation === 'elu' ? 1 : 0.2,
    ...v1,
    // v2 hidden layers are 8–1024 units wide; v1 allowed 1–1024.
    hiddenLayers: Array.isArray(widths) ? widths.map((w) => (typeof w === 'number' ? Math.max(8, w) : w)) : widths,
  };
}

/**
 * v3 (issue 11) gave the output layer its own initializer and made batch norm's ε a knob. Up to v2 the engine drew
 * every weight layer, the output layer too, with the one `initializer`, and normalized with Keras' ε of 1e-3: v2
 * bodies get exactly that. A v3 knob the body already holds (a hand-edited v2 link's `oinit=glorot`) is kept.
 */
function v2ToV3(v2: ConfigBody): ConfigBody {
  return { outputInitializer: v2.initializer, batchNormEpsilon: 1e-3, ...v2 };
}

export const MIGRATIONS: Readonly<Record<number, (body: ConfigBody) => ConfigBody>> = {
  1: v1ToV2,
  2: v2ToV3,
};

export function migrateToCurrent(fromVersion: number, body: ConfigBody): ConfigBody {
  let current = body;
  for (let version = fromVersion; version < EXPERIMENT_VERSION; version++) {
    const up = MIGRATIONS[version];
    if (!up) throw new Error(`No migration from experiment version ${version}`);
    current = up(current);
  }
  return current;
}
