// Issue 12, items 5 and 6: the page on a phone, on a desktop whose settings are long, and in dark mode.
import { accessibilityProblems } from './fixtures/axe';
import { expect, test, type PlaygroundPage } from './fixtures/playground';

async function openReady(playground: PlaygroundPage, query = ''): Promise<void> {
  await playground.open(query);
  await expect(playground.page.locator('.run-status').first()).toHaveAttribute('data-phase', 'ready', {
    timeout: 90_000,
  });
}

/** Top of an element from the top of the document, in CSS pixels. */
const documentTop = (playground: PlaygroundPage, selector: string) =>
  playground.page
    .locator(selector)
    .first()
    .evaluate((node) => node.getBoundingClientRect().top + window.scrollY);

test.describe('on a 390×844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the chart is within the first two screens, after the run buttons and before the settings, with no sideways scrolling', async ({
    playground,
    page,
  }) => {
    await openReady(playground);
    const trainAll = await documentTop(playground, 'role=button[name="Train all"]');
    const chart = await documentTop(playground, 'role=figure[name="Training curves"]');
    const settings = await documentTop(playground, 'role=form[name="Experiment settings"]');
    expect(chart).toBeLessThanOrEqual(2 * 844);
    expect(trainAll).toBeLessThan(chart);
    expect(chart).toBeLessThan(settings);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test('after an evaluation the confusion matrix scrolls in its own box, not the page', async ({
    playground,
    page,
  }) => {
    await playground.open('?backend=wasm#v=3&eval=50');
    await playground.waitUntilReady();
    await playground.trainUntilTheLossFalls(60);
    const matrix = page.getByRole('region', { name: 'Confusion matrix' });
    await expect(matrix.getByRole('table', { name: 'Confusion matrix' })).toBeVisible();
    // Wider than the phone (eleven columns), so it scrolls sideways by itself; the page does not.
    expect(await matrix.evaluate((box) => box.scrollWidth > box.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test('with a lesson open, its notes fold away and the chart is still within the first two screens', async ({
    playground,
    page,
  }) => {
    await playground.open('#v=3&lesson=t02');
    await expect(page.getByRole('heading', { name: 'Sigmoid fades through depth, ReLU does not' })).toBeVisible();
    const chart = await documentTop(playground, 'role=figure[name="Training curves"]');
    expect(chart).toBeLessThanOrEqual(2 * 844);
    // What to watch is one tap away.
    await page.getByText('What to watch').click();
    await expect(page.getByText('Watch test accuracy at steps 100 and 200', { exact: false })).toBeVisible();
  });
});

test('on a 1280×900 desktop the chart stays in view while the page scrolls through the settings', async ({
  playground,
  page,
}) => {
  await openReady(playground);
  const canvas = page.getByRole('figure', { name: 'Training curves' }).getByRole('img');
  await expect(canvas).toBeInViewport({ ratio: 1 });
  // Down to the last group of settings, as a person scrolling the left column would.
  await page.getByRole('form', { name: 'Experiment settings' }).locator('fieldset').last().scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(900);
  await expect(canvas).toBeInViewport({ ratio: 1 });
});

/** The mean brightness (0–255) of what an element shows on the screen: page, canvas and all. */
async function brightness(playground: PlaygroundPage, selector: string): Promise<number> {
  const page = playground.page;
  const png = await page.locator(selector).first().screenshot();
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    let sum = 0;
    for (let i = 0; i < pixels.length; i += 4)
      sum += 0.2126 * pixels[i]! + 0.7152 * pixels[i + 1]! + 0.0722 * pixels[i + 2]!;
    return sum / (pixels.length / 4);
  }, png.toString('base64'));
}

/** The chart canvas's own pixels (transparent where nothing is drawn), as a string to compare. */
const canvasPixels = (playground: PlaygroundPage) =>
  playground.page
    .getByRole('figure', { name: 'Training curves' })
    .getByRole('img')
    .evaluate((node) => (node as HTMLCanvasElement).toDataURL());

test('dark mode: the system preference or the switch darkens the page and the chart, and contrast holds', async ({
  playground,
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openReady(playground);
  const chart = '.curve-plot';
  const light = { page: await brightness(playground, 'header'), chart: await brightness(playground, chart) };
  const lightCanvas = await canvasPixels(playground);

  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // The canvas redraws in the dark theme's grid and axis colours.
  await expect.poll(() => canvasPixels(playground)).not.toBe(lightCanvas);
  const dark = { page: await brightness(playground, 'header'), chart: await brightness(playground, chart) };
  expect(light.page).toBeGreaterThan(200);
  expect(light.chart).toBeGreaterThan(200);
  expect(dark.page).toBeLessThan(80);
  expect(dark.chart).toBeLessThan(80);
  expect(await accessibilityProblems(page, { rules: ['color-contrast'] })).toBe('');

  // The switch overrides the system, is kept in this browser across a reload, and stays out of the link.
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.getByLabel('Theme').selectOption({ label: 'Dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(page.url()).not.toMatch(/theme|dark/);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByLabel('Theme')).toHaveValue('dark');
  await page.getByLabel('Theme').selectOption({ label: 'As the system' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('pressing Train with the keyboard leaves focus on Pause, and Pause hands it back to Resume', async ({
  playground,
  page,
}) => {
  await openReady(playground, '?backend=wasm');
  const train = playground.button('Train');
  await train.focus();
  await page.keyboard.press('Enter');
  await expect(playground.button('Pause')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(playground.button('Resume')).toBeFocused();
  // The same for the whole experiment's buttons.
  await playground.button('Train all').focus();
  await page.keyboard.press('Space');
  await expect(playground.button('Pause all')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(playground.button('Train all')).toBeFocused();
});
