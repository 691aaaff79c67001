import type { Experiment } from '../schema/experiment';
import { tf } from './tf';

/** Momentum coefficient for "SGD with momentum" (M06: v = β·v − lr·g with β = 0.9). */
export const MOMENTUM = 0.9;
/** Adam's defaults from Kingma & Ba (2015); ε as in Keras. */
export const ADAM = { beta1: 0.9, beta2: 0.999, epsilon: 1e-7 } as const;

export function createOptimizer(config: Pick<Experiment, 'optimizer' | 'learningRate'>): tf.Optimizer {
  switch (config.optimizer) {
    case 'sgd':
      return tf.train.sgd(config.learningRate);
    case 'momentum':
      return tf.train.momentum(config.learningRate, MOMENTUM);
    case 'adam':
      return tf.train.adam(config.learningRate, ADAM.beta1, ADAM.beta2, ADAM.epsilon);
    default: {
      const never: never = config.optimizer;
      throw new Error(`Unknown optimizer ${String(never)}`);
    }
  }
}
