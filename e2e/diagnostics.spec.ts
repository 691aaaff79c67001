import { expect, test } from './fixtures/playground';

test('after training: a confusion matrix, the most confident mistakes, and a drawn digit classified', async ({
  playground,
  page,
}) => {
  await playground.open();
  await playground.waitUntilReady();
  await playground.button('Train').click();
  await playground.waitForStep(400); // evaluations at steps 200 and 400
  await playground.pauseAndSettle();

  const matrix = page.getByRole('table', { name: 'Confusion matrix' });
  await expect(matrix.getByRole('row')).toHaveCount(11); // a header row, then one per true class
  const cells = await matrix.locator('tbody td').allTextContents();
  expect(cells.map(Number).reduce((a, b) => a + b, 0)).toBe(10_000); // every test image counted once
  const diagonal = cells.filter((_, i) => i % 10 === Math.floor(i / 10)).map(Number);
  expect(diagonal.reduce((a, b) => a + b, 0)).toBeGreaterThan(8_500); // mostly right after 400 steps
  await expect(page.getByRole('list', { name: 'Most confident mistakes' }).getByRole('listitem')).toHaveCount(12);

  // Draw a "1" (one vertical stroke) and a "0" (a closed loop) with the mouse, as a person would.
  const pad = page.getByLabel('Drawing area');
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  const at = (x: number, y: number) => [box.x + x * box.width, box.y + y * box.height] as const;
  await page.mouse.move(...at(0.5, 0.15));
  await page.mouse.down();
  await page.mouse.move(...at(0.5, 0.85), { steps: 12 });
  await page.mouse.up();
  await expect(page.getByText(/^Looks like: 1 \(/)).toBeVisible();

  await page.getByRole('button', { name: 'Clear' }).click();
  await page.mouse.move(...at(0.5, 0.15));
  await page.mouse.down();
  for (let i = 1; i <= 24; i++) {
    const angle = (i / 24) * 2 * Math.PI;
    await page.mouse.move(...at(0.5 + 0.25 * Math.sin(angle), 0.5 - 0.35 * Math.cos(angle)));
  }
  await page.mouse.up();
  await expect(page.getByText(/^Looks like: 0 \(/)).toBeVisible();
  expect(playground.pageErrors).toEqual([]);
});
