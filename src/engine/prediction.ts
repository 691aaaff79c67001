// What the model says about one image a person drew: class probabilities, and with dropout in the model their
// spread over MC-dropout passes.
import type { Experiment } from '../schema/experiment';
import type { Prediction } from '../protocol/trainerProtocol';
import type { Network } from './model';
import { deriveSeed } from './random';
import { tf } from './tf';
import { createBatchBuffers, fillBatch, type PreparedData } from './trainingData';

/** Dropout passes for a drawn digit at least, so its spread means something even when MC evaluation is off. */
const MC_DRAWING_PASSES = 30;

/** Class probabilities for one drawn image, preprocessed like the training data; with MC dropout, K passes. */
export async function predict(
  network: Network,
  experiment: Experiment,
  data: PreparedData,
  image: Uint8Array,
  requestId: number,
): Promise<Prediction> {
  const buffers = createBatchBuffers(1, data);
  fillBatch(buffers, { images: image, labels: new Uint8Array(1), count: 1 }, [0], 0, data);
  const dropout = experiment.dropout.some((rate) => rate > 0);
  const passes = dropout ? Math.max(experiment.mcDropoutSamples, MC_DRAWING_PASSES) : 1;
  const all = tf.tidy(() => {
    const x = tf.tensor2d(buffers.inputs, [1, data.pixels]);
    const rows: tf.Tensor[] = [];
    for (let k = 0; k < passes; k++) {
      const options = dropout
        ? { training: false, dropoutAtInference: true, dropoutSeed: deriveSeed(experiment.seed, `draw/${k}`) }
        : { training: false };
      rows.push(tf.softmax(network.forward(x, options)));
    }
    return tf.concat(rows);
  });
  const values = await all.data();
  all.dispose();
  const classes = values.length / passes;
  const mean = Array.from({ length: classes }, (_, c) => {
    let sum = 0;
    for (let k = 0; k < passes; k++) sum += values[k * classes + c]!;
    return sum / passes;
  });
  const spread = dropout
    ? mean.map((m, c) => {
        let sum = 0;
        for (let k = 0; k < passes; k++) sum += (values[k * classes + c]! - m) ** 2;
        return Math.sqrt(sum / passes);
      })
    : null;
  return { requestId, probabilities: mean, spread, passes };
}
