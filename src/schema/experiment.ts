// The one experiment schema, shared by the UI (controls render from EXPERIMENT_FIELDS), the trainer and, later,
// the URL codec. Versioned: a stored or linked config carries `version`, and migrations.ts brings old ones up.
import { z } from 'zod';
import { choiceField, intListField, numberField, type FieldSpec } from './fields';

export const EXPERIMENT_VERSION = 1;

export const EXPERIMENT_FIELDS = {
  dataset: choiceField({
    label: 'Dataset',
    hint: 'The images the network learns to classify: 60,000 for training, 10,000 held out for testing.',
    group: 'Data',
    options: [{ value: 'mnist', label: 'MNIST digits' }],
    defaultValue: 'mnist',
  }),
  hiddenLayers: intListField({
    label: 'Hidden layer sizes',
    hint: 'Units per hidden layer, comma-separated; 3–8 layers of 128–1024 units is a fine start (L03, L05).',
    group: 'Model',
    itemMin: 1,
    itemMax: 1024,
    minItems: 1,
    maxItems: 10,
    defaultValue: [256, 128],
  }),
  activation: choiceField({
    label: 'Activation',
    hint: 'Non-linearity after each hidden layer; ReLU trains fast, leaky ReLU keeps dead units alive (T02, L11).',
    group: 'Model',
    options: [
      { value: 'relu', label: 'ReLU' },
      { value: 'leakyRelu', label: 'Leaky ReLU (α = 0.2)' },
      { value: 'elu', label: 'ELU (α = 1)' },
    ],
    defaultValue: 'relu',
  }),
  initializer: choiceField({
    label: 'Weight initializer',
    hint: 'How starting weights are drawn; He (variance scaling) suits ReLU nets, Glorot suits tanh/sigmoid (T05, M02).',
    group: 'Model',
    options: [
      { value: 'he', label: 'He (variance scaling, fan-in)' },
      { value: 'glorot', label: 'Glorot / Xavier (uniform)' },
    ],
    defaultValue: 'he',
  }),
  optimizer: choiceField({
    label: 'Optimizer',
    hint: 'The update rule; Adam is the best default (T01, M06). Momentum uses 0.9.',
    group: 'Optimization',
    options: [
      { value: 'sgd', label: 'SGD' },
      { value: 'momentum', label: 'SGD with momentum' },
      { value: 'adam', label: 'Adam' },
    ],
    defaultValue: 'adam',
  }),
  learningRate: numberField({
    label: 'Learning rate',
    hint: 'Step size; about 1e-3 for Adam, 0.01–0.1 for SGD. Too high diverges, too low stays flat (L04, D02).',
    group: 'Optimization',
    integer: false,
    min: 1e-6,
    max: 10,
    step: 0.0001,
    defaultValue: 0.001,
  }),
  batchSize: numberField({
    label: 'Batch size',
    hint: 'Examples per step; small batches give noisy but frequent feedback (D03, L08).',
    group: 'Optimization',
    integer: true,
    min: 1,
    max: 1024,
    defaultValue: 32,
  }),
  epochs: numberField({
    label: 'Epochs',
    hint: 'Passes over the training set; training stops after this many.',
    group: 'Optimization',
    integer: true,
    min: 1,
    max: 100,
    defaultValue: 2,
  }),
  seed: numberField({
    label: 'Random seed',
    hint: 'Same seed, same initial weights and same batch order: change one knob and compare fairly.',
    group: 'Optimization',
    integer: true,
    min: 0,
    max: 2 ** 31 - 1,
    defaultValue: 1,
  }),
  evalEverySteps: numberField({
    label: 'Evaluate every (steps)',
    hint: 'Test loss and accuracy on all 10,000 test images every N steps (0 = only at the end of each epoch).',
    group: 'Evaluation',
    integer: true,
    min: 0,
    max: 100_000,
    defaultValue: 200,
  }),
} as const satisfies Record<string, FieldSpec>;

export type ExperimentFieldName = keyof typeof EXPERIMENT_FIELDS;

type SchemaShape = { [K in ExperimentFieldName]: (typeof EXPERIMENT_FIELDS)[K]['schema'] };

const shape = Object.fromEntries(
  Object.entries(EXPERIMENT_FIELDS).map(([name, field]) => [name, field.schema]),
) as SchemaShape;

/** Validates a current-version config body (no `version` key). Unknown keys are rejected, not silently dropped. */
export const experimentSchema = z.strictObject(shape);

export type Experiment = z.infer<typeof experimentSchema>;

export function defaultExperiment(): Experiment {
  const entries = Object.entries(EXPERIMENT_FIELDS).map(([name, field]) => {
    const value = field.defaultValue;
    return [name, Array.isArray(value) ? [...value] : value];
  });
  return Object.fromEntries(entries) as Experiment;
}
