#!/usr/bin/env node
// `npm run bench`: serves the production build, drives headless Chromium to bench.html once per backend and model
// (bench-backends.mjs): samples/s of the app's Trainer on the default MLP and CNN, the auto-picked backend against
// the fastest and against WebGL, and a native PyTorch reference when torch imports.
// Then, on the real page (index.html): the combined throughput of 4 runs training together against 1 alone, the
// chart's frame times with 8 runs × 50,000 points, the main thread's long tasks, frames and busy share while 1, 2
// and 8 runs train, clicks on a chart control timed to the next paint, and Pause all / Stop all latencies.
// Options: --backends=webgl,wasm,cpu,webgpu  --models=mlp,cnn  --steps=300  --cnn-steps=30  --repeats=3
//          (or BENCH_BACKENDS / BENCH_STEPS / BENCH_REPEATS)  --torch=off (skip the native PyTorch reference)
//          --parts=backends,runs,charts,responsiveness,latency  (which measurements; all by default)
import { chromium } from '@playwright/test';
import {
  clickLatencies,
  mainThreadFigures,
  openRuns,
  pageNow,
  runStates,
  startBusyMeter,
  startStepLog,
  waitForStepChanges,
  stepRates,
  timeUntilAllRuns,
  waitForReady,
  waitForTraining,
} from './bench-page.mjs';
import { measureBackends } from './bench-backends.mjs';
import { median } from './bench-figures.mjs';
import { chromiumLaunchOptions } from './chromium.mjs';
import { startPreviewServer } from './preview-server.mjs';

const args = Object.fromEntries(
  process.argv
    .slice(2)
    .filter((a) => a.startsWith('--'))
    .map((a) => a.slice(2).split('=')),
);
const backends = (args.backends ?? process.env.BENCH_BACKENDS ?? 'webgl,wasm,cpu,webgpu').split(',');
const models = (args.models ?? 'mlp,cnn').split(',');
const steps = Number(args.steps ?? process.env.BENCH_STEPS ?? 300);
// The plain-JavaScript backend is several times slower, and a CNN step costs several MLP steps: fewer steps keep
// `npm run bench` to minutes.
const cpuSteps = args.steps || process.env.BENCH_STEPS ? steps : 100;
const cnnSteps = Number(args['cnn-steps'] ?? 30);
const cnnCpuSteps = args['cnn-steps'] ? cnnSteps : 10;
const repeats = Number(args.repeats ?? process.env.BENCH_REPEATS ?? 3);
const port = Number(process.env.BENCH_PORT ?? 4179);
const knownParts = ['backends', 'runs', 'charts', 'responsiveness', 'latency'];
const parts = new Set((args.parts ?? knownParts.join(',')).split(','));
const origin = `http://127.0.0.1:${port}`;
const unknownParts = [...parts].filter((part) => !knownParts.includes(part));
if (unknownParts.length) {
  console.error(`unknown --parts: ${unknownParts.join(', ')} (known: ${knownParts.join(', ')})`);
  process.exit(2);
}

const fmt = (n) => Math.round(n).toLocaleString('en-US').padStart(8);

const BATCH = 32;
const mark = (ok) => (ok ? '✓' : '✗');
const ms = (value) => `${Math.round(value)} ms`;
const stepsReached = (states) => {
  const reached = states.map((s) => s.step);
  const low = Math.min(...reached);
  const high = Math.max(...reached);
  return low === high ? `${low}` : `${low}–${high}`;
};

/**
 * Combined samples/s of `count` runs training at once on the page (worker + WebGL), once every run has read back
 * its first chunk (shaders compiled). Each run is timed from its first to its last read-back in the window, which
 * lasts 20 s and longer, up to 90 s, until every run has read back three times in it. Epochs are long and
 * evaluations at epoch ends only, so no run finishes or evaluates 10,000 test images inside the window.
 */
