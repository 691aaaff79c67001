import { expect, test } from './fixtures/playground';

test('a hand-written link opens that experiment, and the address follows every change', async ({
  playground,
  page,
}) => {
  await playground.open('#lr=0.01&opt=sgd&layers=64');
  await playground.waitUntilReady();
  await expect(playground.setting('Learning rate')).toHaveValue('0.01');
  await expect(playground.setting('Optimizer')).toHaveValue('sgd');
  await expect(playground.stat('Parameters')).toHaveText('50,890'); // 784·64+64 + 64·10+10

  const entries = await page.evaluate(() => history.length);
  await playground.setting('Batch size').fill('64');
  await playground.setting('Epochs').fill('3');
  await expect.poll(() => new URL(page.url()).hash).toBe('#v=3&layers=64&opt=sgd&lr=0.01&batch=64&epochs=3');
  // Changes replace the address rather than pile up history entries.
  expect(await page.evaluate(() => history.length)).toBe(entries);
  expect(playground.pageErrors).toEqual([]);
});

test('a v1 link with two runs gives run 2 the settings the v1 link meant', async ({ playground }) => {
  // v1 had no schedule knob and fixed ELU's α at 1; run 2 is run 1's v1 settings with its own rate.
  await playground.open('#v=1&act=elu&sched=exponential&r1.name=Faster&r1.lr=0.1');
  await playground.waitUntilReady();
  await playground.button('Edit Faster').click();
  await expect(playground.button('Edit Faster')).toHaveAttribute('aria-pressed', 'true');
  await expect(playground.setting('Activation')).toHaveValue('elu');
  await expect(playground.setting('Activation α')).toHaveValue('1');
  await expect(playground.setting('Learning rate')).toHaveValue('0.1');
  await expect(playground.setting('Learning-rate schedule')).toHaveValue('exponential');

  await playground.button('Edit Run 1').click();
  await expect(playground.setting('Activation α')).toHaveValue('1');
  await expect(playground.setting('Learning rate')).toHaveValue('0.001');
  expect(playground.pageErrors).toEqual([]);
});

test('Copy link copies an address that reopens the same settings', async ({ playground, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await playground.open();
  await playground.waitUntilReady();
  await playground.setting('Activation').selectOption('tanh');
  await playground.setting('Random seed').fill('7');
  await playground.button('Copy link').click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(page.url());
  // Said once, then gone.
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toHaveCount(0, { timeout: 12_000 });

  const second = await context.newPage();
  await second.goto(link);
  await expect(second.getByLabel('Activation', { exact: true })).toHaveValue('tanh');
  await expect(second.getByLabel('Random seed', { exact: true })).toHaveValue('7');
});

const brokenLinks: [string, string, RegExp][] = [
  ['a wrong type', '#lr=fast', /Learning rate: “fast” must be a number; kept 0\.001\./],
  ['an unknown version', '#v=99&lr=0.01', /made by a newer playground \(version 99/],
  [
    'a truncated compact link',
    '#z=G4XgTAZANgTiAMA6eBGCB7ADgFxAZwHMATaAQwE8BTGPEA',
    /compact part of the link \(z=…\) is damaged/,
  ],
  ['script tags', `#${encodeURIComponent('<script>window.__hacked=1</script>')}=1`, /not a setting, ignored/],
  ['1 MB of junk', `#${'%'.repeat(1_000_000)}`, /The link is too long \(1,000,000 characters\)/],
];

for (const [name, hash, message] of brokenLinks) {
  test(`a link with ${name} opens a usable page and says what was dropped`, async ({ playground, page }) => {
    await playground.open(hash);
    await playground.waitUntilReady();
    await expect(page.getByRole('status').filter({ hasText: message })).toBeVisible();
    await expect(playground.button('Train')).toBeEnabled();
    expect(await page.evaluate(() => (window as unknown as { __hacked?: number }).__hacked)).toBeUndefined();
    expect(playground.pageErrors).toEqual([]);
  });
}
