// The reference for `npm run bench`: the plainest TF.js training loop for the same model and batch — fixed
// input tensors, optimizer.minimize, no read-back until the end. The app's trainer is timed against it.
import { tf } from '../engine/tf';

export async function timeBareLoop(
  sizes: readonly number[],
  batchSize: number,
  learningRate: number,
  steps: number,
  warmup: number,
) {
  const inputs = tf.randomUniform([batchSize, sizes[0]!]);
  const targets = tf.oneHot(tf.randomUniform([batchSize], 0, sizes.at(-1)!, 'int32') as tf.Tensor1D, sizes.at(-1)!);
  const weights = sizes.slice(1).map((fanOut, i) => ({
    kernel: tf.variable(tf.randomNormal([sizes[i]!, fanOut], 0, Math.sqrt(2 / sizes[i]!))),
    bias: tf.variable(tf.zeros([fanOut])),
  }));
  const optimizer = tf.train.adam(learningRate);
  const loss = () =>
    tf.tidy(() => {
      let x: tf.Tensor2D = inputs as tf.Tensor2D;
      weights.forEach((w, i) => {
        const z = tf.add(tf.matMul(x, w.kernel), w.bias) as tf.Tensor2D;
        x = i < weights.length - 1 ? tf.relu(z) : z;
      });
      return tf.losses.softmaxCrossEntropy(targets, x) as tf.Scalar;
    });
  const run = async (count: number) => {
    for (let i = 0; i < count; i++) optimizer.minimize(loss);
    await weights[0]!.bias.data(); // wait for the GPU to finish
  };
  await run(warmup); // compile shaders before timing
  const started = performance.now();
  await run(steps);
  const seconds = (performance.now() - started) / 1000;
  inputs.dispose();
  targets.dispose();
  optimizer.dispose();
  for (const w of weights) {
    w.kernel.dispose();
    w.bias.dispose();
  }
  return { samplesPerSecond: (steps * batchSize) / seconds, seconds };
}
