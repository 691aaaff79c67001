// The exported PyTorch script against the engine: every config trained 50 steps by the Trainer (TF.js, cpu
// backend) and by one script holding them all; every step's loss and learning rate and every evaluation compared.
// Needs a Python with torch and numpy (see findPython); without one the test is skipped, or fails under CI.
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DatasetName, Dataset } from '../data/datasets';
import { tf } from '../engine/tf';
import { engineRun, findPython, loadDataset, relativeDifference, scriptRuns, type RunSeen } from './parity.testkit';
import { PARITY_CONFIGS, parityExperiment } from './parityConfigs.testkit';
import { pytorchScript } from './pytorchScript';

const STEPS = 50;
/** Largest relative difference allowed between the engine's and the script's loss at any step. */
const LOSS_BOUND = 1e-3;
/** Test accuracy may differ by a few of the 10,000 examples, whose scores nearly tie. */
const ACCURACY_BOUND = 5e-4;

const python = findPython();

beforeAll(async () => {
  // wasm, the engine's CPU backend in the app (XNNPACK kernels): the plain-JS cpu backend takes minutes for the CNNs.
  setWasmPaths(`${process.cwd()}/node_modules/@tensorflow/tfjs-backend-wasm/dist/`);
  for (const backend of ['cpu', 'wasm'])
    if (!(await tf.setBackend(backend))) throw new Error(`the ${backend} backend did not start`);
});

function compare(engine: RunSeen, script: RunSeen) {
  const problems: string[] = [];
  if (script.losses.length !== engine.losses.length)
    problems.push(`${script.losses.length} steps in the script, ${engine.losses.length} in the engine`);
  if (script.end !== engine.end) problems.push(`ended '${script.end}' in the script, '${engine.end}' in the engine`);
  let maxLoss = 0;
  engine.losses.forEach((loss, i) => {
    maxLoss = Math.max(maxLoss, relativeDifference(loss, script.losses[i] ?? NaN));
  });
  const maxRate = Math.max(0, ...engine.rates.map((rate, i) => relativeDifference(rate, script.rates[i] ?? NaN)));
  if (maxRate > 1e-6) problems.push(`learning rates differ by ${maxRate.toExponential(2)}`);
  let maxEvalLoss = 0;
  let maxAccuracy = 0;
  if (script.evaluations.map((e) => e.step).join() !== engine.evaluations.map((e) => e.step).join())
    problems.push('evaluated at other steps');
  engine.evaluations.forEach((e, i) => {
    const s = script.evaluations[i];
    if (!s) return;
    for (const key of ['testLoss', 'trainLoss', 'mcLoss'] as const)
      if (e[key] !== undefined) maxEvalLoss = Math.max(maxEvalLoss, relativeDifference(e[key], s[key] ?? NaN));
    for (const key of ['testAccuracy', 'trainAccuracy', 'mcAccuracy'] as const)
      if (e[key] !== undefined) maxAccuracy = Math.max(maxAccuracy, Math.abs(e[key] - (s[key] ?? NaN)));
  });
  if (!(maxLoss <= LOSS_BOUND)) problems.push(`losses differ by ${maxLoss.toExponential(2)}`);
  if (!(maxEvalLoss <= LOSS_BOUND)) problems.push(`evaluation losses differ by ${maxEvalLoss.toExponential(2)}`);
  if (!(maxAccuracy <= ACCURACY_BOUND)) problems.push(`accuracies differ by ${maxAccuracy}`);
  return { maxLoss, maxEvalLoss, maxAccuracy, problems };
}

describe('the exported PyTorch script', () => {
  if (!python) {
    const why = 'no Python with torch and numpy (set PLAYGROUND_PYTHON, or install python3-torch and python3-numpy)';
    if (process.env.CI) it('needs Python with torch and numpy', () => expect.fail(why));
    else it.skip(`reproduces the engine's losses — skipped: ${why}`, () => {});
    return;
  }

  it(`reproduces the engine's losses, rates and evaluations over ${STEPS} steps of ${PARITY_CONFIGS.length} configs`, async () => {
    const experiments = PARITY_CONFIGS.map(({ settings }) => parityExperiment(settings));
    const dir = mkdtempSync(join(tmpdir(), 'pytorch-parity-'));
    const scriptPath = join(dir, 'runs.py');
    writeFileSync(
      scriptPath,
      pytorchScript(PARITY_CONFIGS.map(({ name }, i) => ({ name, experiment: experiments[i]! }))),
    );
    const started = performance.now();
    const script = scriptRuns(python, scriptPath, new URL('../../public/data', import.meta.url).pathname, STEPS);
    const scriptSeconds = (performance.now() - started) / 1000;

    const datasets = new Map<DatasetName, Dataset>();
    const rows: string[] = [];
    const failures: string[] = [];
    for (const [i, { name, backend }] of PARITY_CONFIGS.entries()) {
      await tf.setBackend(backend ?? 'wasm');
      const experiment = experiments[i]!;
      const dataset = experiment.dataset as DatasetName; // the parity configs train on the built-ins
      if (!datasets.has(dataset)) datasets.set(dataset, loadDataset(dataset));
      const t0 = performance.now();
      const engine = await engineRun(datasets.get(dataset)!, experiment, STEPS);
      const seen = script.get(name);
      const result = seen
        ? compare(engine, seen)
        : { maxLoss: NaN, maxEvalLoss: NaN, maxAccuracy: NaN, problems: ['no output'] };
      rows.push(
        [
          name.padEnd(52),
          String(engine.losses.length).padStart(5),
          result.maxLoss.toExponential(2).padStart(10),
          String(engine.evaluations.length).padStart(6),
          engine.evaluations.length ? result.maxEvalLoss.toExponential(2).padStart(10) : '         -',
          engine.evaluations.length ? result.maxAccuracy.toFixed(4).padStart(8) : '       -',
          ` ${engine.end} ${((performance.now() - t0) / 1000).toFixed(1)} s`,
        ].join(' '),
      );
      if (result.problems.length) failures.push(`${name}: ${result.problems.join('; ')}`);
    }
    console.log(
      [
        `script: ${scriptSeconds.toFixed(1)} s for all configs`,
        `${'config'.padEnd(52)} steps  max rel Δ  evals  eval rel Δ  acc Δ    end`,
        ...rows,
      ].join('\n'),
    );
    expect(failures).toEqual([]);
  }, 240_000);
});
