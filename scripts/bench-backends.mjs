// `npm run bench --parts=backends`: per model (the default MLP, the default CNN), the app's Trainer on each backend
// (bench.html?mode=time), the app's TrainerSession asked for 'auto' (mode=auto), the auto pick against the fastest
// backend and against WebGL with their goals, and a native PyTorch reference on the same model when torch imports.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { backendFigures, goalText, median } from './bench-figures.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fmt = (n) => Math.round(n).toLocaleString('en-US');

/** Goals on a 2-core machine without a GPU (issue 13): the auto pick against today's WebGL figure. */
const SPEEDUP_GOALS = { mlp: 3, cnn: 5 };
/** Below this, torch's matrix products run on a reference BLAS rather than an optimized one (2 cores of AVX2). */
const SLOW_BLAS_GFLOPS = 10;
const MODEL_NAMES = { mlp: 'default MLP', cnn: 'default CNN' };

async function benchPage(browser, origin, query) {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/bench.html?${new URLSearchParams(query)}`);
    const handle = await page.waitForFunction(() => window.__benchResult, null, { timeout: 20 * 60_000, polling: 500 });
    return await handle.jsonValue();
  } finally {
    await page.close();
  }
}

function environmentLine(outcomes) {
  const environments = outcomes.map((o) => o.environment).filter(Boolean);
  const isolated = environments.some((e) => e.crossOriginIsolated);
  const threads = environments.map((e) => e.wasmThreads).find((t) => t !== null && t !== undefined);
  const cores = environments[0]?.hardwareConcurrency ?? '?';
  const adapter = environments.some((e) => e.webgpuAdapter);
  return (
    `crossOriginIsolated: ${isolated} (wasm threads need it: the server must send COOP/COEP); ` +
    `navigator.hardwareConcurrency: ${cores}; wasm threads: ${threads ?? 'wasm not started'}; ` +
    `WebGPU adapter: ${adapter ? 'yes' : 'none'}`
  );
}

/** The Python interpreter whose torch imports: $PYTHON, python3 on the PATH, then Debian's /usr/bin/python3. */
function findTorchPython() {
  const candidates = [...new Set([process.env.PYTHON, 'python3', '/usr/bin/python3'].filter(Boolean))];
  return candidates.find(
    (python) => spawnSync(python, ['-c', 'import torch, numpy'], { stdio: 'ignore' }).status === 0,
  );
}

function torchReference(python, experiment, steps, repeats) {
  const run = spawnSync(
    python,
    [
      join(root, 'scripts', 'torch-reference.py'),
      '--experiment',
      JSON.stringify(experiment),
      '--warmup',
      '20',
      '--steps',
      String(steps),
      '--repeats',
      String(repeats),
    ],
    { encoding: 'utf8', timeout: 15 * 60_000 },
  );
  if (run.status !== 0) return { error: (run.stderr || run.error?.message || 'failed').trim().split('\n').at(-1) };
  return JSON.parse(run.stdout.trim().split('\n').at(-1));
}

/**
 * @param options { backends, models, steps: { mlp, cnn }, cpuSteps: { mlp, cnn }, repeats, torch: boolean }
 */
export async function measureBackends(browser, origin, options) {
  const { backends, models, repeats } = options;
  const stepsFor = (backend, model) => (backend === 'cpu' ? options.cpuSteps : options.steps)[model];
  console.log(
    `Backends: samples/s of the app's Trainer (real MNIST batches, losses read back every 20 steps) after warm-up ` +
      `steps (40 MLP, 10 CNN), median of ${repeats} repeats; Chromium ${browser.version()}`,
  );
  const python = options.torch ? findTorchPython() : undefined;
  const summary = [];
  for (const model of models) {
    const outcomes = [];
    const rows = [];
    let experiment = null;
    console.log(`\n${MODEL_NAMES[model]}:`);
    for (const backend of backends) {
      const steps = stepsFor(backend, model);
      const outcome = await benchPage(browser, origin, { mode: 'time', backend, model, steps, repeats });
      outcomes.push(outcome);
      if (!outcome.ok) {
        const label = outcome.why === 'unavailable' ? 'unavailable' : 'cannot train this model';
        console.log(`  ${backend.padEnd(7)} ${label}: ${outcome.error}`);
        rows.push({ backend, samplesPerSecond: null });
        continue;
      }
      const { result } = outcome;
      experiment ??= result.experiment;
      const trainer = median(result.trainer);
      rows.push({ backend, samplesPerSecond: trainer });
      const bare = result.bare ? median(result.bare) : null;
      const bareText = bare ? `; bare TF.js loop ${fmt(bare)}, trainer/bare ${(trainer / bare).toFixed(2)}` : '';
      console.log(
        `  ${backend.padEnd(7)} ${fmt(trainer).padStart(7)} samples/s  (${result.layers}, batch ${result.batchSize}, ` +
          `${steps} steps × ${repeats}: ${result.trainer.map(fmt).join('/')}${bareText}) — ${result.detail}`,
      );
    }
    const steps = options.steps[model];
    const auto = await benchPage(browser, origin, { mode: 'auto', model, steps, repeats });
    outcomes.push(auto);
    const autoRate = auto.ok ? median(auto.result.samplesPerSecond) : null;
    if (auto.ok) {
      const { picked } = auto.result;
      console.log(
        `  auto    ${fmt(autoRate).padStart(7)} samples/s  (TrainerSession asked for 'auto' picked ${picked.name}: ` +
          `${picked.detail}${picked.reason ? `; ${picked.reason}` : ''}; ${steps} steps × ${repeats}: ` +
          `${auto.result.samplesPerSecond.map(fmt).join('/')})`,
      );
    } else {
      console.log(`  auto    did not train: ${auto.error}`);
    }
    console.log(`  ${environmentLine(outcomes)}`);
    const figures = backendFigures(rows, autoRate, SPEEDUP_GOALS[model]);
    let native = null;
    if (python && experiment) {
      native = torchReference(python, experiment, Math.max(10, Math.round(steps / 3)), repeats);
      if (native.error) console.log(`  native  PyTorch reference failed: ${native.error}`);
      else
        console.log(
          `  native  ${fmt(median(native.samplesPerSecond)).padStart(7)} samples/s  (PyTorch ${native.torch} on ` +
            `${native.threads} threads, same model and batch, ${native.steps} steps × ${repeats}: ` +
            `${native.samplesPerSecond.map(fmt).join('/')}; its BLAS multiplies at ${native.matmulGflops.toFixed(1)} GFLOP/s)`,
        );
      if (!native.error && native.matmulGflops < SLOW_BLAS_GFLOPS)
        console.log(
          `          (a slow BLAS, likely the reference libblas3: an optimized one such as OpenBLAS (Debian: ` +
            `libopenblas0) typically multiplies ten or more times faster; this native figure is a floor)`,
        );
    }
    summary.push({
      model,
      figures,
      autoRate,
      native: native && !native.error ? median(native.samplesPerSecond) : null,
    });
  }
  printGoals(summary, python, options.torch);
}

