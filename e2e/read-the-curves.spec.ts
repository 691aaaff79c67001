import { colourCover } from './fixtures/canvas';
import { expect, test } from './fixtures/playground';
import type { Locator } from '@playwright/test';

/** The y axis's tick labels as numbers, with the height (px) at which each sits. */
async function yTicks(chart: Locator): Promise<{ value: number; at: number }[]> {
  const items = chart.getByRole('list', { name: 'Y axis' }).getByRole('listitem');
  const ticks = [];
  for (const item of await items.all()) {
    const box = (await item.boundingBox())!;
    ticks.push({ value: Number(await item.textContent()), at: box.y + box.height / 2 });
  }
  return ticks;
}

test('smoothing and a log scale change how the loss curve is drawn, not the data', async ({ playground, page }) => {
  await playground.open();
  await playground.waitUntilReady();
  await playground.button('Train').click();
  await playground.waitForStep(60);
  await playground.pauseAndSettle();

  const chart = page.getByRole('figure', { name: 'Training curves' });
  const canvas = chart.getByRole('img');
  await expect(canvas).toHaveAttribute('aria-label', /^Training loss against step: Run 1 \d+\.\d{4}$/);
  const colour = (await page.getByRole('list', { name: 'Legend' }).getByRole('listitem').getAttribute('data-colour'))!;

  const smoothing = chart.getByLabel('Smoothing');
  await smoothing.fill('0');
  await expect(chart.locator('output')).toHaveText('0.00');
  await page.waitForTimeout(300); // the next frame draws
  const raw = await colourCover(canvas, colour);
  // No smoothing: the raw curve is the bold one.
  const boldRaw = raw.flatMap((a, i) => (a >= 70 ? [i] : []));
  expect(boldRaw.length).toBeGreaterThan(300);

  await smoothing.fill('0.9');
  await expect(chart.locator('output')).toHaveText('0.90');
  await page.waitForTimeout(300);
  const smoothed = await colourCover(canvas, colour);
  // The raw curve stays where it was, faint: nearly every pixel of the bold raw line still has the colour (a
  // 1 px line at 20% opacity leaves 3–20% on the pixels it crosses)…
  const stillColoured = boldRaw.filter((i) => smoothed[i]! >= 3).length;
  expect(stillColoured / boldRaw.length).toBeGreaterThan(0.9);
  const faint = boldRaw.filter((i) => smoothed[i]! >= 3 && smoothed[i]! <= 30).length;
  expect(faint / boldRaw.length).toBeGreaterThan(0.7);
  // …and the bold line is now another one, the smoothed curve, mostly elsewhere.
  const boldRawSet = new Set(boldRaw);
  const boldSmoothed = smoothed.flatMap((a, i) => (a >= 70 ? [i] : []));
  expect(boldSmoothed.length).toBeGreaterThan(300);
  expect(boldSmoothed.filter((i) => boldRawSet.has(i)).length / boldSmoothed.length).toBeLessThan(0.5);
  const first = await playground.statText('First training loss');

  // Linear: equal steps of value are equal steps on the screen.
  const linear = await yTicks(chart);
  expect(linear.length).toBeGreaterThanOrEqual(3);
  const valueStep = linear[1]!.value - linear[0]!.value;
  const pixelStep = linear[1]!.at - linear[0]!.at;
  for (let i = 2; i < linear.length; i++) {
    expect(linear[i]!.value - linear[i - 1]!.value).toBeCloseTo(valueStep, 9);
    expect(linear[i]!.at - linear[i - 1]!.at).toBeCloseTo(pixelStep, 0);
  }

  await chart.getByLabel('Log scale').check();
  await expect.poll(async () => (await yTicks(chart)).map((t) => t.value)).not.toEqual(linear.map((t) => t.value));
  // Log: the screen distance between ticks follows the ratio of their values, not their difference.
  const log = await yTicks(chart);
  expect(log.length).toBeGreaterThanOrEqual(3);
  const pixelsPerDecade = (log[0]!.at - log.at(-1)!.at) / Math.log10(log.at(-1)!.value / log[0]!.value);
  for (let i = 1; i < log.length; i++) {
    expect(log[i - 1]!.at - log[i]!.at).toBeCloseTo(Math.log10(log[i]!.value / log[i - 1]!.value) * pixelsPerDecade, 0);
  }
  // The numbers the run produced are untouched by how they are drawn.
  expect(await playground.statText('First training loss')).toBe(first);
  expect(playground.pageErrors).toEqual([]);
});
