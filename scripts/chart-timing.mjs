#!/usr/bin/env node
// Times a full redraw of the training curves with 8 imported runs × 50,000 steps, after a "Log scale" click and
// after a smoothing change: the change's own task (React render and commit) and the time from the change to the
// end of the next frame (where the canvas draws), medians over the changes. Not a test: numbers to read and report.
// Usage: npm run build && node scripts/chart-timing.mjs [port] [clicks]
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';

const port = Number(process.argv[2] ?? 4184);
const clicks = Number(process.argv[3] ?? 10);
const RUNS = 8;
const STEPS = 50_000;

const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
  stdio: 'ignore',
  detached: true,
});
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  for (let i = 0; ; i++) {
    try {
      await page.goto(`http://127.0.0.1:${port}/`);
      break;
    } catch (error) {
      if (i > 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  // The page's own export of its fresh run is the template: the file then has whatever the importer expects.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download JSON', exact: true }).click();
  const template = JSON.parse(await (await (await download).createReadStream()).toArray().then(Buffer.concat));
  const steps = Array.from({ length: STEPS }, (_, i) => i + 1);
  template.runs = Array.from({ length: RUNS }, (_, r) => ({
    ...template.runs[0],
    name: `Run ${r + 1}`,
    status: 'finished',
    stepsPerEpoch: 1000,
    series: {
      steps,
      // A falling loss with noise, each run at its own level.
      losses: steps.map((s) => (2.3 / (1 + s / (500 * (r + 1))) + 0.05 * Math.random()) * (1 + 0.1 * r)),
      learningRates: steps.map(() => 0.001),
      seconds: steps.map((s) => s * 0.01),
    },
    evaluations: [],
  }));
  await page.getByLabel('Import JSON').setInputFiles({
    name: 'runs.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(template)),
  });
  await page.getByText(`Imported ${RUNS} runs`).waitFor({ timeout: 120_000 });
  await page.waitForTimeout(2000);

  // Log scale: a view change that reuses each curve. Smoothing: every curve smoothed and downsampled again.
  const changes = {
    'Log scale': () => document.querySelector('.chart-controls input[type=checkbox]').click(),
    Smoothing: (i) => {
      const slider = document.querySelector('.chart-controls input[type=range]');
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      setValue.call(slider, i % 2 ? '0.6' : '0.7');
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    },
  };
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  for (const name of Object.keys(changes)) {
    const times = [];
    for (let i = 0; i < clicks; i++) {
      times.push(
        await page.evaluate(
          async ([i, source]) => {
            const change = new Function(`return (${source})`)();
            const start = performance.now();
            change(i);
            const task = performance.now() - start;
            // A frame callback registered after the change runs after the chart's own (callbacks run in order).
            await new Promise((resolve) => requestAnimationFrame(resolve));
            const frame = performance.now() - start;
            await new Promise((resolve) => setTimeout(resolve, 300));
            return { task, frame };
          },
          [i, changes[name].toString()],
        ),
      );
    }
    console.log(
      `${name}, ${RUNS} runs × ${STEPS} steps, median of ${clicks}: change's own task ${median(times.map((t) => t.task)).toFixed(1)} ms,` +
        ` change to the end of the next frame ${median(times.map((t) => t.frame)).toFixed(1)} ms` +
        ` (all: ${times.map((t) => t.frame.toFixed(0)).join(', ')})`,
    );
  }
} finally {
  await browser.close();
  process.kill(-server.pid);
}
