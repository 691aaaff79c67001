// Evaluation: loss and accuracy over the whole test set (and the training set when small), with MC dropout when
// asked, plus the confusion matrix and the most confident mistakes — all read back in one transfer.
import type { Experiment } from '../schema/experiment';
import type { Evaluation, Mistake } from '../protocol/trainerProtocol';
import type { DeviceSplit, RunSplits } from './deviceSplits';
import { lossSumAndCorrect, probabilityLossSumAndCorrect } from './losses';
import type { Network } from './model';
import { deriveSeed } from './random';
import { tf } from './tf';
import type { PreparedData } from './trainingData';

/** Rows per forward pass during evaluation: a fixed shape, and bounded activation memory. */
const EVAL_CHUNK = 1000;
/** Most confident mistakes sent with each evaluation, for the gallery. */
const MISTAKES_SHOWN = 12;
/** Training sets up to this size are also evaluated, so overfitting one batch (D01) can be read off. */
const TRAIN_EVAL_LIMIT = 4096;

/** Whether a run's training set is evaluated too (and so uploaded whole). */
export function evaluatesTrainingSet(data: PreparedData): boolean {
  return data.train.count <= TRAIN_EVAL_LIMIT;
}

/** What an evaluation reads: the network as it is at `step`, its settings and data, and the splits on the device. */
export interface EvaluationInputs {
  network: Network;
  experiment: Experiment;
  data: PreparedData;
  splits: Pick<RunSplits, 'test' | 'train'>;
  step: number;
  stepsPerEpoch: number;
  /** Seconds the run trained before this evaluation; the evaluation's own time is added to them. */
  secondsBefore: number;
}

/** Loss and accuracy over the whole test set (and the training examples when few), read back once. */
export async function evaluate(inputs: EvaluationInputs): Promise<Evaluation> {
  const { experiment, splits, step } = inputs;
  const started = performance.now();
  const mcSamples =
    experiment.task === 'classification' && experiment.mcDropoutSamples > 1 ? experiment.mcDropoutSamples : 1;
  const classify = experiment.task === 'classification';
  const predictionChunks: tf.Tensor[] = [];
  const parts = [splitTotals(inputs, splits.test, 1, classify ? predictionChunks : undefined)];
  const predictions = classify ? tf.concat(predictionChunks) : null;
  tf.dispose(predictionChunks);
  if (splits.train) parts.push(splitTotals(inputs, splits.train, 1));
  if (mcSamples > 1) parts.push(splitTotals(inputs, splits.test, mcSamples));
  const all = tf.concat(parts);
  tf.dispose(parts);
  let values: Float32Array | Int32Array | Uint8Array;
  let predicted: Float32Array | null;
  try {
    const [totals, classes] = await Promise.all([all.data(), predictions?.data() ?? Promise.resolve(null)]);
    values = totals;
    predicted = classes as Float32Array | null;
  } finally {
    all.dispose();
    predictions?.dispose();
  }
  const seconds = inputs.secondsBefore + (performance.now() - started) / 1000;
  const testCount = splits.test.inputs.shape[0];
  const evaluation: Evaluation = {
    step,
    epoch: step / inputs.stepsPerEpoch,
    seconds,
    testLoss: values[0]! / testCount,
    testAccuracy: values[1]! / testCount,
    numTensors: tf.memory().numTensors,
  };
  let next = 2;
  if (splits.train) {
    const trainCount = splits.train.inputs.shape[0];
    evaluation.train = { loss: values[next]! / trainCount, accuracy: values[next + 1]! / trainCount };
    next += 2;
  }
  if (mcSamples > 1) {
    evaluation.monteCarlo = {
      loss: values[next]! / testCount,
      accuracy: values[next + 1]! / testCount,
      samples: mcSamples,
    };
  }
  if (predicted) Object.assign(evaluation, confusionAndMistakes(inputs.data, predicted));
  return evaluation;
}

/** Summed [loss, correct] over a split, in fixed-size chunks, as one tensor (read back by the caller). */
function splitTotals(
  { network, experiment, step }: EvaluationInputs,
  split: DeviceSplit,
  passes: number,
  predictions?: tf.Tensor[],
): tf.Tensor1D {
  const { inputs, targets } = split;
  const total = inputs.shape[0];
  let sums: tf.Tensor1D = tf.zeros([2]);
  for (let start = 0; start < total; start += EVAL_CHUNK) {
    const size = Math.min(EVAL_CHUNK, total - start);
    const x = tf.slice(inputs, [start, 0], [size, inputs.shape[1]]);
    const y = tf.slice(targets, [start, 0], [size, targets.shape[1]]);
    let chunk: tf.Tensor1D;
    if (passes <= 1) {
      chunk = tf.tidy(() => {
        const scores = network.forward(x, { training: false });
        // The confusion matrix and the mistakes come from this same pass: a second pass over the test set
        // would double the evaluation's cost.
        if (predictions) predictions.push(tf.keep(predictedClasses(scores)));
        return lossSumAndCorrect(scores, y, experiment);
      });
    } else {
      // MC dropout: average the class probabilities of `passes` stochastic forward passes. One pass at a time,
      // keeping only the running sum: all K passes' activations at once can exhaust GPU memory.
      let probabilitySum: tf.Tensor2D = tf.zeros([size, targets.shape[1]]);
      for (let k = 0; k < passes; k++) {
        const next = tf.tidy(() => {
          const dropoutSeed = deriveSeed(experiment.seed, `mc/${step}/${start}/${k}`);
          const scores = network.forward(x, { training: false, dropoutAtInference: true, dropoutSeed });
          return tf.add(probabilitySum, tf.softmax(scores)) as tf.Tensor2D;
        });
        probabilitySum.dispose();
        probabilitySum = next;
      }
      chunk = tf.tidy(() => probabilityLossSumAndCorrect(tf.div(probabilitySum, passes) as tf.Tensor2D, y));
      probabilitySum.dispose();
    }
    const next = tf.add(sums, chunk) as tf.Tensor1D;
    tf.dispose([x, y, chunk, sums]);
    sums = next;
  }
  return sums;
}

/** Per example: [predicted class, its probability]. */
function predictedClasses(scores: tf.Tensor2D): tf.Tensor2D {
  const probabilities = tf.softmax(scores);
  return tf.stack([tf.cast(tf.argMax(probabilities, 1), 'float32'), tf.max(probabilities, 1)], 1) as tf.Tensor2D;
}

/**
 * The confusion matrix and the most confident mistakes, from predictions read back: `predicted` holds
 * [predicted class, its probability] per test example.
 */
export function confusionAndMistakes(
  data: Pick<PreparedData, 'test' | 'classes' | 'pixels'>,
  predicted: Float32Array,
): { confusion: number[]; mistakes: Mistake[] } {
  const { labels, images } = data.test;
  const classes = data.classes;
  const pixels = data.pixels;
  const confusion = new Array<number>(classes * classes).fill(0);
  const wrong: { index: number; predicted: number; confidence: number }[] = [];
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    const guess = predicted[2 * i]!;
    confusion[label * classes + guess]!++;
    if (guess !== label) wrong.push({ index: i, predicted: guess, confidence: predicted[2 * i + 1]! });
  }
  wrong.sort((a, b) => b.confidence - a.confidence);
  const mistakes = wrong.slice(0, MISTAKES_SHOWN).map((m) => ({
    ...m,
    label: labels[m.index]!,
    pixels: Array.from(images.subarray(m.index * pixels, (m.index + 1) * pixels)),
  }));
  return { confusion, mistakes };
}