function printGoals(summary, python, torchAsked) {
  console.log('\nAuto pick and goals (this machine: 2 cores, no GPU):');
  for (const { model, figures, autoRate, native } of summary) {
    const fastest = figures.fastest;
    console.log(`  ${MODEL_NAMES[model]}:`);
    console.log(
      `    auto / fastest by hand${fastest ? ` (${fastest.backend}, ${fmt(fastest.samplesPerSecond)} samples/s)` : ''}: ` +
        goalText(figures.autoVsFastest, 0.95, ''),
    );
    console.log(
      `    auto / WebGL:         ${goalText(figures.autoVsWebgl, figures.speedupGoal, '×', autoRate === null ? 'auto did not train' : 'no WebGL figure')}`,
    );
    if (native !== null) {
      const best = fastest ? fastest.samplesPerSecond / native : null;
      const picked = autoRate !== null ? autoRate / native : null;
      console.log(
        `    browser / native:     fastest backend ${best === null ? '–' : best.toFixed(2)}, auto pick ` +
          `${picked === null ? '–' : picked.toFixed(2)} (PyTorch ${fmt(native)} samples/s; no goal)`,
      );
    }
  }
  if (!torchAsked) console.log('  native reference: not asked (--torch=off)');
  else if (!python)
    console.log(
      '  native reference: skipped, `import torch` fails in $PYTHON, python3 and /usr/bin/python3 ' +
        '(Debian: apt-get install python3-torch)',
    );
}
