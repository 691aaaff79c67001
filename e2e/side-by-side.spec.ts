import { colourCover, countAtLeast } from './fixtures/canvas';
import { expect, test, type PlaygroundPage } from './fixtures/playground';

/** CSV rows of the export, as objects keyed by the header. */
function parseCsv(text: string): Record<string, string>[] {
  const [header, ...lines] = text.trim().split('\n');
  const keys = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((value, i) => [keys[i]!, value])));
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

async function waitForAllRuns(playground: PlaygroundPage, count: number, step: number): Promise<void> {
  await expect
    .poll(
      async () => Math.min(...(await Promise.all(Array.from({ length: count }, (_, i) => playground.runStep(i + 1))))),
      {
        timeout: 180_000,
        intervals: [500],
      },
    )
    .toBeGreaterThanOrEqual(step);
}

test('three runs train at once; the legend names the knob that differs; the CSV has all three, losses falling', async ({
  playground,
  page,
}) => {
  await playground.open();
  await playground.waitUntilReady();
  await playground.renameRun(1, 'Adam 1e-3');

  // Duplicate the baseline and change one knob: the copy is what the settings panel now edits.
  await playground.button('Duplicate Adam 1e-3').click();
  await expect(page.getByRole('textbox', { name: 'Name of run 2' })).toHaveValue('Adam 1e-3 (copy)');
  await playground.renameRun(2, 'SGD 0.1');
  await playground.setting('Optimizer').selectOption('sgd');
  await playground.setting('Learning rate').fill('0.1');
  await playground.button('Duplicate SGD 0.1').click();
  await playground.renameRun(3, 'SGD 0.01');
  await playground.setting('Learning rate').fill('0.01');
  for (const n of [1, 2, 3]) await expect.poll(() => playground.runStatus(n)).toBe('Ready');

  await playground.button('Train all').click();
  // Concurrent, not one after the other: while the first run is under way, the other two are too.
  await expect.poll(() => playground.runStep(1), { timeout: 120_000 }).toBeGreaterThanOrEqual(60);
  expect(await playground.runStep(2)).toBeGreaterThanOrEqual(20);
  expect(await playground.runStep(3)).toBeGreaterThanOrEqual(20);
  await waitForAllRuns(playground, 3, 120);
  await playground.button('Pause all').click();
  for (const n of [1, 2, 3]) await expect.poll(() => playground.runStatus(n)).toMatch(/^Paused · step \d+$/);

  const legend = page.getByRole('list', { name: 'Legend' });
  await expect(legend.getByRole('listitem')).toHaveText([
    // The names say SGD; the legend adds what they do not say, in the settings' own words.
    'Adam 1e-3 (baseline)',
    'SGD 0.1 — Learning rate: 0.1',
    'SGD 0.01 — Learning rate: 0.01',
  ]);
  const chart = page.getByRole('figure', { name: 'Training curves' });
  const canvas = chart.getByRole('img');
  await expect(canvas).toHaveAttribute(
    'aria-label',
    /^Training loss against step: Adam 1e-3 \d+\.\d{4}; SGD 0\.1 \d+\.\d{4}; SGD 0\.01 \d+\.\d{4}$/,
  );
  // Each run's curve is drawn, in its own colour.
  const colours = await legend.getByRole('listitem').evaluateAll((items) => items.map((i) => i.dataset.colour!));
  expect(new Set(colours).size).toBe(3);
  for (const colour of colours) expect(countAtLeast(await colourCover(canvas, colour), 70)).toBeGreaterThan(200);

  // Hovering the chart shows every run's value at that step.
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
  const hover = chart.locator('.hover-values');
  await expect(hover).toContainText(/Adam 1e-3: \d+\.\d{4}/);
  await expect(hover).toContainText(/SGD 0\.1: \d+\.\d{4}/);
  await expect(hover).toContainText(/SGD 0\.01: \d+\.\d{4}/);
  await page.mouse.move(0, 0);
  await expect(hover).toHaveCount(0);

  const csv = await playground.download('Download CSV');
  expect(csv.name).toMatch(/^training-runs-.*\.csv$/);
  const rows = parseCsv(csv.body.toString('utf8'));
  for (const [run, name] of [
    ['1', 'Adam 1e-3'],
    ['2', 'SGD 0.1'],
    ['3', 'SGD 0.01'],
  ]) {
    const losses = rows.filter((r) => r.run === run && r.train_loss !== '').map((r) => Number(r.train_loss));
    expect(rows.find((r) => r.run === run)?.name).toBe(name);
    expect(losses.length).toBeGreaterThanOrEqual(120);
    expect(losses.every(Number.isFinite)).toBe(true);
    expect(mean(losses.slice(-20))).toBeLessThan(mean(losses.slice(0, 20)));
  }

  // Without smoothing, the hovered values are the very losses of the export at that step, not of drawn points.
  await chart.getByLabel('Smoothing').fill('0');
  await page.mouse.move(box.x + box.width * 0.45, box.y + box.height / 2);
  const hoveredStep = Number((await hover.locator('p').textContent())!.replace(/step |,/g, ''));
  expect(hoveredStep).toBeGreaterThan(0);
  for (const [run, name] of [
    ['1', 'Adam 1e-3'],
    ['2', 'SGD 0.1'],
    ['3', 'SGD 0.01'],
  ]) {
    const row = rows.filter((r) => r.run === run && Number(r.step) <= hoveredStep && r.train_loss !== '').at(-1)!;
    await expect(hover).toContainText(`${name}: ${Number(row.train_loss).toFixed(4)}`);
  }

  const png = await playground.download('Download PNG');
  expect(png.body.subarray(1, 4).toString('ascii')).toBe('PNG');
  expect(png.body.length).toBeGreaterThan(10_000);
  // The image holds the curves, not only the legend's 10 × 10 swatches: each run's colour on hundreds of pixels.
  const pixelsPerColour = await page.evaluate(
    async ({ data, colours }) => {
      const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
      const context = new OffscreenCanvas(image.width, image.height).getContext('2d')!;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height).data;
      return colours.map((hex) => {
        const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
        let count = 0;
        for (let p = 0; p < pixels.length; p += 4) {
          if (Math.abs(pixels[p]! - r!) + Math.abs(pixels[p + 1]! - g!) + Math.abs(pixels[p + 2]! - b!) < 30) count++;
        }
        return count;
      });
    },
    { data: png.body.toString('base64'), colours },
  );
  for (const count of pixelsPerColour) expect(count).toBeGreaterThan(300);
  expect(playground.pageErrors).toEqual([]);
  expect(playground.foreignRequests).toEqual([]);
});

