// Trains every run of an experiment link to its end on the production build, in headless Chromium, and prints
// what each run measured (from the page's own JSON export). For claims that need whole runs (issue 11's D04 story),
// too long for a test:  node scripts/train-link.mjs '#v=3&layers=…' [--backend=wasm] [--minutes=30] [--until-step=N]
// --until-step=N pauses every run once all have passed step N and reports the last evaluation at or before N.
// Builds nothing: run `npm run build` first. TRAIN_LINK_PORT moves the server off port 4183.
import { readFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';
import { startPreviewServer } from './preview-server.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const fragment = args.find((a) => a.startsWith('#'));
if (!fragment) {
  console.error("usage: node scripts/train-link.mjs '#v=3&…' [--backend=webgl|wasm|cpu] [--minutes=N]");
  process.exit(2);
}
const backend = option('backend', 'auto');
const minutes = Number(option('minutes', '30'));
const untilStep = Number(option('until-step', 'Infinity'));
const port = Number(process.env.TRAIN_LINK_PORT ?? 4183);

const ENDED = ['finished', 'diverged', 'stopped'];

const server = await startPreviewServer(port);
const { origin } = server;
let browser;
try {
  browser = await chromium.launch(chromiumLaunchOptions());
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`${origin}/${backend === 'auto' ? '' : `?backend=${backend}`}${fragment}`);
  const phases = () =>
    page.locator('.run-status').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-phase') ?? ''));
  const until = Date.now() + 120_000;
  while (!(await phases()).every((p) => p === 'ready')) {
    if (Date.now() > until) throw new Error(`runs not ready: ${(await phases()).join(', ')}`);
    await page.waitForTimeout(500);
  }
  const started = Date.now();
  await page.getByRole('button', { name: 'Train all', exact: true }).click();
  const steps = async () =>
    (await page.locator('.run-status').allTextContents()).map((text) => Number(/step (\d+)/.exec(text)?.[1] ?? 0));
  let last = 0;
  while (!(await phases()).every((p) => ENDED.includes(p))) {
    if ((await steps()).every((step) => step >= untilStep)) {
      await page.getByRole('button', { name: 'Pause all', exact: true }).click();
      while (!(await phases()).every((p) => p === 'paused' || ENDED.includes(p))) await page.waitForTimeout(250);
      break;
    }
    if (Date.now() - started > minutes * 60_000) throw new Error(`not done in ${minutes} min`);
    if (Date.now() - last > 60_000) {
      last = Date.now();
      const statuses = await page.locator('.run-status').allTextContents();
      console.error(`${Math.round((Date.now() - started) / 1000)} s: ${statuses.join(' | ')}`);
    }
    await page.waitForTimeout(1000);
  }
  const backendShown = await page
    .getByRole('term')
    .filter({ hasText: /^Backend$/ })
    .locator('xpath=following-sibling::dd[1]')
    .textContent();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON', exact: true }).click(),
  ]);
  const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
  console.log(`${fragment}\nbackend ${backendShown}; ${Math.round((Date.now() - started) / 1000)} s\n`);
  console.log('run | status | steps | first loss | last loss | evaluated at | test loss | test accuracy');
  for (const run of exported.runs) {
    const { losses, steps } = run.series;
    const evaluation = run.evaluations.filter((e) => e.step <= untilStep).at(-1);
    console.log(
      [
        run.name,
        run.status,
        steps.at(-1) ?? 0,
        Number(losses[0]).toPrecision(4),
        Number(losses.at(-1)).toPrecision(4),
        evaluation ? `step ${evaluation.step}` : '–',
        evaluation ? Number(evaluation.testLoss).toPrecision(4) : '–',
        evaluation ? `${(Number(evaluation.testAccuracy) * 100).toFixed(2)}%` : '–',
      ].join(' | '),
    );
  }
} finally {
  await browser?.close();
  server.stop();
}
