// An own dataset, put into the browser's registry as the import dialog will (through the page's test hook), trains
// from a link that names it; a link naming one this browser lacks opens on MNIST and says which is missing.
import { expect, test } from './fixtures/playground';

const FINGERPRINT = '0123456789abcdef0123456789abcdef';

/** A 12 × 12 grey dataset of 3 classes (class c lights the c-th third of the rows), built in the page. */
function putBands(fingerprint: string): Promise<void> {
  const make = (count: number, seed: number) => {
    let state = seed;
    const noise = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648) * 90;
    const images = new Uint8Array(count * 144);
    const labels = new Uint8Array(count);
    for (let i = 0; i < count; i++) {
      labels[i] = i % 3;
      for (let p = 0; p < 144; p++)
        images[i * 144 + p] = Math.floor((Math.floor((3 * Math.floor(p / 12)) / 12) === i % 3 ? 160 : 0) + noise());
    }
    return { count, images, labels };
  };
  const hook = (window as unknown as { __playground: { putOwnDataset(dataset: unknown): Promise<void> } }).__playground;
  return hook.putOwnDataset({
    info: { title: 'Bands', height: 12, width: 12, channels: 1, classNames: ['top', 'middle', 'bottom'] },
    train: make(600, 1),
    test: make(60, 2),
    fingerprint,
  });
}

test('trains an own dataset a link names, and shows its classes in the confusion matrix', async ({
  playground,
  page,
}) => {
  await playground.open();
  await playground.waitUntilReady();
  await page.evaluate(putBands, FINGERPRINT);

  await playground.open(`#v=3&data=own%3A${FINGERPRINT}%3ABands&layers=32&batch=20&eval=20&lr=0.01&sched=constant`);
  await playground.waitUntilReady();
  await expect(playground.setting('Dataset')).toHaveValue(`own:${FINGERPRINT}:Bands`);
  // 144 inputs · 32 + 32, then 32 · 3 + 3: the dataset's size and classes reached the model.
  await expect(playground.stat('Parameters')).toHaveText('4,739');
  await playground.button('Train').click();
  // 600 examples / 20 a batch = 30 steps an epoch, 2 epochs; evaluations every 20 steps and at each epoch end.
  await expect(playground.stat('Status')).toHaveText('Finished', { timeout: 120_000 });
  expect(await playground.statText('Step')).toBe('60 / 60');

  const matrix = page.getByRole('table', { name: 'Confusion matrix' });
  await expect(matrix.getByRole('row')).toHaveCount(4); // a header row, then one per true class
  await expect(matrix.getByRole('columnheader')).toHaveText(['true ↓ / predicted →', 'top', 'middle', 'bottom']);
  const cells = (await matrix.locator('tbody td').allTextContents()).map(Number);
  expect(cells.reduce((a, b) => a + b, 0)).toBe(60); // every test image counted once
  expect(cells[0]! + cells[4]! + cells[8]!).toBeGreaterThan(40); // well above chance (20)
  expect(playground.pageErrors).toEqual([]);
  expect(playground.foreignRequests).toEqual([]);
});

test('a link naming a dataset this browser lacks opens on MNIST and says which one to import', async ({
  playground,
  page,
}) => {
  await playground.open('#v=3&data=own%3Afedcba9876543210%3AOur+cats&lr=0.01');
  await playground.waitUntilReady();
  await expect(page.getByRole('status').filter({ hasText: 'Our cats' })).toHaveText(
    'This link trains on “Our cats” (fingerprint fedcba98), a dataset of its author’s that this browser does not ' +
      'have; it opened on MNIST instead. Import that dataset to train on it.',
  );
  await expect(playground.setting('Dataset')).toHaveValue('mnist');
  await expect(playground.setting('Learning rate')).toHaveValue('0.01'); // the rest of the link is used
  expect(page.url()).not.toContain('own');
  expect(playground.pageErrors).toEqual([]);
});
