// Issue 14: a run, or every run, as a PyTorch script: shown highlighted before download, with how to run it and the
// dataset's files from our own origin; the downloaded file names every setting of the run with its value.
import { gunzipSync } from 'node:zlib';
import { accessibilityProblems } from './fixtures/axe';
import { expect, test, type PlaygroundPage } from './fixtures/playground';

/** A setting's value as the script writes it in SETTINGS: JSON, but Python's True and False. */
const pythonValue = (value: unknown) =>
  typeof value === 'boolean' ? (value ? 'True' : 'False') : JSON.stringify(value);

/** The `"<field>": <value>` lines of one run's entry in the script's SETTINGS, as field → value text. */
function settingsOf(script: string, runName: string): Map<string, string> {
  const lines = script.split('\n');
  const start = lines.indexOf(`    ${JSON.stringify(runName)}: {`);
  expect(start, `SETTINGS has an entry for ${runName}`).toBeGreaterThan(0);
  const settings = new Map<string, string>();
  for (const line of lines.slice(start + 1)) {
    const match = /^ {8}("[^"]+"): (.*),$/.exec(line);
    if (!match) break;
    settings.set(JSON.parse(match[1]!) as string, match[2]!);
  }
  return settings;
}

/** Opens the page, changes a few settings of run 1 and names it; adds a second run named too. */
async function setUpTwoRuns(playground: PlaygroundPage): Promise<void> {
  await playground.open();
  await playground.waitUntilReady();
  await playground.setting('Optimizer').selectOption('Nesterov momentum');
  await playground.setting('Learning-rate schedule').selectOption('Linear warm-up, then cosine');
  await playground.setting('Dropout rates').fill('0.2');
  await playground.setting('Batch size').fill('32');
  await playground.setting('Epochs').focus();
  await playground.renameRun(1, 'Nesterov, warm-up');
  await playground.button('Add run').click();
  await playground.renameRun(2, 'Second «try»');
}

test('a run’s script is shown highlighted, downloads as .py and names every setting with its value', async ({
  playground,
  page,
}) => {
  await setUpTwoRuns(playground);
  const runs = await playground.exportedRuns();
  expect(runs.map((run) => run.name)).toEqual(['Nesterov, warm-up', 'Second «try»']);
  // The settings changed above are what the page exports, so the check below covers them.
  expect(runs[0]!.experiment).toMatchObject({ optimizer: 'nesterov', schedule: 'warmupCosine', dropout: [0.2] });
  expect(runs[0]!.experiment.batchSize).toBe(32);

  const opener = playground.button('PyTorch script of Nesterov, warm-up');
  const dialog = await playground.openScript('PyTorch script of Nesterov, warm-up');
  await expect(dialog.getByRole('heading', { name: 'PyTorch script of “Nesterov, warm-up”' })).toBeVisible();
  await expect(dialog).toContainText(
    'How to run it: python3 playground_nesterov_warm_up.py --data <folder with the four MNIST IDX files>',
  );
  await expect(dialog).toContainText('It needs Python 3 with torch and numpy');
  // Highlighted: strings and comments in colours of their own, not the text's.
  const code = dialog.getByRole('region', { name: 'The script' });
  const colourOf = (selector: string) =>
    code
      .locator(selector)
      .first()
      .evaluate((e) => getComputedStyle(e).color);
  const textColour = await code.evaluate((e) => getComputedStyle(e).color);
  expect(await colourOf('.hljs-string')).not.toBe(textColour);
  expect(await colourOf('.hljs-comment')).not.toBe(textColour);
  expect(await accessibilityProblems(page)).toBe('');

  const { name, body } = await playground.download('Download script');
  expect(name).toBe('playground_nesterov_warm_up.py');
  const script = body.toString('utf8');
  expect(script.startsWith('"""')).toBe(true);
  // The dialog showed this same script.
  expect(await code.textContent()).toBe(script);
  const settings = settingsOf(script, 'Nesterov, warm-up');
  const experiment = runs[0]!.experiment;
  expect([...settings.keys()].sort()).toEqual(Object.keys(experiment).sort());
  expect(settings.size).toBeGreaterThan(40);
  for (const [field, value] of Object.entries(experiment)) {
    expect(script, field).toContain(`        "${field}": ${pythonValue(value)},`);
    expect(settings.get(field), field).toBe(pythonValue(value));
  }
  expect(script).not.toContain('Second «try»');

  // Esc closes it, and focus goes back to the button that opened it.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  expect(playground.foreignRequests).toEqual([]);
  expect(playground.pageErrors).toEqual([]);
});

