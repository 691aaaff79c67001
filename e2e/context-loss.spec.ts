import { expect, test } from './fixtures/playground';

interface ExportedFile {
  runs: { status: string; series: { steps: number[]; losses: (number | string)[] }; evaluations: { step: number }[] }[];
}

test('a WebGL context lost mid-training: the run resumes on wasm from its checkpoint and finishes, every step once', async ({
  playground,
  page,
}) => {
  // 3,200 examples in batches of 32: 100 steps an epoch, 300 in all; evaluated (and checkpointed) every 50.
  await playground.open('?backend=webgl#subset=examples&n=3200&epochs=3&eval=50&layers=64');
  await playground.waitUntilReady();
  await expect(playground.stat('Backend')).toHaveText('webgl');
  await playground.button('Train').click();
  await playground.waitForStep(120);
  await page.evaluate(() =>
    (window as unknown as { __playground: { loseContext(): void } }).__playground.loseContext(),
  );

  const notice = page.getByRole('status').filter({ hasText: 'WebGL was lost' });
  await expect(notice).toHaveText(/WebGL was lost at step [\d,]+; resumed from step [\d,]+ on wasm\./);
  const [lostAt, from] = (/step ([\d,]+); resumed from step ([\d,]+)/.exec((await notice.textContent()) ?? '') ?? [])
    .slice(1)
    .map((n) => Number(n!.replaceAll(',', '')));
  expect(lostAt).toBeGreaterThanOrEqual(120);
  expect(from).toBeLessThanOrEqual(lostAt!);
  expect(from! % 50).toBe(0); // a checkpoint step: an evaluation
  await expect(playground.stat('Backend')).toHaveText('wasm');
  await expect(playground.stat('Status')).toHaveText('Finished', { timeout: 120_000 });
  await expect(playground.button('Train')).toBeDisabled(); // finished, not failed: Reset starts over
  await expect(playground.button('Reset')).toBeEnabled();

  const file = JSON.parse((await playground.download('Download JSON')).body.toString('utf8')) as ExportedFile;
  const [run] = file.runs;
  expect(run!.status).toBe('finished');
  // Continuous and each step once: the steps retrained after the checkpoint replaced those recorded before.
  expect(run!.series.steps).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
  expect(run!.series.losses.every((loss) => typeof loss === 'number' && loss > 0)).toBe(true);
  expect(run!.evaluations.map((e) => e.step)).toEqual([50, 100, 150, 200, 250, 300]);
  expect(playground.pageErrors).toEqual([]);
});
