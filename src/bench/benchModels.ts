// The models the bench and the cross-backend test train: the app's defaults, and the same with architecture CNN.
import { defaultExperiment, type Experiment } from '../schema/experiment';
import type { Message } from '../schema/message';
import type { BenchModel } from './benchProtocol';

/**
 * The schema's defaults with `model` as the architecture. For timing, evaluations are off and epochs long, so no
 * evaluation of 10,000 test images and no end of training falls inside a timed window.
 */
export function benchExperiment(
  model: BenchModel,
  forTiming: boolean,
  changes: { batchSize?: number; constantRate?: boolean } = {},
): Experiment {
  const defaults = defaultExperiment();
  const experiment: Experiment = {
    ...defaults,
    architecture: model,
    batchSize: changes.batchSize ?? defaults.batchSize,
    schedule: changes.constantRate ? 'constant' : defaults.schedule,
  };
  return forTiming ? { ...experiment, evalEverySteps: 0, epochs: 100 } : experiment;
}

/** "784-256-128-10", or "conv 3×3 16-32, max pool → dense 128 → 10". */
export function describeModel(experiment: Experiment, pixels: number, classes: number): string {
  if (experiment.architecture === 'mlp') return [pixels, ...experiment.hiddenLayers, classes].join('-');
  const k = experiment.kernelSize;
  return (
    `conv ${k}×${k} ${experiment.convFilters.join('-')}, ${experiment.pooling} pool → ` +
    `dense ${experiment.cnnDenseLayers.join('-')} → ${classes}`
  );
}

/** A trainer message as plain text for the bench's table (the bench has no catalog): its detail, else its code. */
export function messageText(message: Message | undefined): string {
  if (!message) return 'no reason given';
  const detail = message.params?.detail;
  return typeof detail === 'string' ? detail : `${message.code} ${JSON.stringify(message.params ?? {})}`;
}
