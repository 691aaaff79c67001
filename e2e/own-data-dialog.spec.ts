// A person's own data through the page alone: the import dialog reads a CSV, a gzipped IDX pair and a ZIP of PNG
// folders made in the test, says what is wrong with broken files, keeps a dataset in this browser (still listed after
// a reload), trains on it above chance, and removes it; no request leaves the origin.
import { accessibilityProblems } from './fixtures/axe';
import { expect, test } from './fixtures/playground';
import { csvFile, idxPair, notAZip, zipOfFolders } from './fixtures/ownFiles';

test('on a phone, files dropped on the import dialog are read, axe finds nothing in it, Esc closes it, focus goes back', async ({
  playground,
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await playground.open();
  const opener = playground.button('Import your own data…');
  await opener.click();
  const dialog = playground.importDialog();
  await playground.dropOwnFiles([notAZip()]);
  await expect(dialog).toContainText('Chosen: broken.zip');
  await dialog.getByRole('button', { name: 'Read the files' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('broken.zip is not a readable ZIP (damaged, or not a ZIP at all)');
  const box = (await dialog.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(await accessibilityProblems(page)).toBe('');
  await page.keyboard.press('Escape');
  await expect(playground.importDialog()).toBeHidden();
  await expect(opener).toBeFocused();
});

test('imports CSV, IDX and ZIP files, names what is wrong in broken ones, trains one, keeps it and removes it', async ({
  playground,
  page,
}) => {
  test.setTimeout(120_000);
  await playground.open('#v=3&layers=32&batch=20&eval=20&lr=0.01&sched=constant');
  await playground.waitUntilReady();

  // Broken files: each says what is wrong, naming the file (or the row).
  let dialog = await playground.importOwnFiles([notAZip()]);
  await expect(dialog.getByRole('alert')).toHaveText('broken.zip is not a readable ZIP (damaged, or not a ZIP at all)');
  dialog = await playground.importOwnFiles(idxPair(30, { labelCount: 29 }));
  await expect(dialog.getByRole('alert')).toContainText('holds 30 images but');
  await expect(dialog.getByRole('alert')).toContainText('holds 29 labels');
  dialog = await playground.importOwnFiles(idxPair(30, { labelShift: 1 }));
  await expect(dialog.getByRole('alert')).toContainText('Class 0 has no examples in the training split');
  dialog = await playground.importOwnFiles([csvFile(30, 'ragged.csv', [4])]);
  await expect(dialog).toContainText('1 left out, 144 columns instead of 145: row 6');
  await expect(dialog).toContainText('23 training examples and 6 test examples (20% held out for testing)');

  // A gzipped IDX pair: 60 images, 20% held out per class.
  dialog = await playground.importOwnFiles(idxPair(60));
  await expect(dialog.getByRole('status')).toContainText('48 training examples and 12 test examples');
  await expect(dialog.getByRole('status')).toContainText('3 classes: 0, 1, 2');
  await expect(dialog.getByRole('status')).toContainText('12 × 12 pixels, grey');

  // A ZIP of PNG folders, kept at 12 × 12 grey, used.
  await dialog.getByLabel('Files', { exact: true }).setInputFiles([zipOfFolders(30)]);
  await dialog.getByRole('radio', { name: 'Keep their size (up to 64 × 64), grey' }).check();
  await dialog.getByLabel('Side in pixels').fill('12');
  await dialog.getByRole('button', { name: 'Read the files' }).click();
  await expect(dialog.getByRole('status')).toContainText('12 × 12 pixels, grey', { timeout: 30_000 });
  await expect(dialog.getByRole('status')).toContainText('3 classes:');
  await expect(dialog.getByRole('status')).toContainText('top');
  expect(await accessibilityProblems(page)).toBe('');
  await dialog.getByRole('button', { name: 'Use this dataset' }).click();
  await expect(dialog).toBeHidden();
  await expect(playground.setting('Dataset').locator('option:checked')).toHaveText('bands');

  // A Kaggle-style CSV, renamed, used and trained: 360 training examples / 20 a batch, 2 epochs = 36 steps.
  dialog = await playground.importOwnFiles([csvFile(450)]);
  await dialog.getByLabel('Title').fill('Bands CSV');
  await expect(dialog.getByRole('status')).toContainText('360 training examples and 90 test examples');
  await dialog.getByRole('button', { name: 'Use this dataset' }).click();
  await expect(playground.setting('Dataset').locator('option:checked')).toHaveText('Bands CSV');
  await playground.waitUntilReady();
  // 144 inputs · 32 + 32, then 32 · 3 + 3: the dataset's size and classes reached the model.
  await expect(playground.stat('Parameters')).toHaveText('4,739');
  await playground.button('Train').click();
  await expect(playground.stat('Status')).toHaveText('Finished', { timeout: 90_000 });
  expect(await playground.statText('Step')).toBe('36 / 36');
  expect(await playground.statNumber('Test accuracy')).toBeGreaterThan(60); // chance is 33%

  // Still here after a reload (the trained results are let go).
  page.on('dialog', (question) => void question.accept());
  await page.reload();
  await playground.waitUntilReady();
  const options = playground.setting('Dataset').locator('option');
  await expect(options).toHaveText(['MNIST digits', 'Fashion-MNIST clothes', 'bands', 'Bands CSV']);
  await expect(playground.setting('Dataset').locator('option:checked')).toHaveText('Bands CSV');

  // Removed, after a question: the run falls back to MNIST with a note.
  await playground.button('Remove this dataset').click();
  const question = page.getByRole('dialog', { name: 'Remove “Bands CSV”?' });
  await question.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(playground.setting('Dataset')).toHaveValue('mnist');
  await expect(options).toHaveText(['MNIST digits', 'Fashion-MNIST clothes', 'bands']);
  await expect(page.getByRole('status').filter({ hasText: 'was removed' })).toContainText(
    '“Bands CSV” was removed from this browser; runs that used it now train on MNIST.',
  );

  expect(playground.pageErrors).toEqual([]);
  expect(playground.foreignRequests).toEqual([]);
});

test('a link naming a dataset this browser lacks offers to import it, and its runs train on it once imported', async ({
  playground,
  page,
}) => {
  await playground.open();
  await playground.waitUntilReady();
  // The author's side: import the files, and read the setting's value a link would carry.
  let dialog = await playground.importOwnFiles([csvFile(90, 'ours.csv')]);
  await dialog.getByRole('button', { name: 'Use this dataset' }).click();
  const value = await playground.setting('Dataset').inputValue();
  expect(value).toMatch(/^own:[0-9a-f]{64}:ours$/);
  // Then this browser loses it, and the link is opened.
  await playground.button('Remove this dataset').click();
  await page
    .getByRole('dialog', { name: 'Remove “ours”?' })
    .getByRole('button', { name: 'Remove', exact: true })
    .click();
  await expect(playground.setting('Dataset')).toHaveValue('mnist');
  await playground.open(`#v=3&data=${encodeURIComponent(value)}&lr=0.01`);
  await playground.waitUntilReady();
  await expect(page.getByRole('status').filter({ hasText: '“ours”' })).toContainText('does not have');
  await expect(playground.setting('Dataset')).toHaveValue('mnist');

  // Other files do not match: the runs stay on MNIST, and the page says why.
  await playground.button('Import “ours”…').click();
  dialog = await playground.importOwnFiles([csvFile(60, 'other.csv')]);
  await dialog.getByRole('button', { name: 'Use this dataset' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'not the dataset the link names' })).toBeVisible();
  await expect(playground.setting('Learning rate')).toHaveValue('0.01');

  // The same files: the link's runs train on them.
  await playground.button('Import “ours”…').click();
  dialog = await playground.importOwnFiles([csvFile(90, 'ours.csv')]);
  await dialog.getByRole('button', { name: 'Use this dataset' }).click();
  await expect(playground.setting('Dataset')).toHaveValue(value);
  await expect(playground.button('Import “ours”…')).toHaveCount(0);
  await expect(playground.setting('Learning rate')).toHaveValue('0.01');
  expect(playground.pageErrors).toEqual([]);
  expect(playground.foreignRequests).toEqual([]);
});
