import { gzipSync } from 'node:zlib';
import { expect, test } from './fixtures/playground';

// A missing or corrupt dataset must give a clear message on the page, never a blank page.

test('a missing dataset says so and how to fix it', async ({ playground, page }) => {
  await page.route('**/data/mnist/manifest.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await playground.open();
  await expect(playground.alert()).toHaveText(
    'The MNIST dataset is missing (data/mnist/manifest.json could not be loaded). Run `npm install` to build it.',
  );
  await expect(playground.stat('Status')).toHaveText('Stopped by an error');
  await expect(playground.button('Train')).toBeDisabled();
  await expect(page.getByRole('heading', { name: 'Training playground' })).toBeVisible();
});

test('a truncated download is reported as corrupt', async ({ playground, page }) => {
  await page.route('**/data/mnist/test-labels.idx.gzip', async (route) => {
    const response = await route.fetch();
    const body = await response.body();
    await route.fulfill({ response, body: body.subarray(0, body.length - 100) });
  });
  await playground.open();
  await expect(playground.alert()).toContainText('mnist/test-labels.idx.gzip is corrupt: it could not be decompressed');
  await expect(playground.button('Train')).toBeDisabled();
});

test('a file of the wrong kind fails the IDX check with the reason', async ({ playground, page }) => {
  // A valid gzip of a label file where the test images should be: right compression, wrong content.
  const labels = Buffer.alloc(8 + 10_000);
  labels.writeUInt32BE(0x0801, 0);
  labels.writeUInt32BE(10_000, 4);
  await page.route('**/data/mnist/test-images.idx.gzip', (route) => route.fulfill({ body: gzipSync(labels) }));
  await playground.open();
  await expect(playground.alert()).toHaveText(
    'The MNIST dataset is corrupt: data/mnist/test-images: magic number 0x00000801, expected 0x00000803 (not an IDX file of this kind).',
  );
});

test('an image file cut short fails the size check', async ({ playground, page }) => {
  const images = Buffer.alloc(16 + 10_000 * 784 - 784);
  images.writeUInt32BE(0x0803, 0);
  images.writeUInt32BE(10_000, 4);
  images.writeUInt32BE(28, 8);
  images.writeUInt32BE(28, 12);
  await page.route('**/data/mnist/test-images.idx.gzip', (route) => route.fulfill({ body: gzipSync(images) }));
  await playground.open();
  await expect(playground.alert()).toContainText('data/mnist/test-images: 7839232 bytes, expected 7840016');
});
