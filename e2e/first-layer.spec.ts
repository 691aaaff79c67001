// The first layer as pictures: tiles that change as the run trains (read at two health steps), a tile opened
// larger with its activation on a digit, and the Weights / Gradient switch redrawing the tiles.
import { accessibilityProblems } from './fixtures/axe';
import { expect, pixelDifference, test } from './fixtures/playground';

test('an MLP’s first-layer tiles change as it trains, open larger, and switch to the gradient', async ({
  playground,
}) => {
  const { page } = playground;
  await playground.open('?backend=wasm#v=3&layers=32');
  await playground.waitUntilReady();
  await expect(playground.firstLayer()).toHaveCount(0);
  await playground.button('Train').click();
  await playground.waitForStep(10);
  await playground.pauseAndSettle();
  await expect(playground.tile('Unit 16 of dense 1')).toBeVisible();
  await expect(playground.tile('Unit 17 of dense 1')).toHaveCount(0); // the first 16 of 32 units
  const early = await playground.firstLayerStep();
  const before = await playground.tilePixels('Unit 1 of dense 1');
  expect(before).toHaveLength(28 * 28 * 4);

  const later = await playground.trainUntilTilesPass(Math.max(early, 50));
  expect(later).toBeGreaterThan(early);
  const after = await playground.tilePixels('Unit 1 of dense 1');
  expect(pixelDifference(before, after)).toBeGreaterThan(100);

  // The gradient of the same weights draws something else on the same tile.
  await playground.firstLayer().getByRole('radio', { name: 'Gradient' }).check();
  const gradient = await playground.tilePixels('Unit 1 of dense 1');
  expect(pixelDifference(after, gradient)).toBeGreaterThan(100);
  await playground.firstLayer().getByRole('radio', { name: 'Weights' }).check();
  expect(pixelDifference(after, await playground.tilePixels('Unit 1 of dense 1'))).toBe(0);

  // A tile opens larger, with the unit's activation on test image 0; Close hands focus back to the tile.
  await playground.tile('Unit 3 of dense 1').click();
  const dialog = page.getByRole('dialog', { name: /Unit 3 of dense 1/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('img', { name: 'Unit 3 of dense 1: Weights' })).toBeVisible();
  await expect(dialog.getByText(/^Activation on the digit: -?[\d.e+-]+$/)).toBeVisible();
  await expect(dialog.getByRole('img', { name: /^The digit: test image 0, a / })).toBeVisible();
  expect(await accessibilityProblems(page)).toBe('');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(playground.tile('Unit 3 of dense 1')).toBeFocused();

  // A drawn digit: once drawn, the unit's activation is measured on it.
  const drawing = playground.firstLayer().getByRole('radio', { name: /^Your drawing/ });
  await expect(drawing).toBeDisabled();
  await playground.drawAOne();
  await drawing.check();
  await playground.tile('Unit 3 of dense 1').click();
  await expect(dialog.getByRole('img', { name: 'The digit: your drawing' })).toBeVisible();
  await expect(dialog.getByText(/^Activation on the digit: -?[\d.e+-]+$/)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // The tiles wrap to the column: the page is no wider than a phone or a projector at 150%.
  for (const size of [
    { width: 390, height: 844 },
    { width: 683, height: 512 },
  ]) {
    await page.setViewportSize(size);
    await expect(playground.tile('Unit 16 of dense 1')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
  }
  expect(playground.pageErrors).toEqual([]);
});

test('a CNN shows its conv-1 filters and their activation maps on a test digit', async ({ playground }) => {
  const { page } = playground;
  await playground.open('?backend=wasm#v=3&arch=cnn&filters=4,8');
  await playground.waitUntilReady();
  await playground.button('Train').click();
  await playground.waitForStep(5);
  await playground.pauseAndSettle();
  await expect(playground.tile('Filter 4 of conv 1')).toBeVisible();
  await expect(playground.tile('Filter 5 of conv 1')).toHaveCount(0);
  const early = await playground.firstLayerStep();
  const before = await playground.tilePixels('Filter 1 of conv 1');
  const maps = playground.firstLayer().getByRole('figure', { name: /^Activation maps of conv 1 on the digit/ });
  await expect(maps.getByRole('img', { name: 'Filter 2 of conv 1: Activation map on the digit' })).toBeVisible();
  await expect(maps.getByRole('img', { name: /^The digit: test image 0, a / })).toBeVisible();

  // Another test image: the maps are measured anew on it.
  await playground.firstLayer().getByRole('spinbutton', { name: 'Test image number' }).fill('7');
  await expect(maps.getByRole('img', { name: /^The digit: test image 7, a / })).toBeVisible();

  await playground.trainUntilTilesPass(Math.max(early, 20));
  const after = await playground.tilePixels('Filter 1 of conv 1');
  expect(pixelDifference(before, after)).toBeGreaterThan(0);

  await playground.firstLayer().getByRole('radio', { name: 'Gradient' }).check();
  expect(pixelDifference(after, await playground.tilePixels('Filter 1 of conv 1'))).toBeGreaterThan(0);

  await playground.tile('Filter 2 of conv 1').click();
  const dialog = page.getByRole('dialog', { name: /Filter 2 of conv 1/ });
  await expect(dialog.getByRole('img', { name: 'Activation map on the digit' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(playground.pageErrors).toEqual([]);
});