async function pageThroughput(browser, count) {
  const page = await openRuns(browser, origin, count, 'epochs=100&eval=0');
  await startStepLog(page);
  await page.getByRole('button', { name: 'Train all', exact: true }).click();
  await waitForTraining(page);
  const from = await pageNow(page);
  await page.waitForTimeout(20_000);
  await waitForStepChanges(page, from, 3, 70_000);
  const to = await pageNow(page);
  const perRun = (await stepRates(page, from, to)).map((rate) => (rate === null ? null : rate * BATCH));
  await page.close();
  const total = perRun.includes(null) ? null : perRun.reduce((a, b) => a + b, 0);
  return { total, perRun, seconds: (to - from) / 1000 };
}

async function measureRunsTogether(browser) {
  const one = await pageThroughput(browser, 1);
  const four = await pageThroughput(browser, 4);
  const perRun = four.perRun.map((v) => (v === null ? '?' : Math.round(v))).join(' / ');
  const ratio = one.total && four.total !== null ? four.total / one.total : null;
  console.log(
    `\nRuns side by side (index.html, worker + webgl, default model, batch ${BATCH}; each run timed from its first ` +
      `to its last step read-back in a window of ${Math.round(one.seconds)} s / ${Math.round(four.seconds)} s once all train):\n` +
      `  1 run alone:     ${one.total === null ? '       ?' : fmt(one.total)} samples/s\n` +
      `  4 runs together: ${four.total === null ? '       ?' : fmt(four.total)} samples/s in all (${perRun} per run)\n` +
      (ratio === null
        ? '  ratio: not measured (a run had fewer than two read-backs in the window)'
        : `  ratio 4 runs / 1 run: ${ratio.toFixed(2)} (goal ≥ 0.95 ${mark(ratio >= 0.95)})`),
  );
}

