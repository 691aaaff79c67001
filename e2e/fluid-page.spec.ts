// Issue 10: no lost clicks, every run at once, links respected and work protected — on the production build, in a
// real browser, clicking as a person does (the moment a button appears, without waiting for the data).
import { expect, test, type PlaygroundPage } from './fixtures/playground';

/** A link with `count` runs that differ only by seed (later runs are written as what differs from run 1). */
function seedsLink(count: number, extra = ''): string {
  const later = Array.from({ length: count - 1 }, (_, i) => `r${i + 1}.seed=${i + 2}`);
  return `#v=2${extra}${later.length ? `&${later.join('&')}` : ''}`;
}

async function phases(playground: PlaygroundPage): Promise<string[]> {
  return playground.page
    .getByRole('region', { name: 'Runs' })
    .locator('.run-status')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-phase') ?? ''));
}

test('Train all pressed the moment it appears is remembered, says so, and trains to 85% test accuracy', async ({
  playground,
  page,
}) => {
  await playground.open('#v=2&eval=100');
  const trainAll = playground.button('Train all');
  await expect(trainAll).toBeEnabled({ timeout: 10_000 });
  const before = await trainAll.boundingBox();
  await trainAll.click(); // no waiting for the trainer or the data
  // Until the data is in, the run says what it waits for (if the data loaded first, it is already training).
  await expect(playground.run(1).locator('.run-status')).toHaveText(
    /^(Starts when MNIST has loaded|Starting…|Training · step \d+)$/,
  );
  await expect(playground.stat('Status')).toHaveText('Training', { timeout: 90_000 });
  // The loading bar's space is kept: the button did not move under the pointer.
  expect((await trainAll.boundingBox())!.y).toBe(before!.y);
  await expect.poll(() => playground.statNumber('Test accuracy'), { timeout: 180_000 }).toBeGreaterThanOrEqual(85);
  await playground.pauseAndSettle();
  expect(playground.pageErrors).toEqual([]);
  expect(page.url()).toContain('eval=100');
});

test('Pause all 1 s after Train all pauses all 3 runs within 5 s, and only possible buttons are enabled', async ({
  playground,
}) => {
  await playground.open(seedsLink(3));
  for (const n of [1, 2, 3]) await expect.poll(() => playground.runStatus(n), { timeout: 90_000 }).toBe('Ready');
  await expect(playground.button('Pause all')).toBeDisabled();
  await expect(playground.button('Stop all')).toBeDisabled();
  await expect(playground.button('Reset all')).toBeDisabled();
  await playground.button('Train all').click();
  await expect(playground.button('Train all')).toBeDisabled();
  await playground.page.waitForTimeout(1000);
  await playground.button('Pause all').click();
  const clicked = Date.now();
  // Every run comes to rest: paused where it had begun, back to Ready where the pause caught it still starting
  // (its GPU programs compiling) — never still training, never waiting on a request.
  const resting = (phase: string) => phase === 'paused' || phase === 'ready';
  await expect
    .poll(async () => (await phases(playground)).every(resting), { timeout: 5000, intervals: [100] })
    .toBe(true);
  const rested = await phases(playground);
  console.log(`Pause all with 3 runs: all at rest ${Date.now() - clicked} ms after the click: ${rested.join(', ')}`);
  const steps = await Promise.all([1, 2, 3].map((n) => playground.runStep(n)));
  await playground.page.waitForTimeout(2000);
  expect(await Promise.all([1, 2, 3].map((n) => playground.runStep(n)))).toEqual(steps);
  expect(await phases(playground)).toEqual(rested);
  await expect(playground.button('Pause all')).toBeDisabled();
  await expect(playground.button('Train all')).toBeEnabled();
  // Reset all can act only where a run has something to reset.
  if (rested.includes('paused')) await expect(playground.button('Reset all')).toBeEnabled();
  else await expect(playground.button('Reset all')).toBeDisabled();
  expect(playground.pageErrors).toEqual([]);
});

