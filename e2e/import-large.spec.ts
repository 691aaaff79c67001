// Large imports are read off the page's thread: a million-point export shows its progress and its runs while the
// page keeps responding, a 130 MB file that is then refused does not hold it either, and a file larger than any
// export is refused from its size at once. The bounds on the longest main-thread task are generous on purpose
// (this machine is a loaded 2-core one); the spec prints the figures it measured.
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type PlaygroundPage } from './fixtures/playground';

// Files go to a folder of their own, removed afterwards: a failed test's results (uploaded by CI) must not carry
// a 5 GB sparse file.
let folder = '';
async function tempPath(name: string): Promise<string> {
  folder ||= await mkdtemp(join(tmpdir(), 'import-large-'));
  return join(folder, name);
}
test.afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
  folder = '';
});

/** The mark the page sets once a file's runs are ready for the store, or refused (RUNS_READ_MARK, importRuns.ts). */
const RUNS_READ_MARK = 'runs-import-read';

type Run = Record<string, unknown>;

/** The page's own export, to take an untrained run's settings and envelope from (as a person's file would). */
async function pageExport(playground: PlaygroundPage): Promise<{ file: Record<string, unknown>; run: Run }> {
  const file = JSON.parse((await playground.download('Download JSON')).body.toString('utf8')) as { runs: Run[] };
  return { file, run: file.runs[0]! };
}

/** A finished run like `base`, of `points` steps whose series are made by `value`, evaluated every 200 steps. */
function bigRun(base: Run, name: string, points: number, value: (i: number) => [number, number, number]): Run {
  const steps = new Array<number>(points);
  const losses = new Array<number>(points);
  const learningRates = new Array<number>(points);
  const seconds = new Array<number>(points);
  for (let i = 0; i < points; i++) {
    steps[i] = i + 1;
    const [loss, learningRate, second] = value(i);
    losses[i] = loss;
    learningRates[i] = learningRate;
    seconds[i] = second;
  }
  const evaluations = steps
    .filter((step) => step % 200 === 0)
    .map((step) => ({ step, epoch: step / 600, seconds: step / 100, testLoss: 1 / step, testAccuracy: 0.9 }));
  return {
    ...base,
    name,
    stepsPerEpoch: 600,
    status: 'finished',
    series: { steps, losses, learningRates, seconds },
    evaluations,
  };
}

