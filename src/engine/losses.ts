// Losses and the per-example "correct" measure, for classification and for regression on the class number.
import type { Experiment } from '../schema/experiment';
import { tf } from './tf';

export type LossConfig = Pick<Experiment, 'task' | 'regressionLoss' | 'huberDelta'>;

/** Mean softmax cross-entropy over the batch, from scores and one-hot targets. */
export function crossEntropy(scores: tf.Tensor2D, targets: tf.Tensor2D): tf.Scalar {
  return tf.neg(tf.mean(tf.sum(tf.mul(targets, tf.logSoftmax(scores)), 1)));
}

/** Per-example regression loss between the single output and the target value. */
export function regressionLosses(predictions: tf.Tensor2D, targets: tf.Tensor2D, config: LossConfig): tf.Tensor {
  const error = tf.sub(predictions, targets);
  switch (config.regressionLoss) {
    case 'l2':
      return tf.square(error);
    case 'l1':
      return tf.abs(error);
    case 'huber': {
      // ½e² for |e| ≤ δ, δ(|e| − ½δ) beyond; written as ½q² + δ(|e| − q) with q = min(|e|, δ), because TF.js has
      // no gradient through the comparison a tf.where would need.
      const delta = config.huberDelta;
      const abs = tf.abs(error);
      const q = tf.minimum(abs, delta);
      return tf.add(tf.mul(0.5, tf.square(q)), tf.mul(delta, tf.sub(abs, q)));
    }
    default: {
      const never: never = config.regressionLoss;
      throw new Error(`Unknown regression loss ${String(never)}`);
    }
  }
}

/** The mean loss the optimizer minimizes (before weight penalties). */
export function meanLoss(scores: tf.Tensor2D, targets: tf.Tensor2D, config: LossConfig): tf.Scalar {
  return config.task === 'classification'
    ? crossEntropy(scores, targets)
    : tf.mean(regressionLosses(scores, targets, config));
}

/** Summed loss and number of correct predictions, for evaluations; regression counts round(prediction) = class. */
export function lossSumAndCorrect(scores: tf.Tensor2D, targets: tf.Tensor2D, config: LossConfig): tf.Tensor1D {
  const rows = scores.shape[0];
  if (config.task === 'classification') {
    const lossSum = tf.mul(crossEntropy(scores, targets), rows);
    const correct = tf.sum(tf.cast(tf.equal(tf.argMax(scores, 1), tf.argMax(targets, 1)), 'float32'));
    return tf.stack([lossSum, correct]) as tf.Tensor1D;
  }
  const lossSum = tf.sum(regressionLosses(scores, targets, config));
  const correct = tf.sum(tf.cast(tf.equal(tf.round(scores), targets), 'float32'));
  return tf.stack([lossSum, correct]) as tf.Tensor1D;
}

/** Summed loss and correct count from class probabilities averaged over MC-dropout passes. */
export function probabilityLossSumAndCorrect(probabilities: tf.Tensor2D, targets: tf.Tensor2D): tf.Tensor1D {
  const lossSum = tf.neg(tf.sum(tf.mul(targets, tf.log(tf.add(probabilities, 1e-12)))));
  const correct = tf.sum(tf.cast(tf.equal(tf.argMax(probabilities, 1), tf.argMax(targets, 1)), 'float32'));
  return tf.stack([lossSum, correct]) as tf.Tensor1D;
}

/** λ1·Σ|w| + λ2·Σw² over the kernels (biases and batch-norm parameters are not penalised). */
export function weightPenalty(kernels: readonly tf.Tensor[], l1: number, l2: number): tf.Scalar | null {
  if (l1 === 0 && l2 === 0) return null;
  const terms = kernels.map((w) => {
    const parts: tf.Scalar[] = [];
    if (l1 > 0) parts.push(tf.mul(l1, tf.sum(tf.abs(w))));
    if (l2 > 0) parts.push(tf.mul(l2, tf.sum(tf.square(w))));
    return tf.addN(parts);
  });
  return tf.addN(terms);
}
