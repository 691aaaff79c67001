// wasm on many threads or one: the preview server sends COOP/COEP, so the page is cross-origin isolated and TF.js
// runs its threaded SIMD build (issue 13: it failed with "e is not defined" in the minified bundle, and hung at
// "Starting" on the main thread). A host without those headers gets the one-thread build, and the page says so.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/playground';
import { startPlainServer } from './fixtures/plainServer';

// 400 steps of the default MLP: 12,800 training examples, batch 32, 1 epoch; evaluated at steps 200 and 400.
const SHORT_RUN = '#v=3&subset=examples&n=12800&epochs=1';
/**
 * The threads TF.js 4.22 uses when asked for every reported core (src/engine/backends/wasm.ts): half of them (it
 * guesses two hardware threads per core), at least 1, at most its pool of 8 helper workers.
 */
const tfjsThreads = (cores: number) => Math.max(1, Math.min(8, Math.floor(cores / 2)));
/** TF.js's helper workers: its threaded build starts a pool of them from Blob URLs; the one-thread build none. */
const helperWorkers = (page: Page) => page.workers().filter((worker) => worker.url().startsWith('blob:')).length;

test('on a cross-origin-isolated page wasm runs its threaded build and trains to at least 85% test accuracy', async ({
  playground,
  page,
}) => {
  await playground.open(`?backend=wasm${SHORT_RUN}`);
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  await playground.waitUntilReady();
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  const threads = tfjsThreads(cores);
  await expect(playground.stat('Runs on')).toHaveText(
    threads > 1 ? `worker (WebAssembly on the CPU, ${threads} threads)` : 'worker (WebAssembly on the CPU, 1 thread)',
  );
  expect(helperWorkers(page)).toBeGreaterThan(0);

  await playground.button('Train').click();
  await expect(playground.stat('Status')).toHaveText('Finished', { timeout: 180_000 });
  expect(await playground.statText('Step')).toBe('400 / 400');
  const accuracy = await playground.statNumber('Test accuracy');
  console.log(`wasm, ${threads} thread(s): test accuracy ${accuracy}% after 400 steps`);
  expect(accuracy).toBeGreaterThanOrEqual(85);
  expect(playground.pageErrors).toEqual([]);
  expect(playground.foreignRequests).toEqual([]);
});

test('wasm on the main thread starts and trains on a cross-origin-isolated page', async ({ playground, page }) => {
  await playground.open('?backend=wasm&trainer=main');
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  await playground.waitUntilReady();
  await expect(playground.stat('Runs on')).toHaveText(/^main thread \(WebAssembly on the CPU, \d+ threads?\)$/);
  await playground.trainUntilTheLossFalls(40);
  expect(playground.pageErrors).toEqual([]);
});

test('a host without the isolation headers still trains on wasm, on one thread, and the page says why', async ({
  playground,
  page,
}) => {
  const server = await startPlainServer(join(import.meta.dirname, '..', 'dist'));
  try {
    await page.goto(`${server.origin}/?backend=wasm`);
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
    await playground.waitUntilReady();
    await expect(playground.stat('Runs on')).toHaveText(
      'worker (WebAssembly on the CPU, 1 thread (the page is not cross-origin isolated))',
    );
    expect(helperWorkers(page)).toBe(0);
    await playground.trainUntilTheLossFalls(40);
    expect(playground.pageErrors).toEqual([]);
  } finally {
    await page.close();
    await server.close();
  }
});
