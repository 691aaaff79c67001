import { expect, test } from './fixtures/playground';

test('the same trainer runs on the main thread when asked (the Safari fallback)', async ({ playground }) => {
  await playground.open('?trainer=main&backend=webgl');
  await playground.waitUntilReady();
  await expect(playground.stat('Runs on')).toHaveText(/^main thread \(WebGL 2/);
  await playground.trainUntilTheLossFalls(40);
  expect(await playground.statText('Backend')).toBe('webgl');
  expect(playground.pageErrors).toEqual([]);
});

test('the page says which backend runs when WebGL is not used', async ({ playground }) => {
  await playground.open('?backend=cpu');
  await playground.waitUntilReady();
  await expect(playground.stat('Backend')).toHaveText('cpu');
  await expect(playground.stat('Runs on')).toHaveText('worker (JavaScript on the CPU)');
  await playground.button('Train').click();
  await playground.waitForStep(20);
  await playground.pauseAndSettle();
  expect(playground.pageErrors).toEqual([]);
});

test('a lost WebGL context on the main thread: the run goes on on wasm instead of training on garbage', async ({
  playground,
  page,
}) => {
  await playground.open('?backend=webgl&trainer=main');
  await playground.waitUntilReady();
  await playground.button('Train').click();
  await playground.waitForStep(20);
  await page.evaluate(() =>
    (window as unknown as { __playground: { loseContext(): void } }).__playground.loseContext(),
  );
  // Before its first checkpoint (step 200, the first evaluation) the run starts again from its start.
  await expect(page.getByRole('status').filter({ hasText: 'WebGL was lost' })).toHaveText(
    /WebGL was lost at step [\d,]+; resumed from step 0 on wasm\./,
  );
  await expect(playground.stat('Backend')).toHaveText('wasm');
  await expect(playground.stat('Status')).toHaveText('Training');
  await expect(playground.button('Train')).toBeDisabled();
  await expect(playground.alert()).toHaveCount(0);
  await playground.waitForStep(30);
  await playground.pauseAndSettle();
  expect(playground.pageErrors).toEqual([]);
});
