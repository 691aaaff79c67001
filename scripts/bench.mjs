#!/usr/bin/env node
// `npm run bench`: serves the production build, drives headless Chromium to bench.html once per backend, and
// prints samples/s of the app's Trainer next to a bare TF.js loop on the same model and batch, and their ratio.
// Then, on the real page: the combined throughput of 4 runs training together against 1 alone, the chart's frame
// times with 8 runs × 50,000 points, and the page's long tasks while training.
// Options: --backends=webgl,wasm,cpu  --steps=300  --repeats=3  (or BENCH_BACKENDS / BENCH_STEPS / BENCH_REPEATS)
//          --parts=backends,runs,charts,responsiveness  (which measurements; all by default)
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';

const args = Object.fromEntries(
  process.argv
    .slice(2)
    .filter((a) => a.startsWith('--'))
    .map((a) => a.slice(2).split('=')),
);
const backends = (args.backends ?? process.env.BENCH_BACKENDS ?? 'webgl,wasm,cpu').split(',');
const steps = Number(args.steps ?? process.env.BENCH_STEPS ?? 300);
const repeats = Number(args.repeats ?? process.env.BENCH_REPEATS ?? 3);
const port = Number(process.env.BENCH_PORT ?? 4179);
const parts = new Set((args.parts ?? 'backends,runs,charts,responsiveness').split(','));
const origin = `http://127.0.0.1:${port}`;

async function waitForServer(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the preview server did not start at ${url}`);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (n) => Math.round(n).toLocaleString('en-US').padStart(8);

/** Trains from the real page for a while and reports the main thread's long tasks (> 50 ms) meanwhile. */
async function measureResponsiveness(browser) {
  const seconds = 15;
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${origin}/`);
  const status = page
    .getByRole('term')
    .filter({ hasText: /^Status$/ })
    .locator('xpath=following-sibling::dd[1]');
  await status.filter({ hasText: 'Ready' }).waitFor({ timeout: 90_000 });
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({
      type: 'longtask',
    });
  });
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await page.waitForTimeout(seconds * 1000);
  const tasks = await page.evaluate(() => window.__longTasks);
  const step = await page
    .getByRole('term')
    .filter({ hasText: /^Step$/ })
    .locator('xpath=following-sibling::dd[1]')
    .textContent();
  await page.close();
  const longest = tasks.length ? Math.max(...tasks) : 0;
  console.log(
    `\nPage responsiveness while training (index.html, worker + webgl, ${seconds} s, reached step ${step}): ` +
      `${tasks.length} main-thread tasks over 50 ms, longest ${Math.round(longest)} ms.`,
  );
}

/** The step each run's status line shows ("Training · step 120"), from the run list. */
async function runSteps(page) {
  const statuses = await page.locator('.run-status').allTextContents();
  return statuses.map((text) => Number(/step (\d+)/.exec(text)?.[1] ?? 0));
}

/** Combined samples/s of `count` runs training at once on the page (worker + WebGL), after a warm-up. */
async function pageThroughput(browser, count) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // Runs differ by seed only; evaluations at epoch ends (1,875 steps) stay out of the window timed.
  const extra = Array.from({ length: count - 1 }, (_, i) => `&r${i + 1}.seed=${i + 2}`).join('');
  await page.goto(`${origin}/#epochs=100${extra}`);
  await page
    .locator('.run-status', { hasText: /^Ready$/ })
    .nth(count - 1)
    .waitFor({ timeout: 120_000 });
  await page.getByRole('button', { name: 'Train all', exact: true }).click();
  await page.waitForTimeout(8_000); // warm-up: shaders compile on first use
  const before = await runSteps(page);
  const started = Date.now();
  await page.waitForTimeout(20_000);
  const after = await runSteps(page);
  const seconds = (Date.now() - started) / 1000;
  await page.getByRole('button', { name: 'Pause all', exact: true }).click();
  await page.close();
  const perRun = after.map((step, i) => ((step - before[i]) * 32) / seconds);
  return { total: perRun.reduce((a, b) => a + b, 0), perRun };
}

async function measureRunsTogether(browser) {
  const one = await pageThroughput(browser, 1);
  const four = await pageThroughput(browser, 4);
  console.log(
    `\nRuns side by side (index.html, worker + webgl, default model, batch 32, 20 s after an 8 s warm-up):\n` +
      `  1 run alone:     ${fmt(one.total)} samples/s\n` +
      `  4 runs together: ${fmt(four.total)} samples/s in all (${four.perRun.map((v) => Math.round(v)).join(' / ')} per run), ` +
      `${(four.total / one.total).toFixed(2)}× the single run's throughput`,
  );
}