test('a JSON export opens again in a fresh page without training', async ({ playground, page, context }) => {
  await playground.open('#subset=examples&n=320&epochs=1&r1.name=SGD&r1.opt=sgd&r1.lr=0.1');
  await playground.waitUntilReady();
  await playground.button('Train all').click();
  for (const n of [1, 2]) await expect.poll(() => playground.runStatus(n), { timeout: 120_000 }).toMatch(/^Finished/);
  const json = await playground.download('Download JSON');
  const saved = JSON.parse(json.body.toString('utf8')) as { runs: { series: { losses: unknown[] } }[] };
  expect(saved.runs.map((r) => r.series.losses.length)).toEqual([10, 10]);

  const second = await context.newPage();
  await second.goto('/');
  await second.getByLabel('Import JSON').setInputFiles({
    name: 'runs.json',
    mimeType: 'application/json',
    buffer: json.body,
  });
  await expect(second.getByText('Imported 2 runs from “runs.json”.')).toBeVisible();
  const legend = second.getByRole('list', { name: 'Legend' });
  // The fresh page's untrained run makes way for the file's runs.
  await expect(legend.getByRole('listitem')).toHaveText(['Run 1 (baseline)', 'SGD — Learning rate: 0.1']);
  // Both imported runs are drawn, each in its colour (from equal weights and batches their 10 steps lie close, and
  // the second line covers much of the first).
  const canvas = second.getByRole('figure', { name: 'Training curves' }).getByRole('img');
  for (const colour of await legend.getByRole('listitem').evaluateAll((items) => items.map((i) => i.dataset.colour!))) {
    await expect.poll(async () => countAtLeast(await colourCover(canvas, colour), 70)).toBeGreaterThan(10);
  }
  await expect(second.getByRole('region', { name: 'Runs' })).toContainText('Imported');

  // A file that is not an export says so, and the page carries on.
  await second.getByLabel('Import JSON').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"hello": 1}'),
  });
  await expect(second.getByRole('alert')).toContainText('“notes.json” was not imported');
  expect(page.url()).toContain('r1.name=SGD');
});