/** Prints rows of cells as a table, each column as wide as its widest cell. */
function printTable(header, rows) {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i]))
      .join(' | ')
      .trimEnd();
  console.log([line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
}

/**
 * While 1, 2 and 8 runs train: the main thread's long tasks, animation frames and busy share over `seconds`
 * once every run trains (the start-up before it is reported on its own); then, with 8 runs still training,
 * clicks on the chart's "Log scale" timed to the next paint.
 */
async function measureResponsiveness(browser) {
  const seconds = 20;
  const clicks = 6;
  const rows = [];
  let latencies = null;
  for (const count of [1, 2, 8]) {
    const page = await openRuns(browser, origin, count, 'epochs=100');
    const clicked = await pageNow(page);
    await page.getByRole('button', { name: 'Train all', exact: true }).click();
    const training = await waitForTraining(page);
    const from = await pageNow(page);
    const startUp = await mainThreadFigures(page, clicked, from);
    const before = await runStates(page);
    const stopBusyMeter = await startBusyMeter(page);
    await page.waitForTimeout(seconds * 1000);
    const busy = await stopBusyMeter();
    const to = await pageNow(page);
    const figures = await mainThreadFigures(page, from, to);
    const after = await runStates(page);
    const allTraining = training && after.every((s) => s.phase === 'training');
    rows.push([
      String(count),
      `${((from - clicked) / 1000).toFixed(1)} s, longest task ${ms(startUp.longestTask)}` +
        (training ? '' : ' (not all training after 180 s)'),
      `${stepsReached(before)} → ${stepsReached(after)}${allTraining ? '' : ' (not all training)'}`,
      `${ms(figures.longestTask)} ${mark(figures.longestTask <= 100)}`,
      `${ms(figures.p95Frame)} ${mark(figures.p95Frame <= 50)}`,
      figures.longestAnimationFrame === null
        ? 'not supported'
        : `${ms(figures.longestAnimationFrame)} (blocking ${ms(figures.longestBlocking)})`,
      ms(figures.worstFrame),
      `${Math.round(busy * 100)}%`,
      `${Math.round(figures.longTaskShare * 100)}% (${figures.longTasks} tasks)`,
    ]);
    if (count === 8) latencies = await clickLogScale(page, clicks);
    await page.close();
  }
  console.log(
    `\nMain thread while runs train (index.html, worker + webgl, default model, batch ${BATCH}; ${seconds} s from ` +
      `the moment every run trains, i.e. shows a step):\n`,
  );
  printTable(
    [
      'runs',
      'Train all to all training',
      'steps',
      'longest task',
      'p95 frame',
      'longest animation frame',
      'worst frame',
      'busy (all tasks)',
      'busy (long tasks)',
    ],
    rows,
  );
  console.log(
    "\nGoals: longest task ≤ 100 ms, p95 frame ≤ 50 ms. Frames: requestAnimationFrame intervals in the page. Busy (all tasks): the renderer main thread's task time " +
      "from Chrome's own accounting (DevTools Performance.getMetrics TaskDuration) over wall time; busy (long " +
      'tasks): time in tasks over 50 ms only.',
  );
  printClickLatencies(latencies, clicks);
}

/** Clicks "Log scale" `clicks` times as a person would; each click's latency, or why there is none. */
async function clickLogScale(page, clicks) {
  const logScale = page.getByRole('checkbox', { name: 'Log scale' });
  try {
    const wasChecked = await logScale.isChecked();
    const latencies = await clickLatencies(page, logScale, clicks, 1500);
    // An even number of clicks leaves it as it was: each click really toggled it.
    const toggled = (await logScale.isChecked()) === (clicks % 2 ? !wasChecked : wasChecked);
    return { latencies, toggled };
  } catch (error) {
    return { error: String(error.message ?? error).split('\n')[0] };
  }
}

function printClickLatencies(outcome, clicks) {
  console.log(
    `\nClick on "Log scale" while 8 runs train, to the next paint (Event Timing: the longest event of each ` +
      `interaction, from the input's timestamp; ${clicks} clicks 1.5 s apart):`,
  );
  if (outcome.error) {
    console.log(`  not measured: ${outcome.error}`);
    return;
  }
  const { latencies, toggled } = outcome;
  const measured = latencies.filter((v) => v !== null);
  const missing = latencies.length - measured.length;
  if (measured.length) {
    const worst = Math.max(...measured);
    console.log(
      `  median ${ms(median(measured))}, worst ${ms(worst)} (goal ≤ 100 ms ${mark(worst <= 100)}); ` +
        `each: ${latencies.map((v) => (v === null ? '–' : Math.round(v))).join('/')} ms`,
    );
  }
  if (latencies.length < clicks) console.log(`  only ${latencies.length} of ${clicks} clicks reached the page`);
  console.log(
    missing
      ? `  ${missing} of ${latencies.length} clicks have no Event Timing entry (–): it reports events over 16 ms only, ` +
          `so these painted faster than that or were not reported${measured.length ? '; the median and worst are over the others' : ''}`
      : '  every click has an Event Timing entry',
  );
  if (!toggled) console.log('  ✗ the checkbox did not end as the clicks should have left it: some clicks were lost');
}

/**
 * Pause all and Stop all with 1 and 8 runs: from the click's event timestamp until every run's status shows it,
 * each time after every run is really training. Pauses resume with Train all; each stop gets a fresh set of runs.
 */
async function measureControlLatency(browser) {
  const tries = 3;
  const timeoutMs = 60_000;
  console.log(
    `\nPause all / Stop all, from the click to every run's status showing it (index.html, worker + webgl, ` +
      `median of ${tries}, each with every run training):`,
  );
  for (const count of [1, 8]) {
    const page = await openRuns(browser, origin, count, 'epochs=100');
    const runsLabel = `${count} run${count === 1 ? '' : 's'}`;
    const trainAll = () => page.getByRole('button', { name: 'Train all', exact: true }).click();
    // Train all starts the runs, then resumes them after each pause.
    const pause = await repeatUntilAllRuns(page, 'Pause all', 'paused', tries, timeoutMs, trainAll);
    const stop = await repeatUntilAllRuns(page, 'Stop all', 'stopped', tries, timeoutMs, async () => {
      await page.getByRole('button', { name: 'Reset all', exact: true }).click();
      try {
        await waitForReady(page, count, timeoutMs);
      } catch {
        await page.reload(); // Reset all did not bring every run back: start over from the link
        await waitForReady(page, count);
      }
      await trainAll();
    });
    await page.close();
    console.log(`  ${runsLabel.padEnd(6)}  Pause all → paused:  ${pause}\n          Stop all → stopped: ${stop}`);
  }
}

/**
 * `tries` times: `start` sets every run training, then, once each is (phase "training", past step 0), `button` is
 * timed until every run is in `phase`. A summary line, or why it could not be measured.
 */
async function repeatUntilAllRuns(page, button, phase, tries, timeoutMs, start) {
  const times = [];
  const earlier = () => (times.length ? ` (earlier repeats: ${times.map(Math.round).join('/')} ms)` : '');
  for (let i = 0; i < tries; i++) {
    await start();
    if (!(await waitForTraining(page))) {
      const states = await runStates(page);
      const training = states.filter((s) => s.phase === 'training' && s.step > 0).length;
      return `not measured: only ${training} of ${states.length} runs were training after 180 s${earlier()}`;
    }
    const result = await timeUntilAllRuns(page, button, phase, timeoutMs);
    if (result.ms === null) {
      const verb = button === 'Pause all' ? 'pause' : 'stop';
      return `did not ${verb} within ${timeoutMs / 1000} s: ${result.reached} of ${result.of} runs ${phase}${earlier()}`;
    }
    times.push(result.ms);
  }
  return `median ${ms(median(times))} (${times.map(Math.round).join('/')})`;
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
  // Drawn: the chart's canvas names every run's latest value, and has painted pixels after that.
  await page.waitForFunction(
    (count) => {
      const canvas = document.querySelector('figure[aria-label="Training curves"] canvas');
      const label = canvas?.getAttribute('aria-label') ?? '';
      if (!label.includes(`Synthetic ${count} `) || label.includes('no data yet')) return false;
      const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) return true;
      return false;
    },
    runs,
    { timeout: 60_000, polling: 'raf' },
  );
  const importMs = Date.now() - started;
  const smoothing = [];
  for (let i = 0; i < 6; i++) smoothing.push(await frameTime(page, i % 2 ? 'smoothing-b' : 'smoothing-a'));
  const layout = [];
  for (let i = 0; i < 4; i++) layout.push(await frameTime(page, i % 2 ? 'overlay' : 'panels'));
  await page.close();
  console.log(
    `\nChart with ${runs} runs × ${points.toLocaleString('en-US')} points (imported JSON, ${(file.length / 1e6).toFixed(1)} MB):\n` +
      `  import to first drawing on the canvas: ${importMs} ms (each curve drawn from LTTB points; data kept whole)\n` +
      `  change smoothing, to painted: median ${Math.round(median(smoothing))} ms (${smoothing.map(Math.round).join('/')})\n` +
      `  switch overlay ⇄ panels, to painted: median ${Math.round(median(layout))} ms (${layout.map(Math.round).join('/')})`,
  );
}

const server = await startPreviewServer(port, '/bench.html');
let browser;
try {
  browser = await chromium.launch(chromiumLaunchOptions());
  if (parts.has('backends'))
    await measureBackends(browser, origin, {
      backends,
      models,
      repeats,
      steps: { mlp: steps, cnn: cnnSteps },
      cpuSteps: { mlp: cpuSteps, cnn: cnnCpuSteps },
      torch: args.torch !== 'off',
    });
  if (parts.has('runs')) await measureRunsTogether(browser);
  if (parts.has('charts')) await measureChartFrames(browser);
  if (parts.has('responsiveness')) await measureResponsiveness(browser);
  if (parts.has('latency')) await measureControlLatency(browser);
} finally {
  await browser?.close();
  server.stop();
}
