import { expect, test, type PlaygroundPage } from './fixtures/playground';

// Issue 3's claims, seen through the page on real MNIST in a real browser (WebGL, in software here). Each test
// sets a constant learning rate: the default warm-up + cosine schedule would be a second variable.

async function openWithConstantRate(playground: PlaygroundPage, query = ''): Promise<void> {
  await playground.open(query);
  await playground.waitUntilReady();
  await playground.setting('Learning-rate schedule').selectOption('Constant');
}

async function trainFor(playground: PlaygroundPage, steps: number): Promise<void> {
  await playground.button('Train').click();
  await playground.waitForStep(steps);
  await playground.pauseAndSettle();
}

test('D01: one batch with Adam is overfitted to at least 99% accuracy on that batch', async ({ playground }) => {
  await openWithConstantRate(playground);
  await playground.setting('Training set').selectOption('One batch');
  await playground.setting('Epochs').fill('150');
  await playground.setting('Evaluate every (steps)').fill('50');
  await expect(playground.stat('Training examples')).toHaveText('32 of MNIST');
  await expect(playground.stat('Step')).toHaveText('0 / 150');

  await playground.button('Train').click();
  await expect(playground.stat('Status')).toHaveText('Finished', { timeout: 120_000 });
  expect(await playground.statNumber('Training-set accuracy')).toBeGreaterThanOrEqual(99);
  expect(await playground.statNumber('Latest training loss')).toBeLessThan(0.05);
  expect(playground.pageErrors).toEqual([]);
});

test('T02/T05: a 6-layer sigmoid MLP with N(0,1) init learns clearly worse than ReLU + He', async ({ playground }) => {
  const steps = 200;
  const run = async (activation: string, initializer: string) => {
    const trained = (await playground.step()) > 0;
    await playground.setting('Activation').selectOption(activation);
    if (trained) {
      // The run has a curve: the page asks before a new setting clears it.
      const dialog = playground.page.getByRole('dialog', { name: 'Change Activation of Run 1?' });
      await dialog.getByRole('button', { name: 'Change and start afresh' }).click();
      await expect(dialog).toBeHidden();
    }
    await playground.setting('Weight initializer').selectOption(initializer);
    await expect(playground.stat('Status')).toHaveText('Ready');
    await trainFor(playground, steps);
    return {
      loss: await playground.statNumber('Test loss'),
      accuracy: await playground.statNumber('Test accuracy'),
    };
  };
  await openWithConstantRate(playground);
  await playground.setting('Hidden layer sizes').fill('128, 128, 128, 128, 128, 128');
  await playground.setting('Evaluate every (steps)').fill(String(steps));

  const sigmoid = await run('Sigmoid', 'N(0, 1)');
  const relu = await run('ReLU', 'He (variance scaling 2/fan_in)');
  console.log(`after ${steps} steps: sigmoid + N(0,1) ${JSON.stringify(sigmoid)}, ReLU + He ${JSON.stringify(relu)}`);
  expect(relu.accuracy).toBeGreaterThanOrEqual(sigmoid.accuracy + 10);
  expect(relu.loss).toBeLessThan(sigmoid.loss / 2);
  expect(playground.pageErrors).toEqual([]);
});

test('L04: Adam at learning rate 1.0 blows up, and the page says so without crashing', async ({ playground }) => {
  await openWithConstantRate(playground);
  await playground.setting('Learning rate').fill('1');
  await playground.button('Train').click();
  // Either the loss turns non-finite (the run is stopped as diverged) or it explodes (a warning is shown).
  await expect(playground.alert()).toHaveText(
    /Loss became (NaN|Infinity|-Infinity) at step \d+|The loss is exploding/,
    {
      timeout: 120_000,
    },
  );
  console.log(`lr 1.0: ${await playground.alert().textContent()}`);
  await expect(playground.page.getByRole('heading', { name: 'Training playground' })).toBeVisible();
  await expect(playground.button('Reset')).toBeEnabled();
  expect(playground.pageErrors).toEqual([]);
});

test('a CNN trains on WebGL: the loss falls', async ({ playground }) => {
  await openWithConstantRate(playground, '?backend=webgl');
  await playground.setting('Architecture').selectOption('CNN (conv blocks + dense)');
  await playground.setting('Conv filters per block').fill('8, 16');
  await playground.setting('Evaluate every (steps)').fill('60');
  await expect(playground.stat('Parameters')).toHaveText('103,018'); // 80 + 1,168 + (784·128+128) + 1,290
  await trainFor(playground, 60);
  expect(await playground.statText('Backend')).toBe('webgl');
  const first = await playground.statNumber('First training loss');
  expect(await playground.statNumber('Latest training loss')).toBeLessThan(first / 2);
  expect(await playground.statNumber('Test accuracy')).toBeGreaterThan(70);
  expect(playground.pageErrors).toEqual([]);
});
