import { expect, test } from './fixtures/playground';

test('every setting has a visible label that is its accessible name, and a hint', async ({ playground, page }) => {
  await playground.open();
  await playground.waitUntilReady();
  const form = page.getByRole('form', { name: 'Experiment settings' });
  for (const group of ['Data', 'Model', 'Optimization', 'Regularization', 'Evaluation']) {
    await expect(form.getByRole('group', { name: group })).toBeVisible();
  }
  for (const label of [
    'Dataset',
    'Training set',
    'Label noise (%)',
    'Input preprocessing',
    'Wrong reshape bug',
    'Task',
    'Architecture',
    'Hidden layer sizes',
    'Activation',
    'Output layer',
    'Biases',
    'Weight initializer',
    'Output-layer initializer',
    'Batch norm',
    'Optimizer',
    'Learning rate',
    'Adam β1',
    'Batch size',
    'Epochs',
    'Random seed',
    'Gradient clipping',
    'Learning-rate schedule',
    'Dropout rates',
    'MC dropout samples',
    'L1 weight penalty',
    'L2 weight penalty',
    'Max-norm r',
    'Early stopping patience',
    'Evaluate every (steps)',
  ]) {
    const control = playground.setting(label);
    await expect(control, label).toBeVisible();
    await expect(form.getByText(label, { exact: true }), label).toBeVisible();
    await expect(control, label).toHaveAccessibleDescription(/\S/);
  }
});

test('only the knobs that apply are shown', async ({ playground }) => {
  await playground.open();
  await playground.waitUntilReady();
  await expect(playground.setting('Adam β1')).toBeVisible();
  await expect(playground.setting('Momentum β')).toBeHidden();
  await playground.setting('Optimizer').selectOption('Nesterov momentum');
  await expect(playground.setting('Momentum β')).toBeVisible();
  await expect(playground.setting('Adam β1')).toBeHidden();

  await expect(playground.setting('Conv filters per block')).toBeHidden();
  await playground.setting('Architecture').selectOption('CNN (conv blocks + dense)');
  await expect(playground.setting('Conv filters per block')).toBeVisible();
  await expect(playground.setting('Hidden layer sizes')).toBeHidden();

  await playground.setting('Learning-rate schedule').selectOption('Piecewise constant');
  await expect(playground.setting('Schedule boundaries (steps)')).toBeVisible();
  await playground.setting('Schedule rates').fill('0.01, 0.001, 0.0001');
  await expect(playground.alert().filter({ hasText: 'Schedule rates: 1 boundary needs 2 rates, not 3' })).toBeVisible();
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

  // Leaving the field puts back the value in effect and keeps the reason.
  await playground.setting('Batch size').focus();
  await expect(playground.setting('Hidden layer sizes')).toHaveValue('64');
  await expect(
    playground.alert().filter({ hasText: 'Not applied: Hidden layer sizes (item 2): must be between 8 and 1024' }),
  ).toBeVisible();

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
  await expect(playground.stat('Step')).toHaveText(`${pausedAt.toLocaleString('en-US')} / 3,750`);

  await playground.button('Reset').click();
  await expect(playground.stat('Status')).toHaveText('Ready');
  await expect(playground.stat('Step')).toHaveText('0 / 3,750');
  await expect(playground.stat('First training loss')).toHaveText('–');
  expect(playground.pageErrors).toEqual([]);
});

test('switching the optimizer offers its usual learning rate', async ({ playground, page }) => {
  await playground.open();
  await playground.waitUntilReady();
  await expect(playground.setting('Learning rate')).toHaveValue('0.001');

  // Left at Adam's usual rate, the rate follows the optimizer, and the page says so.
  await playground.setting('Optimizer').selectOption('sgd');
  await expect(playground.setting('Learning rate')).toHaveValue('0.1');
  const set = page.getByRole('status').filter({ hasText: 'Learning rate set to' });
  await expect(set).toHaveText("Learning rate set to 0.1, SGD's usual rate (it was 0.001, Adam's).");

  // A rate the person chose stays, with the usual one a click away.
  await playground.setting('Learning rate').fill('0.05');
  await expect(set).toHaveCount(0);
  await playground.setting('Optimizer').selectOption('adam');
  await expect(playground.setting('Learning rate')).toHaveValue('0.05');
  const kept = page.getByRole('status').filter({ hasText: "Adam's usual learning rate is 0.001" });
  await expect(kept).toContainText("Adam's usual learning rate is 0.001; this run keeps its own, 0.05.");
  await kept.getByRole('button', { name: 'Use 0.001' }).click();
  await expect(playground.setting('Learning rate')).toHaveValue('0.001');
  await expect(kept).toHaveCount(0);
  expect(playground.pageErrors).toEqual([]);
});