test('the script of all runs holds every run’s settings; the dataset’s files download from the page', async ({
  playground,
  page,
}) => {
  await setUpTwoRuns(playground);
  const runs = await playground.exportedRuns();
  const dialog = await playground.openScript('PyTorch script (all runs)');
  await expect(dialog.getByRole('heading', { name: 'PyTorch script of all 2 runs' })).toBeVisible();
  const { name, body } = await playground.download('Download script');
  expect(name).toBe('playground_all_runs.py');
  const script = body.toString('utf8');
  for (const run of runs) {
    const settings = settingsOf(script, run.name);
    for (const [field, value] of Object.entries(run.experiment)) {
      expect(settings.get(field), `${run.name}: ${field}`).toBe(pythonValue(value));
    }
  }
  // Run 1 is trained before run 2, as listed.
  expect(script.indexOf('"Nesterov, warm-up": {')).toBeLessThan(script.indexOf('"Second «try»": {'));

  // The four IDX files, from our own origin: the smallest downloads and reads as MNIST's 10,000 test labels.
  const files = dialog.getByRole('link');
  await expect(files).toHaveCount(4);
  for (const file of ['train-images', 'train-labels', 'test-images', 'test-labels']) {
    await expect(dialog.getByRole('link', { name: new RegExp(`^${file}\\.idx\\.gzip \\(`) })).toHaveAttribute(
      'href',
      `/data/mnist/${file}.idx.gzip`,
    );
  }
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('link', { name: /^test-labels\.idx\.gzip \(4 kB\)$/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('test-labels.idx.gzip');
  const { readFile } = await import('node:fs/promises');
  const idx = gunzipSync(await readFile(await download.path()));
  // IDX: magic 0x00000801 (unsigned bytes, one dimension), then the count, big-endian; then one byte per label.
  expect(idx.readUInt32BE(0)).toBe(0x801);
  expect(idx.readUInt32BE(4)).toBe(10_000);
  expect(idx.length).toBe(8 + 10_000);

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(playground.button('PyTorch script (all runs)')).toBeFocused();
  expect(playground.foreignRequests).toEqual([]);
});

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });
  test('the highlighted script keeps its contrast', async ({ playground, page }) => {
    await playground.open();
    await playground.waitUntilReady();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await playground.openScript('PyTorch script of Run 1');
    expect(await accessibilityProblems(page)).toBe('');
  });
});

test.describe('on a 390×844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('the dialog fits, the script scrolls in its own focusable box, and axe finds nothing', async ({
    playground,
    page,
  }) => {
    await playground.open();
    await playground.waitUntilReady();
    const dialog = await playground.openScript('PyTorch script of Run 1');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    const code = dialog.getByRole('region', { name: 'The script' });
    // Its long lines scroll inside it, and a keyboard can reach it to scroll.
    expect(await code.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
    await code.focus();
    await expect(code).toBeFocused();
    expect(await accessibilityProblems(page)).toBe('');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

test('in 简体中文 the buttons and the dialog speak Chinese', async ({ playground, page }) => {
  await playground.open('?lang=zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.getByRole('button', { name: 'PyTorch 脚本（全部运行）' }).click();
  const dialog = page.getByRole('dialog', { name: /PyTorch 脚本/ });
  await expect(dialog).toContainText('运行方法');
  await expect(dialog.locator('code').first()).toHaveText(
    'python3 playground_all_runs.py --data <存放四个 MNIST IDX 文件的文件夹>',
  );
  await expect(dialog.getByRole('button', { name: '下载脚本' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: '复制脚本' })).toBeVisible();
  expect(await accessibilityProblems(page)).toBe('');
});
