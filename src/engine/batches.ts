// Batch order, on the CPU, in plain TypeScript (batch assembly is in trainingData.ts). Every batch has the same shape: the last,
// incomplete batch of an epoch is dropped, because the WebGL backend caches shaders and textures by shape.
import { createRandom, deriveSeed, permutation } from './random';

export function stepsPerEpoch(trainCount: number, batchSize: number): number {
  return Math.floor(trainCount / batchSize);
}

/** The order in which epoch `epoch` (0-based) visits the training set: a function of the seed and epoch alone. */
export function epochOrder(trainCount: number, seed: number, epoch: number): Uint32Array {
  return permutation(trainCount, createRandom(deriveSeed(seed, `batch-order/epoch-${epoch}`)));
}
