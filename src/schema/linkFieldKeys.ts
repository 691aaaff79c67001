// The short key each setting is written under in a link (`lr`, `opt`), and the way back from a key to its setting.
// Its own module because both halves of the link use it: the runs' settings (urlCodec.ts) and the hidden controls
// (viewCodec.ts).
import { EXPERIMENT_FIELDS, type ExperimentFieldName } from './experiment';

/** Short key of each field in a link. Typed over every field: adding a knob without a key does not compile. */
export const FIELD_KEYS: Readonly<Record<ExperimentFieldName, string>> = {
  dataset: 'data',
  trainingSubset: 'subset',
  trainingExamples: 'n',
  labelNoise: 'noise',
  preprocessing: 'prep',
  tanhScale: 'tanhc',
  wrongReshape: 'scramble',
  task: 'task',
  regressionLoss: 'rloss',
  huberDelta: 'delta',
  architecture: 'arch',
  hiddenLayers: 'layers',
  convFilters: 'filters',
  kernelSize: 'kernel',
  pooling: 'pool',
  cnnDenseLayers: 'dense',
  activation: 'act',
  activationAlpha: 'alpha',
  outputActivation: 'out',
  useBias: 'bias',
  initializer: 'init',
  outputInitializer: 'oinit',
  initScale: 'iscale',
  initMode: 'imode',
  initDistribution: 'idist',
  initSigma: 'isigma',
  batchNorm: 'bn',
  batchNormLayers: 'bnlayers',
  batchNormMomentum: 'bnmom',
  batchNormEpsilon: 'bneps',
  optimizer: 'opt',
  learningRate: 'lr',
  momentum: 'mom',
  rho: 'rho',
  adagradInitialAccumulator: 'acc0',
  beta1: 'b1',
  beta2: 'b2',
  epsilon: 'eps',
  batchSize: 'batch',
  epochs: 'epochs',
  seed: 'seed',
  clipping: 'clip',
  clipThreshold: 'clipat',
  schedule: 'sched',
  scheduleBoundaries: 'bounds',
  scheduleRates: 'rates',
  decaySteps: 'decay',
  decayFactor: 'gamma',
  decayPower: 'power',
  warmupSteps: 'warmup',
  minLearningRate: 'lrmin',
  plateauPatience: 'plateau',
  dropout: 'drop',
  mcDropoutSamples: 'mc',
  l1: 'l1',
  l2: 'l2',
  maxNorm: 'maxnorm',
  earlyStoppingPatience: 'stop',
  evalEverySteps: 'eval',
};

/** Every setting, in the order the experiment declares them: the order a link writes and lists them in. */
export const FIELD_NAMES: readonly ExperimentFieldName[] = Object.keys(EXPERIMENT_FIELDS) as ExperimentFieldName[];

export const FIELD_BY_KEY: ReadonlyMap<string, ExperimentFieldName> = new Map<string, ExperimentFieldName>(
  Object.entries(FIELD_KEYS).map(([name, key]) => [key, name as ExperimentFieldName]),
);
