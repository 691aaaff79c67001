// Settings several lessons share, so that each lesson's own settings are only what it is about.
import type { Experiment } from './experiment';

/** `layers` hidden layers of `units` each. */
export const deep = (units: number, layers: number): number[] => Array.from({ length: layers }, () => units);

/**
 * A lesson's usual footing: the default MLP (256, 128 ReLU units, He init, Glorot output), Adam at 1e-3 with a
 * constant rate (the default warm-up + cosine schedule would be one more thing changing), batch 32, one epoch, seed 1,
 * a test evaluation every 100 steps so that the accuracy curve has points to draw.
 */
export const STEADY: Partial<Experiment> = {
  hiddenLayers: [256, 128],
  activation: 'relu',
  initializer: 'he',
  outputInitializer: 'glorot',
  optimizer: 'adam',
  learningRate: 0.001,
  batchSize: 32,
  schedule: 'constant',
  epochs: 1,
  evalEverySteps: 100,
  seed: 1,
};

/** A small CNN the CPU can train in a lesson's time: one 3×3 convolution layer, pooling, straight to the outputs. */
export const SMALL_CNN: Partial<Experiment> = {
  ...STEADY,
  architecture: 'cnn',
  convFilters: [16],
  kernelSize: '3',
  pooling: 'max',
  cnnDenseLayers: [],
};
