import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// WebGPU reads tensors back only asynchronously (src/protocol/backends.ts: syncReads), and a synchronous read on
// WebGL stalls the thread until the GPU is done: the engine reads with `await tensor.data()` / `array()`.
const SYNC_READ = /\.(dataSync|arraySync|bufferSync)\s*\(/;

describe('the engine', () => {
  it('never reads a tensor synchronously outside its tests', async () => {
    const root = import.meta.dirname;
    const files = (await readdir(root, { recursive: true }))
      // Tests and their helpers (*.testkit.ts) may read synchronously: they run on the CPU and wasm backends only.
      .filter((file) => /\.ts$/.test(file) && !/\.(test|testkit)\.ts$/.test(file))
      .map((file) => join(root, file));
    expect(files.length).toBeGreaterThan(10);
    const offenders: string[] = [];
    for (const file of files) {
      const lines = (await readFile(file, 'utf8')).split('\n');
      lines.forEach((line, i) => SYNC_READ.test(line) && offenders.push(`${file}:${i + 1}: ${line.trim()}`));
    }
    expect(offenders).toEqual([]);
  });

  it('is checked by a pattern that does find a synchronous read', () => {
    expect(SYNC_READ.test('const [v] = loss.dataSync();')).toBe(true);
    expect(SYNC_READ.test('const v = await loss.data();')).toBe(false);
  });
});
