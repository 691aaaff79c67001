// A person tells runs apart by their names and the legend: the settings in their own words, each name once,
// duplicates named after the knob that changed, numbers as a reader writes them.
import { expect, test } from './fixtures/playground';

test('duplicates are named after the knob that changed and listed in order; the legend says each name once', async ({
  playground,
  page,
}) => {
  await playground.open();
  const name = (n: number) => page.getByRole('textbox', { name: `Name of run ${n}`, exact: true });
  const legend = page.getByRole('list', { name: 'Legend' }).getByRole('listitem');

  await playground.button('Duplicate Run 1').click();
  await playground.button('Duplicate Run 1').click();
  // The second copy comes after the first, not between Run 1 and it.
  await expect(name(2)).toHaveValue('Run 1 (copy)');
  await expect(name(3)).toHaveValue('Run 1 (copy 2)');
  await expect(legend).toHaveText([
    'Run 1 (baseline)',
    'Run 1 (copy) — same settings',
    'Run 1 (copy 2) — same settings',
  ]);

  await playground.button('Edit Run 1 (copy)').click();
  await playground.setting('Learning rate').fill('0.01');
  await playground.setting('Learning rate').blur();
  await expect(name(2)).toHaveValue('Learning rate: 0.01');
  await expect(legend.nth(1)).toHaveText('Learning rate: 0.01');
  // The card shows the name in its box, and no line repeating it.
  await expect(playground.run(2).locator('.run-legend')).toHaveCount(0);
  await expect(playground.run(3).locator('.run-legend')).toHaveText('Same settings as the baseline');

  await playground.button('Edit Run 1 (copy 2)').click();
  await playground.setting('Optimizer').selectOption('momentum');
  await expect(name(3)).toHaveValue(/^Optimizer: SGD with momentum/);
  await expect(legend.nth(2)).toHaveText(/^Optimizer: SGD with momentum/);
  await expect(legend.nth(2)).not.toContainText('momentum:');

  // A name a person gives stays; the legend adds what differs that the name does not say (the rate the switch
  // of optimizer moved with it).
  await playground.renameRun(3, 'Momentum');
  await expect(legend.nth(2)).toHaveText('Momentum — Learning rate: 0.01');

  // Accuracy is read in percent on its axis.
  await page.getByLabel('Chart', { exact: true }).selectOption('testAccuracy');
  await expect(page.getByRole('list', { name: 'Y axis' }).getByRole('listitem')).toHaveText([
    '0%',
    '20%',
    '40%',
    '60%',
    '80%',
    '100%',
  ]);
  expect(playground.pageErrors).toEqual([]);
});

test('in Chinese, a copy and the baseline are named in Chinese', async ({ playground, page }) => {
  await playground.open('?lang=zh-CN');
  await playground.button('复制 Run 1').click();
  await expect(page.getByRole('textbox', { name: '第 2 个运行的名称', exact: true })).toHaveValue('Run 1（副本）');
  await expect(page.getByRole('list', { name: '图例' }).getByRole('listitem')).toHaveText([
    'Run 1（基线）',
    'Run 1（副本） — 设置相同',
  ]);
});

test('a run stopped as asked is not shown in the error colour', async ({ playground, page }) => {
  await playground.open('?backend=wasm#subset=examples&n=640&epochs=20');
  await playground.waitUntilReady();
  await playground.button('Train').click();
  await expect.poll(() => playground.runStep(1), { timeout: 120_000 }).toBeGreaterThan(0);
  await playground.button('Stop').click();
  const status = playground.run(1).locator('.run-status');
  await expect(status).toHaveText(/^Stopped/, { timeout: 60_000 });
  const colour = await status.evaluate((element) => getComputedStyle(element).color);
  const problemColour = await page.evaluate(() => {
    const probe = document.createElement('p');
    probe.className = 'run-status is-problem';
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  });
  expect(colour).not.toBe(problemColour);
  expect(playground.pageErrors).toEqual([]);
});