test('a copied link reopens the same runs, and the same steps give the same losses', async ({
  playground,
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await playground.open('#subset=examples&n=640&epochs=2&eval=10&r1.opt=sgd&r1.lr=0.05');
  await playground.waitUntilReady();
  await playground.renameRun(2, 'Plain SGD');
  await playground.run(2).getByLabel('Colour of Plain SGD').selectOption({ label: 'pink' });
  await playground.button('Copy link').click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('col=cc79a7');

  const trainAndExport = async (target: PlaygroundPage) => {
    await target.button('Train all').click();
    for (const n of [1, 2]) {
      await expect.poll(() => target.runStatus(n), { timeout: 150_000 }).toBe('Finished · step 40');
    }
    return parseCsv((await target.download('Download CSV')).body.toString('utf8'));
  };
  const first = await trainAndExport(playground);

  const secondPage = await context.newPage();
  const { PlaygroundPage: Page } = await import('./fixtures/playground');
  const second = new Page(secondPage);
  await secondPage.goto(link);
  await expect(secondPage.getByRole('textbox', { name: 'Name of run 2', exact: true })).toHaveValue('Plain SGD');
  await expect(second.run(2).getByLabel('Colour of Plain SGD')).toHaveValue('#cc79a7');
  for (const n of [1, 2]) await expect.poll(() => second.runStatus(n), { timeout: 90_000 }).toBe('Ready');
  const again = await trainAndExport(second);

  expect(again.map((r) => [r.run, r.step])).toEqual(first.map((r) => [r.run, r.step]));
  for (const [i, row] of first.entries()) {
    for (const column of ['train_loss', 'test_loss', 'test_accuracy'] as const) {
      if (row[column] === '') continue;
      expect(Number(again[i]![column])).toBeCloseTo(Number(row[column]), 5);
    }
  }
  expect(first.filter((r) => r.test_loss !== '').length).toBe(8); // 4 evaluations per run
});

test('a run that diverges is marked at its step and the others keep training', async ({ playground, page }) => {
  // Run 2: squared error on raw pixel values with a huge step overflows within a few steps.
  await playground.open(
    '#r1.name=Diverges&r1.task=regression&r1.rloss=l2&r1.prep=raw&r1.init=standardNormal&r1.opt=sgd&r1.lr=10',
  );
  await playground.waitUntilReady();
  await playground.button('Train all').click();
  await expect.poll(() => playground.runStatus(2), { timeout: 120_000 }).toMatch(/^Diverged at step \d+$/);
  const brokeAt = await playground.runStep(2);
  const stepThen = await playground.runStep(1);
  await expect.poll(() => playground.runStep(1), { timeout: 120_000 }).toBeGreaterThan(stepThen + 40);
  await expect(page.getByRole('list', { name: 'Legend' })).toContainText(`(diverged at step ${brokeAt})`);
  // The run list flags the run's verdicts, so a problem in a run that is not selected is seen too.
  await expect(playground.run(2).locator('.run-verdicts')).toContainText('The run diverged (NaN/Inf)');
  await expect(playground.run(1).locator('.run-verdicts')).toHaveCount(0);
  await expect(page.getByRole('figure', { name: 'Training curves' })).toContainText('Diverges diverged');
  await playground.button('Pause all').click();
  expect(playground.pageErrors).toEqual([]);
});

test('a teacher hides controls and picks the view; the link carries both', async ({ playground, page, context }) => {
  await playground.open('#r1.name=SGD&r1.opt=sgd');
  await playground.waitUntilReady();
  await page.getByLabel('Choose controls to hide').check();
  await page.getByLabel('Hide Learning rate').check();
  await page.getByLabel('Hide Batch size').check();
  await page.getByLabel('Choose controls to hide').uncheck();
  await expect(playground.setting('Learning rate')).toHaveCount(0);
  await page.getByLabel('Chart', { exact: true }).selectOption('testAccuracy');
  await page.getByLabel('Layout').selectOption('panels');
  await expect.poll(() => new URL(page.url()).hash).toContain('hide=lr%2Cbatch');

  const student = await context.newPage();
  await student.goto(page.url());
  await expect(student.getByText('2 controls are hidden by this link.')).toBeVisible();
  await expect(student.getByLabel('Learning rate', { exact: true })).toHaveCount(0);
  await expect(student.getByLabel('Optimizer', { exact: true })).toBeVisible();
  await expect(student.getByLabel('Chart', { exact: true })).toHaveValue('testAccuracy');
  await expect(student.getByRole('group', { name: /^Panel of / })).toHaveCount(2);
  await student.getByRole('button', { name: 'Show all controls' }).click();
  await expect(student.getByLabel('Learning rate', { exact: true })).toBeVisible();
});
