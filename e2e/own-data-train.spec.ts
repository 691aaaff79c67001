// The import dialog's other formats, trained from the page: a gzipped IDX pair and a ZIP of PNG class folders each
// become the run's dataset and train a few dozen steps to test accuracy above chance (3 classes: chance is 33%).
import { expect, test } from './fixtures/playground';
import { idxPair, zipOfFolders } from './fixtures/ownFiles';

test('an imported IDX pair and an imported ZIP of PNG folders each train to above chance', async ({
  playground,
  page,
}) => {
  test.setTimeout(150_000);
  await playground.open('#v=3&layers=32&batch=20&eval=20&lr=0.01&sched=constant');
  await playground.waitUntilReady();

  // 300 IDX images: 240 training examples / 20 a batch, 2 epochs = 24 steps.
  let dialog = await playground.importOwnFiles(idxPair(300));
  await dialog.getByLabel('Title').fill('Bands IDX');
  await expect(dialog.getByRole('status')).toContainText('240 training examples and 60 test examples');
  await dialog.getByRole('button', { name: 'Use this dataset' }).click();
  await expect(playground.setting('Dataset').locator('option:checked')).toHaveText('Bands IDX');
  await playground.waitUntilReady();
  await playground.button('Train').click();
  await expect(playground.stat('Status')).toHaveText('Finished', { timeout: 60_000 });
  expect(await playground.statText('Step')).toBe('24 / 24');
  const idxAccuracy = await playground.statNumber('Test accuracy');
  console.log(`IDX pair: test accuracy ${idxAccuracy}% after 24 steps (chance 33%)`);
  expect(idxAccuracy).toBeGreaterThan(60);

  // 300 PNGs in three class folders, kept at 12 × 12 grey: again 24 steps.
  dialog = await playground.importOwnFiles([zipOfFolders(300)]);
  await dialog.getByRole('radio', { name: 'Keep their size (up to 64 × 64), grey' }).check();
  await dialog.getByLabel('Side in pixels').fill('12');
  await dialog.getByRole('button', { name: 'Read the files' }).click();
  await expect(dialog.getByRole('status')).toContainText('12 × 12 pixels, grey', { timeout: 30_000 });
  await expect(dialog.getByRole('status')).toContainText('240 training examples and 60 test examples');
  await dialog.getByLabel('Title').fill('Bands ZIP');
  await dialog.getByRole('button', { name: 'Use this dataset' }).click();
  await page
    .getByRole('dialog', { name: 'Change Dataset of Run 1?' })
    .getByRole('button', { name: 'Change and start afresh' })
    .click();
  await expect(playground.setting('Dataset').locator('option:checked')).toHaveText('Bands ZIP');
  await playground.waitUntilReady();
  await expect(playground.stat('Step')).not.toHaveText('24 / 24');
  await playground.button('Train').click();
  await expect(playground.stat('Status')).toHaveText('Finished', { timeout: 60_000 });
  expect(await playground.statText('Step')).toBe('24 / 24');
  const zipAccuracy = await playground.statNumber('Test accuracy');
  console.log(`ZIP of PNG folders: test accuracy ${zipAccuracy}% after 24 steps (chance 33%)`);
  expect(zipAccuracy).toBeGreaterThan(60);

  expect(playground.pageErrors).toEqual([]);
  expect(playground.foreignRequests).toEqual([]);
});