/** Records the page's long tasks and the longest gap between frames, and every progress text it shows. */
async function watchMainThread(page: Page): Promise<void> {
  await page.evaluate(() => {
    const watch = { longTasks: [] as { start: number; duration: number }[], longestFrameGap: 0, texts: [] as string[] };
    (window as unknown as { watch: typeof watch }).watch = watch;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) watch.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask' });
    let last = performance.now();
    const frame = (now: number) => {
      watch.longestFrameGap = Math.max(watch.longestFrameGap, now - last);
      last = now;
      for (const bar of document.querySelectorAll('progress')) {
        const text = bar.labels?.[0]?.textContent ?? '';
        if (text && watch.texts.at(-1) !== text) watch.texts.push(text);
      }
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

interface MainThread {
  /**
   * The longest stretch of a task before the runs were ready for the store (the read, parse, checks and unpacking):
   * a task that sets the mark and then hands the runs to the store counts only up to the mark.
   */
  longestBeforeRuns: number;
  /** The longest stretch after: the store taking the runs and the first draw of their curves. */
  longestAfterRuns: number;
  /** Every long task, as [start, duration] rounded to milliseconds, relative to the mark (if set). */
  longTasks: [number, number][];
  longestFrameGap: number;
  texts: string[];
}

async function readMainThread(page: Page): Promise<MainThread> {
  return page.evaluate((mark) => {
    const { watch } = window as unknown as {
      watch: { longTasks: { start: number; duration: number }[]; longestFrameGap: number; texts: string[] };
    };
    const ready = performance.getEntriesByName(mark).at(-1)?.startTime ?? Infinity;
    let longestBeforeRuns = 0;
    let longestAfterRuns = 0;
    for (const { start, duration } of watch.longTasks) {
      const end = start + duration;
      longestBeforeRuns = Math.max(longestBeforeRuns, Math.min(end, ready) - start);
      longestAfterRuns = Math.max(longestAfterRuns, end - Math.max(start, ready));
    }
    const origin = Number.isFinite(ready) ? ready : 0;
    return {
      longestBeforeRuns: Math.round(longestBeforeRuns),
      longestAfterRuns: Math.round(longestAfterRuns),
      longTasks: watch.longTasks.map(({ start, duration }) => [Math.round(start - origin), Math.round(duration)]),
      longestFrameGap: Math.round(watch.longestFrameGap),
      texts: watch.texts,
    };
  }, RUNS_READ_MARK);
}

test.beforeEach(async ({ playground }) => {
  await playground.open();
  await playground.waitUntilReady();
});

test('a million-point export is read off the page’s thread, with progress, and its runs appear', async ({
  playground,
  page,
}) => {
  const path = await tempPath('million.json');
  const { file, run } = await pageExport(playground);
  const noisy = (i: number): [number, number, number] => [2 / Math.sqrt(i + 1) + Math.random() * 0.01, 1e-3, i / 90];
  const runs = ['A', 'B', 'C', 'D'].map((name) => bigRun(run, name, 250_000, noisy));
  await writeFile(path, JSON.stringify({ ...file, runs }));

  await watchMainThread(page);
  const started = Date.now();
  await page.getByLabel('Import JSON').setInputFiles(path);
  await expect(page.getByRole('progressbar', { name: /^(Reading|Checking) million\.json/ })).toBeVisible();
  await expect(page.getByText('Imported 4 runs from “million.json”.')).toBeVisible({ timeout: 60_000 });
  const seconds = (Date.now() - started) / 1000;
  await expect(page.getByRole('list', { name: 'Legend' }).getByRole('listitem')).toHaveText([
    /^A\b/,
    /^B\b/,
    /^C\b/,
    /^D\b/,
  ]);
  await expect(page.getByRole('region', { name: 'Runs' })).toContainText('Imported');
  await expect(page.getByRole('progressbar')).toHaveCount(0);

  const thread = await readMainThread(page);
  console.log(`1M points in ${seconds.toFixed(1)} s: ${JSON.stringify(thread)}`);
  expect(thread.texts.some((text) => /^Reading million\.json: [\d.]+ of [\d.]+ MB$/.test(text))).toBe(true);
  expect(thread.texts.at(-1)).toBe('Checking million.json…');
  expect(thread.longestBeforeRuns).toBeLessThan(1000);
  expect(playground.pageErrors).toEqual([]);
});

test.describe('a file of 8.4 million points (130 MB)', () => {
  let path = '';
  test.beforeEach(async ({ playground }) => {
    if (path) return; // written once, for both tests
    path = await tempPath('too-many-points.json');
    const { file, run } = await pageExport(playground);
    const short = (i: number): [number, number, number] => [((i % 9) + 1) / 10, 1, i % 10];
    const long = bigRun(run, 'Long', 1_050_000, short);
    await writeFile(path, JSON.stringify({ ...file, runs: new Array<Run>(8).fill(long) }));
  });

  test('is refused once read, and the page keeps responding meanwhile', async ({ playground, page }) => {
    await watchMainThread(page);
    await page.getByLabel('Import JSON').setInputFiles(path);
    await expect(page.getByRole('progressbar', { name: /^(Reading|Checking) too-many-points\.json/ })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveText(
      '“too-many-points.json” was not imported: This export holds 8,400,000 points, more than the 8,000,000 the page can import.',
      { timeout: 90_000 },
    );
    const thread = await readMainThread(page);
    console.log(`130 MB refused: ${JSON.stringify(thread)}`);
    expect(thread.texts.some((text) => /^Reading too-many-points\.json: \d+ of 130 MB$/.test(text))).toBe(true);
    expect(thread.longestBeforeRuns).toBeLessThan(1000);
    expect(playground.pageErrors).toEqual([]);
  });

  test('stops importing when Cancel is pressed', async ({ playground, page }) => {
    await page.getByLabel('Import JSON').setInputFiles(path);
    await expect(page.getByRole('progressbar', { name: /too-many-points\.json/ })).toBeVisible();
    await playground.button('Cancel').click();
    await expect(page.getByRole('progressbar')).toHaveCount(0);
    await expect(page.getByText('The import of “too-many-points.json” was cancelled.')).toBeVisible();
    // The page's own run is still there, ready to train; nothing arrives later.
    await page.waitForTimeout(1000);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(playground.stat('Status')).toHaveText('Ready');
    expect(playground.pageErrors).toEqual([]);
  });
});

test('a file larger than any export is refused from its size at once, unread', async ({ page }) => {
  const path = await tempPath('huge.json');
  await writeFile(path, '');
  await truncate(path, 5e9); // sparse: no disk or time spent on it; the bound is about 3.7 GB
  await watchMainThread(page);
  await page.getByLabel('Import JSON').setInputFiles(path);
  await expect(page.getByRole('alert')).toHaveText(
    /^“huge\.json” was not imported: This file is 5,000 MB, larger than any export the page can import \(at most 3,\d{3} MB, for 8,000,000 points\)\.$/,
    { timeout: 2000 },
  );
  const thread = await readMainThread(page);
  console.log(`3.7 GB refused: ${JSON.stringify(thread)}`);
  expect(thread.texts).toEqual([]);
});

test('without Web Workers the page reads an export itself', async ({ playground, page }) => {
  const { file, run } = await pageExport(playground);
  const path = await tempPath('small.json');
  await writeFile(path, JSON.stringify({ ...file, runs: [bigRun(run, 'Small', 1000, (i) => [1 / (i + 1), 0.01, i])] }));
  await page.addInitScript(() => Reflect.deleteProperty(window, 'Worker'));
  await playground.open();
  await playground.waitUntilReady();
  expect(await page.evaluate(() => typeof Worker)).toBe('undefined');
  await page.getByLabel('Import JSON').setInputFiles(path);
  await expect(page.getByText('Imported 1 run from “small.json”.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Legend' }).getByRole('listitem')).toHaveText([/^Small\b/]);
});
