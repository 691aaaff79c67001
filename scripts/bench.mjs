#!/usr/bin/env node
// `npm run bench`: serves the production build, drives headless Chromium to bench.html once per backend, and
// prints samples/s of the app's Trainer next to a bare TF.js loop on the same model and batch, and their ratio.
// Options: --backends=webgl,wasm,cpu  --steps=300  --repeats=3  (or BENCH_BACKENDS / BENCH_STEPS / BENCH_REPEATS)
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

const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
  stdio: 'ignore',
  detached: true,
});
let browser;
try {
  await waitForServer(`${origin}/bench.html`, 30_000);
  browser = await chromium.launch(chromiumLaunchOptions());
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
  await measureResponsiveness(browser);
} finally {
  await browser?.close();
  try {
    process.kill(-server.pid);
  } catch {
    server.kill();
  }
}
