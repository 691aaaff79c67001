// The test split when the files bring none: a seeded, stratified draw. Each class gives round(ratio × its count)
// examples to the test split (but keeps at least one for training), chosen by a Fisher–Yates shuffle driven by
// mulberry32 from the seed, so the same data, ratio and seed always give the same split and every class keeps its
// share. Examples keep their file order within each split.
import type { OwnSplit } from './types';

export interface SplitOff {
  train: OwnSplit;
  test: OwnSplit;
}

/** Which examples go to the test split: a mask over `labels`, true for test. */
export function stratifiedTestMask(labels: Uint8Array, ratio: number, seed: number): Uint8Array {
  if (!(ratio >= 0 && ratio < 1)) throw new RangeError(`test ratio ${ratio} is not in [0, 1)`);
  const random = mulberry32(seed);
  const byClass = new Map<number, number[]>();
  labels.forEach((label, i) => {
    let list = byClass.get(label);
    if (!list) byClass.set(label, (list = []));
    list.push(i);
  });
  const mask = new Uint8Array(labels.length);
  const classes = [...byClass.keys()].sort((a, b) => a - b);
  for (const label of classes) {
    const indices = byClass.get(label)!;
    const take = Math.min(Math.round(ratio * indices.length), indices.length - 1);
    for (let i = 0; i < take; i++) {
      const j = i + Math.floor(random() * (indices.length - i));
      [indices[i], indices[j]] = [indices[j]!, indices[i]!];
      mask[indices[i]!] = 1;
    }
  }
  return mask;
}

/** Splits `split` into training and test examples by `stratifiedTestMask`; `pixels` bytes per image. */
export function splitOff(split: OwnSplit, pixels: number, ratio: number, seed: number): SplitOff {
  const mask = stratifiedTestMask(split.labels, ratio, seed);
  let testCount = 0;
  for (const m of mask) testCount += m;
  const train = emptySplit(split.count - testCount, pixels);
  const test = emptySplit(testCount, pixels);
  const at = { train: 0, test: 0 };
  for (let i = 0; i < split.count; i++) {
    const side = mask[i] ? 'test' : 'train';
    const target = side === 'test' ? test : train;
    const k = at[side]++;
    target.labels[k] = split.labels[i]!;
    target.images.set(split.images.subarray(i * pixels, (i + 1) * pixels), k * pixels);
  }
  return { train, test };
}

const emptySplit = (count: number, pixels: number): OwnSplit => ({
  count,
  images: new Uint8Array(count * pixels),
  labels: new Uint8Array(count),
});

/** Tommy Ettinger's mulberry32: a 32-bit state, uniform floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
