// For the parity test: the engine's run of each configuration (TF.js on wasm, or cpu where a configuration says),
// the exported script's run of all of them, and the comparison.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DATASETS, type Dataset, type DatasetName } from '../data/datasets';
import { parseIdx } from '../data/idx';
import { Trainer } from '../engine/trainer';
import type { Experiment } from '../schema/experiment';

export function loadDataset(name: DatasetName): Dataset {
  const dir = new URL(`../../public/data/${name}/`, import.meta.url).pathname;
  const info = DATASETS[name];
  const read = (file: string, dims: number[]) => {
    const parsed = parseIdx(gunzipSync(readFileSync(join(dir, file))), { dims }, file);
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.value.data;
  };
  const split = (prefix: string, count: number) => ({
    count,
    images: read(`${prefix}-images.idx.gzip`, [count, info.height, info.width]),
    labels: read(`${prefix}-labels.idx.gzip`, [count]),
  });
  return { info, train: split('train', info.trainCount), test: split('test', info.testCount) };
}

export interface EvaluationSeen {
  step: number;
  testLoss: number;
  testAccuracy: number;
  trainLoss?: number;
  trainAccuracy?: number;
  mcLoss?: number;
  mcAccuracy?: number;
}

export interface RunSeen {
  losses: number[];
  rates: number[];
  evaluations: EvaluationSeen[];
  /** How the run ended within the steps: 'diverged', 'stoppedEarly', or 'running'. */
  end: string;
}

/** The engine's first `steps` steps (each step's loss and rate) and the evaluations among them. */
export async function engineRun(dataset: Dataset, experiment: Experiment, steps: number): Promise<RunSeen> {
  const seen: RunSeen = { losses: [], rates: [], evaluations: [], end: 'running' };
  const trainer = new Trainer(
    dataset,
    experiment,
    { readEvery: 1, yieldToEventLoop: () => Promise.resolve() },
    {
      metrics: (batch) => {
        seen.losses.push(...batch.losses);
        seen.rates.push(...batch.learningRates);
      },
      evaluation: (e) =>
        seen.evaluations.push({
          step: e.step,
          testLoss: e.testLoss,
          testAccuracy: e.testAccuracy,
          ...(e.train && { trainLoss: e.train.loss, trainAccuracy: e.train.accuracy }),
          ...(e.monteCarlo && { mcLoss: e.monteCarlo.loss, mcAccuracy: e.monteCarlo.accuracy }),
        }),
      health: () => {},
      status: (status, _step, message) => {
        if (status === 'diverged') seen.end = 'diverged';
        if (status === 'finished' && message) seen.end = 'stoppedEarly';
      },
    },
  );
  trainer.begin();
  while (trainer.currentStep < steps && (await trainer.turn()));
  trainer.dispose();
  return seen;
}

/** The first Python that imports torch and numpy: $PLAYGROUND_PYTHON, /usr/bin/python3, python3; null if none. */
export function findPython(): string | null {
  const candidates = [process.env.PLAYGROUND_PYTHON, '/usr/bin/python3', 'python3'].filter(Boolean) as string[];
  return (
    candidates.find((python) => spawnSync(python, ['-c', 'import torch, numpy'], { stdio: 'ignore' }).status === 0) ??
    null
  );
}

/** Runs the script once over every run; what it printed, per run name. */
export function scriptRuns(python: string, scriptPath: string, dataDir: string, steps: number): Map<string, RunSeen> {
  const result = spawnSync(python, [scriptPath, '--data', dataDir, '--steps', String(steps), '--json'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`the script failed (${result.status}): ${result.stderr}`);
  const runs = new Map<string, RunSeen>();
  for (const line of result.stdout.split('\n').filter(Boolean)) {
    const record = JSON.parse(line) as Record<string, unknown>;
    const name = record.run as string;
    if (!runs.has(name)) runs.set(name, { losses: [], rates: [], evaluations: [], end: 'running' });
    const run = runs.get(name)!;
    const number = (v: unknown) => (typeof v === 'string' ? Number(v) : (v as number));
    if ('loss' in record) {
      run.losses.push(number(record.loss));
      run.rates.push(number(record.learningRate));
    } else if ('testLoss' in record) run.evaluations.push(record as unknown as EvaluationSeen);
    else if (record.event === 'diverged' || record.event === 'stoppedEarly') run.end = record.event;
  }
  return runs;
}

/** |a − b| / max(|a|, |b|), 0 when both are 0 (or both the same non-finite value). */
export function relativeDifference(a: number, b: number): number {
  if (a === b || (Number.isNaN(a) && Number.isNaN(b))) return 0;
  return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
}
