import { expect, test } from './fixtures/playground';

test('every setting has a visible label that is its accessible name, and a hint', async ({ playground, page }) => {
  await playground.open();
  await playground.waitUntilReady();
  for (const label of [
    'Dataset',
    'Hidden layer sizes',
    'Activation',
    'Weight initializer',
    'Optimizer',
    'Learning rate',
    'Batch size',
    'Epochs',
    'Random seed',
    'Evaluate every (steps)',
  ]) {
    const control = playground.setting(label);
    await expect(control).toBeVisible();
    await expect(page.getByText(label, { exact: true })).toBeVisible();
    await expect(control).toHaveAccessibleDescription(/\S/);
  }
});

test('changing the layers rebuilds the model; an invalid value is explained and not applied', async ({
  playground,
}) => {
  await playground.open();
  await playground.waitUntilReady();
  await expect(playground.stat('Parameters')).toHaveText('235,146'); // 784·256+256 + 256·128+128 + 128·10+10

  await playground.setting('Hidden layer sizes').fill('64');
  await expect(playground.stat('Parameters')).toHaveText('50,890'); // 784·64+64 + 64·10+10

  await playground.setting('Hidden layer sizes').fill('64, 0');
  await expect(playground.alert()).toHaveText('Hidden layer sizes (item 2): must be between 8 and 1024');
  await expect(playground.setting('Hidden layer sizes')).toHaveAttribute('aria-invalid', 'true');
  await expect(playground.stat('Parameters')).toHaveText('50,890');

  await playground.setting('Learning rate').fill('20');
  await expect(playground.alert().filter({ hasText: 'Learning rate: must be at most 10' })).toBeVisible();
  await expect(playground.setting('Learning rate')).toHaveAccessibleDescription(/must be at most 10/);

  await playground.setting('Batch size').fill('128');
  await expect(playground.stat('Step')).toHaveText('0 / 936'); // floor(60000 / 128) · 2 epochs
});

test('pause stops training, settings unlock, and reset starts over', async ({ playground }) => {
  await playground.open();
  await playground.waitUntilReady();
  await playground.button('Train').click();
  await expect(playground.setting('Learning rate')).toBeDisabled();
  await playground.waitForStep(40);
  await playground.pauseAndSettle();
  const pausedAt = await playground.step();
  await expect(playground.setting('Learning rate')).toBeEnabled();
  await expect(playground.stat('Step')).toHaveText(`${pausedAt} / 3750`);

  await playground.button('Reset').click();
  await expect(playground.stat('Status')).toHaveText('Ready');
  await expect(playground.stat('Step')).toHaveText('0 / 3750');
  await expect(playground.stat('First training loss')).toHaveText('–');
  expect(playground.pageErrors).toEqual([]);
});
