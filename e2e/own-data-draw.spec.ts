// Drawing one's own data in the import dialog: three named classes, six mouse-drawn examples each (a vertical line, a
// horizontal line, a circle), undo, then "Use this dataset" stores them like an import and a run trains on them to
// test accuracy above chance; no request leaves the origin.
import type { Page } from '@playwright/test';
import { accessibilityProblems } from './fixtures/axe';
import { expect, test } from './fixtures/playground';

type Shape = 'vertical' | 'horizontal' | 'circle';

/** One stroke of `shape` on the pad, shifted by `wobble` pixels so no two examples are the same. */
async function drawShape(page: Page, pad: { x: number; y: number; width: number }, shape: Shape, wobble: number) {
  const at = (fx: number, fy: number) => [pad.x + fx * pad.width + wobble, pad.y + fy * pad.width - wobble] as const;
  const points =
    shape === 'vertical'
      ? [at(0.5, 0.15), at(0.5 + wobble / 400, 0.85)]
      : shape === 'horizontal'
        ? [at(0.15, 0.5), at(0.85, 0.5 + wobble / 400)]
        : Array.from({ length: 25 }, (_, k) =>
            at(0.5 + 0.3 * Math.cos((k / 24) * 2 * Math.PI), 0.5 + 0.3 * Math.sin((k / 24) * 2 * Math.PI)),
          );
  await page.mouse.move(...points[0]!);
  await page.mouse.down();
  for (const point of points.slice(1)) await page.mouse.move(...point, { steps: shape === 'circle' ? 1 : 8 });
  await page.mouse.up();
}

test('draws three classes on the pad, undoes one, uses the drawings and trains on them above chance', async ({
  playground,
  page,
}) => {
  test.setTimeout(120_000);
  await playground.open('#v=3&layers=32&batch=5&epochs=10&eval=0&lr=0.01&sched=constant');
  await playground.waitUntilReady();
  await playground.button('Import your own data…').click();
  await playground.importDialog().getByRole('button', { name: 'Draw your own data instead…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Draw your own data' });
  await dialog.getByLabel('Number of classes').fill('3');
  const shapes: Shape[] = ['vertical', 'horizontal', 'circle'];
  for (const [i, shape] of shapes.entries()) await dialog.getByLabel(`Name of class ${i + 1}`).fill(shape);
  await expect(dialog.getByRole('radio')).toHaveCount(3);
  const use = dialog.getByRole('button', { name: 'Use this dataset' });

  // Adding with nothing drawn says so.
  await dialog.getByRole('button', { name: 'Add to “vertical”' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Draw something on the pad first.');

  for (const shape of shapes) {
    await dialog.getByRole('radio', { name: new RegExp(`^${shape} `) }).check();
    const pad = (await dialog.getByLabel(`Drawing pad: draw one example of “${shape}”`).boundingBox())!;
    for (let k = 0; k < 6; k++) {
      await drawShape(page, pad, shape, k * 3 - 8);
      await dialog.getByRole('button', { name: `Add to “${shape}”` }).click();
    }
    if (shape === 'horizontal') {
      // A seventh, undone: the count goes back to six.
      await drawShape(page, pad, 'circle', 0);
      await dialog.getByRole('button', { name: 'Add to “horizontal”' }).click();
      await expect(dialog.getByRole('status')).toContainText('horizontal: 7');
      await dialog.getByRole('button', { name: 'Undo the last example' }).click();
      await expect(dialog.getByRole('status')).toContainText('horizontal: 6');
      await expect(use).toBeDisabled();
    }
  }
  await expect(dialog.getByRole('status')).toContainText('Examples: vertical: 6, horizontal: 6, circle: 6');
  await expect(dialog.getByRole('status')).toContainText('Every class has at least 5 examples');
  await dialog.getByLabel('Title').fill('Strokes');
  await use.click();
  await expect(dialog).toBeHidden();
  await expect(playground.setting('Dataset').locator('option:checked')).toHaveText('Strokes');
  await playground.waitUntilReady();

  // 18 drawings, 1 a class held out: 15 training examples / 5 a batch, 10 epochs = 30 steps.
  await playground.button('Train').click();
  await expect(playground.stat('Status')).toHaveText('Finished', { timeout: 60_000 });
  expect(await playground.statText('Step')).toBe('30 / 30');
  const accuracy = await playground.statNumber('Test accuracy');
  console.log(`Drawn dataset: test accuracy ${accuracy}% after 30 steps (chance 33%)`);
  expect(accuracy).toBeGreaterThan(34);
  expect(playground.pageErrors).toEqual([]);
  expect(playground.foreignRequests).toEqual([]);
});

test('on a phone, the drawing mode fits, axe finds nothing in it, and its controls work from the keyboard', async ({
  playground,
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await playground.open();
  await playground.button('Import your own data…').click();
  await playground.importDialog().getByRole('button', { name: 'Draw your own data instead…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Draw your own data' });
  await expect(dialog.getByRole('radio')).toHaveCount(10);
  await expect(dialog.getByRole('status')).toContainText('Each class needs at least 5 examples.');
  const box = (await dialog.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(await accessibilityProblems(page)).toBe('');
  // Keyboard: the class count, then a class chosen with the arrow keys.
  await dialog.getByLabel('Number of classes').focus();
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('radio')).toHaveCount(9);
  await dialog.getByRole('radio', { name: '0 (0)' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('radio', { name: '1 (0)' })).toBeChecked();
  await expect(dialog.getByRole('button', { name: 'Add to “1”' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Back to files' }).press('Enter');
  await expect(playground.importDialog().getByLabel('Files', { exact: true })).toBeVisible();
});