test('Stop all with 8 training runs stops every one within 5 s', async ({ playground }) => {
  await playground.open(seedsLink(8));
  await expect(playground.page.getByRole('region', { name: 'Runs' }).getByRole('listitem')).toHaveCount(8);
  await playground.button('Train all').click();
  // Every run under way: the ones waiting for their turn included.
  await expect
    .poll(() => phases(playground), { timeout: 120_000, intervals: [250] })
    .toEqual(Array.from({ length: 8 }, () => 'training'));
  await playground.page.waitForTimeout(1500);
  await playground.button('Stop all').click();
  const clicked = Date.now();
  await expect
    .poll(() => phases(playground), { timeout: 5000, intervals: [100] })
    .toEqual(Array.from({ length: 8 }, () => 'stopped'));
  console.log(`Stop all with 8 runs: all stopped ${Date.now() - clicked} ms after the click`);
  await expect(playground.button('Stop all')).toBeDisabled();
  await expect(playground.button('Train all')).toBeDisabled(); // stopped runs cannot resume: Reset starts over
  await expect(playground.button('Reset all')).toBeEnabled();
  expect(playground.pageErrors).toEqual([]);
});

test('a link pasted into the open tab loads its experiment, asking first when trained results would be lost', async ({
  playground,
  page,
}) => {
  await playground.open();
  await playground.waitUntilReady();
  // Nothing trained yet: the new link simply opens.
  await page.evaluate(() => (location.hash = '#v=2&lr=0.01&name=Pasted'));
  await expect(playground.setting('Learning rate')).toHaveValue('0.01');
  await expect(page.getByRole('textbox', { name: 'Name of run 1' })).toHaveValue('Pasted');
  await playground.waitUntilReady();
  await playground.button('Train').click();
  await playground.waitForStep(20);
  await playground.pauseAndSettle();

  // Trained and not downloaded: the page asks; keeping the runs puts their link back in the address bar.
  await page.evaluate(() => (location.hash = '#v=2&opt=sgd&lr=0.1'));
  const dialog = page.getByRole('dialog', { name: 'Open the new link?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep my runs' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => page.url()).toContain('lr=0.01');
  await expect(playground.setting('Learning rate')).toHaveValue('0.01');
  expect(await playground.step()).toBeGreaterThanOrEqual(20);

  await page.evaluate(() => (location.hash = '#v=2&opt=sgd&lr=0.1'));
  await dialog.getByRole('button', { name: 'Open the link' }).click();
  await expect(playground.setting('Optimizer')).toHaveValue('sgd');
  await expect(playground.setting('Learning rate')).toHaveValue('0.1');
  await expect.poll(() => page.url()).toContain('opt=sgd');
  expect(playground.pageErrors).toEqual([]);
});

test('a setting changed on a trained run asks first and can add a copy instead; closing the page warns', async ({
  playground,
  page,
}) => {
  await playground.open();
  await playground.waitUntilReady();
  await playground.button('Train').click();
  await playground.waitForStep(20);
  await playground.pauseAndSettle();
  const trained = await playground.step();

  await playground.setting('Learning rate').fill('0.01');
  const dialog = page.getByRole('dialog', { name: 'Change Learning rate of Run 1?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Add a copy with the change' }).click();
  await expect(page.getByRole('textbox', { name: 'Name of run 2' })).toHaveValue('Learning rate: 0.01');
  await expect(playground.setting('Learning rate')).toHaveValue('0.01'); // the copy is being edited
  expect(await playground.runStep(1)).toBe(trained); // the original keeps its curve

  // Trained results no file holds: leaving the page asks first.
  const asked = new Promise<string>((resolve) =>
    page.once('dialog', (question) => {
      resolve(question.type());
      void question.accept(); // leave: a dismissed question would keep the page open past the test's end
    }),
  );
  await page.close({ runBeforeUnload: true });
  expect(await asked).toBe('beforeunload');
});
