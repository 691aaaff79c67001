// The exported script's Python parts against the engine's TypeScript and TF.js itself: the seeded generators, the
// dropout masks, and the data files it accepts. Needs a Python with torch and numpy (see findPython).
import '@tensorflow/tfjs-backend-cpu';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { epochOrder } from '../engine/batches';
import { createRandom, deriveSeed } from '../engine/random';
import { tf } from '../engine/tf';
import { defaultExperiment } from '../schema/experiment';
import { findPython } from './parity.testkit';
import { pytorchScript } from './pytorchScript';

const python = findPython();
const dir = mkdtempSync(join(tmpdir(), 'script-runtime-'));
const scriptPath = join(dir, 'runs.py');
const publicData = new URL('../../public/data/mnist/', import.meta.url).pathname;

beforeAll(async () => {
  await tf.setBackend('cpu');
  writeFileSync(
    scriptPath,
    pytorchScript([{ name: 'tiny', experiment: { ...defaultExperiment(), hiddenLayers: [8], dropout: [0.5] } }]),
  );
});

/** Loads the script as a module (its main does not run) and prints the JSON of `expression`. */
function evaluatePython(expression: string): unknown {
  const code = `import json, runpy\ng = runpy.run_path(${JSON.stringify(scriptPath)})\nprint(json.dumps(eval(${JSON.stringify(expression)}, g)))`;
  const result = spawnSync(python!, ['-c', code], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout);
}

function runScript(args: string[]) {
  return spawnSync(python!, [scriptPath, ...args], { encoding: 'utf8' });
}

describe.skipIf(!python)("the exported script's runtime", () => {
  it("draws what the engine's generators and TF.js's dropout masks draw", async () => {
    const random = createRandom(12345);
    const draws = [random.next(), random.next(), random.int(10), random.normal(), random.normal(), random.normal()];
    const purposes = ['weights/layer-0', 'dropout-step/17', 'π/层'];
    const seeds = [0, 7, 4294967295].flatMap((s) => purposes.map((p) => deriveSeed(s, p)));
    const masks: number[][] = [];
    const cases = [
      [0.5, 1],
      [0.3, 4026531840],
      [0.95, 77],
    ] as const;
    for (const [rate, seed] of cases) {
      const mask = tf.tidy(() => tf.dropout(tf.ones([4, 9]), rate, undefined, seed));
      masks.push(Array.from(await mask.data()));
      mask.dispose();
    }
    // One Python start for all (torch takes seconds to import).
    expect(
      evaluatePython(
        `[(lambda r: [r.next(), r.next(), r.integer(10), r.normal(), r.normal(), r.normal()])(Random(12345)),
          [derive_seed(s, p) for s in (0, 7, 4294967295) for p in ${JSON.stringify(purposes)}],
          epoch_order(50, 3, 2).tolist(),
          [dropout_multiplier([4, 9], rate, seed).reshape(-1).tolist() for rate, seed in ${JSON.stringify(cases)}]]`,
      ),
    ).toEqual([draws, seeds, Array.from(epochOrder(50, 3, 2)), masks]);
  }, 30_000);

  it("reads LeCun's file names, gzipped or not, and names what is missing", () => {
    const classic = mkdtempSync(join(tmpdir(), 'classic-mnist-'));
    copyFileSync(join(publicData, 'train-images.idx.gzip'), join(classic, 'train-images-idx3-ubyte.gz'));
    copyFileSync(join(publicData, 'train-labels.idx.gzip'), join(classic, 'train-labels-idx1-ubyte.gz'));
    writeFileSync(
      join(classic, 't10k-labels-idx1-ubyte'),
      gunzipSync(readFileSync(join(publicData, 'test-labels.idx.gzip'))),
    );
    const missing = runScript(['--data', classic, '--steps', '1', '--json']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no test images file in');
    expect(missing.stderr).toContain('t10k-images-idx3-ubyte');
    writeFileSync(
      join(classic, 't10k-images-idx3-ubyte'),
      gunzipSync(readFileSync(join(publicData, 'test-images.idx.gzip'))),
    );
    const ran = runScript(['--data', classic, '--steps', '2', '--json']);
    expect(ran.stderr).toBe('');
    const records = ran.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records.map((r) => r.event ?? r.step)).toEqual(['start', 1, 2, 'stepLimit']);
    // The same data in our own files, named one by one, gives the same losses.
    const named = runScript([
      ...['train-images', 'train-labels', 'test-images', 'test-labels'].flatMap((part) => [
        `--${part}`,
        join(publicData, `${part}.idx.gzip`),
      ]),
      '--steps',
      '2',
      '--json',
    ]);
    expect(named.stdout).toBe(ran.stdout);
  }, 60_000);
});

describe.skipIf(python)("the exported script's runtime", () => {
  it('needs a Python with torch and numpy (set PLAYGROUND_PYTHON)', () => {
    if (process.env.CI) expect.fail('no Python with torch and numpy: install python3-torch and python3-numpy');
  });
});
