import { expect, test } from './fixtures/playground';

test('smoothing and a log scale change how the loss curve is drawn, not the data', async ({ playground, page }) => {
  await playground.open();
  await playground.waitUntilReady();
  await playground.button('Train').click();
  await playground.waitForStep(60);
  await playground.pauseAndSettle();

  const chart = page.getByRole('figure', { name: 'Training curves' });
  const curves = chart.locator('path.recharts-line-curve');

  const smoothing = chart.getByLabel('Smoothing');
  await smoothing.fill('0');
  await expect(chart.locator('output')).toHaveText('0.00');
  await expect(curves).toHaveCount(1); // no smoothing: only the raw curve
  const raw = await curves.nth(0).getAttribute('d');
  await smoothing.fill('0.9');
  await expect(chart.locator('output')).toHaveText('0.90');
  await expect(curves).toHaveCount(2);
  // The raw curve stays, faint, behind the smoothed one.
  const faint = chart.locator('path.recharts-line-curve[stroke-opacity="0.2"]');
  const bold = chart.locator('path.recharts-line-curve:not([stroke-opacity="0.2"])');
  expect(await faint.getAttribute('d')).toBe(raw);
  expect(await bold.getAttribute('d')).not.toBe(raw);
  const first = await playground.statText('First training loss');

  const linearTicks = await chart
    .locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')
    .allTextContents();
  await chart.getByLabel('Log scale').check();
  await expect
    .poll(() => chart.locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value').allTextContents())
    .not.toEqual(linearTicks);
  // The numbers the run produced are untouched by how they are drawn.
  expect(await playground.statText('First training loss')).toBe(first);
  expect(playground.pageErrors).toEqual([]);
});
