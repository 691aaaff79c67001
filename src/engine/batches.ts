// Batch order and batch assembly, on the CPU, in plain TypeScript. Every batch has the same shape: the last,
// incomplete batch of an epoch is dropped, because the WebGL backend caches shaders and textures by shape.
import { createRandom, deriveSeed, permutation } from './random';

export function stepsPerEpoch(trainCount: number, batchSize: number): number {
  return Math.floor(trainCount / batchSize);
}

/** The order in which epoch `epoch` (0-based) visits the training set: a function of the seed and epoch alone. */
export function epochOrder(trainCount: number, seed: number, epoch: number): Uint32Array {
  return permutation(trainCount, createRandom(deriveSeed(seed, `batch-order/epoch-${epoch}`)));
}

export interface BatchBuffers {
  /** batchSize × pixels inputs, scaled to [0, 1]. */
  inputs: Float32Array;
  /** batchSize × classes one-hot targets. */
  targets: Float32Array;
}

export function createBatchBuffers(batchSize: number, pixels: number, classes: number): BatchBuffers {
  return { inputs: new Float32Array(batchSize * pixels), targets: new Float32Array(batchSize * classes) };
}

/** Copies the examples `order[start .. start + batchSize)` into reusable buffers. */
export function fillBatch(
  buffers: BatchBuffers,
  images: Uint8Array,
  labels: Uint8Array,
  order: ArrayLike<number>,
  start: number,
  pixels: number,
  classes: number,
): void {
  const batchSize = buffers.inputs.length / pixels;
  buffers.targets.fill(0);
  for (let row = 0; row < batchSize; row++) {
    const example = order[start + row]!;
    const source = example * pixels;
    const target = row * pixels;
    for (let p = 0; p < pixels; p++) buffers.inputs[target + p] = images[source + p]! / 255;
    buffers.targets[row * classes + labels[example]!] = 1;
  }
}