/** An export file of `runs` runs × `points` steps of a noisy, falling loss, built from the page's own export. */
async function syntheticExport(page, runs, points) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON', exact: true }).click(),
  ]);
  const { readFile } = await import('node:fs/promises');
  const template = JSON.parse(await readFile(await download.path(), 'utf8'));
  const base = template.runs[0];
  let seed = 1;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  template.runs = Array.from({ length: runs }, (_, r) => {
    const steps = Array.from({ length: points }, (_, i) => i + 1);
    return {
      ...base,
      name: `Synthetic ${r + 1}`,
      colour: ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#000000', '#999999'][r],
      status: 'finished',
      stepsPerEpoch: 1875,
      series: {
        steps,
        losses: steps.map((s) => (2.3 / (1 + s / (500 * (r + 1)))) * (0.7 + 0.6 * random())),
        learningRates: steps.map(() => 0.001),
        seconds: steps.map((s) => s / 100),
      },
      evaluations: steps
        .filter((s) => s % 1000 === 0)
        .map((s) => ({ step: s, epoch: s / 1875, seconds: s / 100, testLoss: 2 / (1 + s / 800), testAccuracy: 0.9 })),
    };
  });
  return JSON.stringify(template);
}

/** Time from a change to the second animation frame after it: the change rendered and painted. */
async function frameTime(page, change) {
  return page.evaluate(async (kind) => {
    const started = performance.now();
    const slider = document.querySelector('input[type=range]');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    if (kind.startsWith('smoothing')) {
      setValue.call(slider, kind === 'smoothing-a' ? '0.9' : '0.3');
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    } else {
      const select = [...document.querySelectorAll('select')].find((s) => s.querySelector('option[value=panels]'));
      const setSelect = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set;
      setSelect.call(select, kind === 'panels' ? 'panels' : 'overlay');
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return performance.now() - started;
  }, change);
}

async function measureChartFrames(browser) {
  const runs = 8;
  const points = 50_000;
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${origin}/`);
  await page.locator('.run-status', { hasText: /^Ready$/ }).waitFor({ timeout: 120_000 });
  const file = await syntheticExport(page, runs, points);
  const started = Date.now();
  await page
    .getByLabel('Import JSON')
    .setInputFiles({ name: 'synthetic.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await page.getByText(`Imported ${runs} runs`).waitFor({ timeout: 120_000 });
  const bold = page.locator(
    'figure[aria-label="Training curves"] path.recharts-line-curve:not([stroke-opacity="0.2"])',
  );
  await bold.nth(runs - 1).waitFor({ timeout: 60_000 });
  const importMs = Date.now() - started;
  const smoothing = [];
  for (let i = 0; i < 6; i++) smoothing.push(await frameTime(page, i % 2 ? 'smoothing-b' : 'smoothing-a'));
  const layout = [];
  for (let i = 0; i < 4; i++) layout.push(await frameTime(page, i % 2 ? 'overlay' : 'panels'));
  const drawn = await bold.evaluateAll((paths) => paths.map((p) => (p.getAttribute('d') ?? '').split('L').length));
  await page.close();
  console.log(
    `\nChart with ${runs} runs × ${points.toLocaleString('en-US')} points (imported JSON, ${(file.length / 1e6).toFixed(1)} MB):\n` +
      `  import to first drawing: ${importMs} ms; drawn points per curve: ${Math.max(...drawn)} (LTTB; data kept whole)\n` +
      `  change smoothing, to painted: median ${Math.round(median(smoothing))} ms (${smoothing.map(Math.round).join('/')})\n` +
      `  switch overlay ⇄ panels, to painted: median ${Math.round(median(layout))} ms (${layout.map(Math.round).join('/')})`,
  );
}

const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
  stdio: 'ignore',
  detached: true,
});
let browser;
try {
  await waitForServer(`${origin}/bench.html`, 30_000);
  browser = await chromium.launch(chromiumLaunchOptions());
  if (parts.has('backends')) await measureBackends(browser);
  if (parts.has('runs')) await measureRunsTogether(browser);
  if (parts.has('charts')) await measureChartFrames(browser);
  if (parts.has('responsiveness')) await measureResponsiveness(browser);
} finally {
  await browser?.close();
  try {
    process.kill(-server.pid);
  } catch {
    server.kill();
  }
}

async function measureBackends(browser) {
  console.log(`Trainer vs bare TF.js loop on the default model and batch, ${steps} timed steps × ${repeats} repeats`);
  console.log(`Chromium ${browser.version()}; median samples/s per backend\n`);
  console.log('backend | model | batch | trainer samples/s | bare loop samples/s | ratio | detail');
  console.log('------- | ----- | ----- | ----------------- | ------------------- | ----- | ------');
  for (const backend of backends) {
    const page = await browser.newPage();
    await page.goto(`${origin}/bench.html?backend=${backend}&steps=${steps}&repeats=${repeats}`);
    const handle = await page.waitForFunction(() => window.__benchResult, null, { timeout: 20 * 60_000, polling: 500 });
    const outcome = await handle.jsonValue();
    if (!outcome.ok) {
      console.log(`${backend.padEnd(7)} | unavailable: ${outcome.error}`);
    } else {
      const { result } = outcome;
      const trainer = median(result.trainer);
      const bare = median(result.bare);
      console.log(
        `${result.backend.padEnd(7)} | MLP ${result.layers.join('-')} | ${result.batchSize} | ${fmt(trainer).padStart(17)} | ${fmt(bare).padStart(19)} | ${(trainer / bare).toFixed(2).padStart(5)} | ${result.detail}; runs ${result.trainer.map(Math.round).join('/')} vs ${result.bare.map(Math.round).join('/')}`,
      );
    }
    await page.close();
  }
  console.log('\nGoal: ratio ≥ 0.95 (the trainer reads losses back every 20 steps and yields between chunks).');
}
