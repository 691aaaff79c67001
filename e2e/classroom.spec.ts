// Issue 12, items 1 and 2: presentation mode for a projector (the chart and the Train control on one screen, text of
// 20 px or more, Esc leaves, keyboard shortcuts, `present=1` in a link) and a teacher's tools (show only these
// controls, hidden panels, a note shown as text) kept in the link across a reload. Training runs on wasm
// (`?backend=wasm`) and only for a moment.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures/playground';

const T02_TITLE = 'Sigmoid fades through depth, ReLU does not';
const NOTE = 'Predict first, then train.\nWatch the gap between the two curves.';
const T02_WITH_NOTE = `?backend=wasm#v=3&lesson=t02&note=${encodeURIComponent(NOTE)}`;

const presentation = (page: Page) => page.locator('.presentation');
const chartCanvas = (page: Page) => page.getByRole('figure', { name: 'Training curves' }).locator('canvas');

/** The element's box lies wholly inside the viewport, as the page opens (nothing scrolled). */
async function expectOnScreen(page: Page, element: Locator): Promise<void> {
  const box = await element.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box, 'the element is laid out').not.toBeNull();
  expect(box!.width).toBeGreaterThan(0);
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
  expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
}

async function fontSize(element: Locator): Promise<number> {
  return element.evaluate((node) => parseFloat(getComputedStyle(node).fontSize));
}

/** What a projector must show: the whole chart, the buttons for all runs, and text of at least 20 px. */
async function expectReadablePresentation(page: Page): Promise<void> {
  await expect(presentation(page)).toBeVisible();
  const canvas = chartCanvas(page);
  await expect(canvas).toBeVisible();
  await expect.poll(async () => (await canvas.boundingBox())?.height ?? 0).toBeGreaterThan(150);
  await expectOnScreen(page, canvas);
  const runs = page.getByRole('group', { name: 'All runs' });
  for (const name of ['Train all', 'Pause all', 'Reset all']) {
    const button = runs.getByRole('button', { name, exact: true });
    await expectOnScreen(page, button);
    expect(await fontSize(button)).toBeGreaterThanOrEqual(20);
  }
  for (const name of ['Settings', 'Shortcuts (?)', 'Leave (Esc)']) {
    const button = presentation(page).getByRole('button', { name, exact: true });
    await expectOnScreen(page, button);
    expect(await fontSize(button)).toBeGreaterThanOrEqual(20);
  }
  const caption = page.getByRole('region', { name: 'Lesson and note' });
  await expect(caption).toContainText('Question: Two nets of 8 hidden layers');
  await expect(caption).toContainText('What to watch:');
  await expect(caption.getByText('Watch the gap between the two curves.')).toBeVisible();
  for (const text of [caption.getByText('Question:'), caption.locator('.teacher-note-text')]) {
    expect(await fontSize(text)).toBeGreaterThanOrEqual(20);
  }
  await expectOnScreen(page, caption.getByText('Question:'));
  // Nothing wider than the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    page.viewportSize()!.width,
  );
}

test.describe('on a 1024×768 projector', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('the Present button shows the chart large with the lesson as a caption; Esc leaves', async ({
    playground,
    page,
  }) => {
    await playground.open(T02_WITH_NOTE);
    await expect(page.getByRole('region', { name: 'Teacher’s note' })).toContainText('Predict first, then train.');
    const present = page.getByRole('button', { name: 'Present', exact: true });
    await present.click();
    await expectReadablePresentation(page);
    await expect.poll(() => new URL(page.url()).hash).toContain('present=1');

    await page.keyboard.press('Escape');
    await expect(presentation(page)).toHaveCount(0);
    await expect(present).toBeFocused();
    await expect.poll(() => new URL(page.url()).hash).not.toContain('present');
    await expect(page.getByRole('region', { name: T02_TITLE })).toBeVisible();
    expect(playground.pageErrors).toEqual([]);
  });
});

test.describe('at 150% zoom on a 1024×768 projector (683×512 CSS pixels)', () => {
  test.use({ viewport: { width: 683, height: 512 }, deviceScaleFactor: 1.5 });

  test('a link with present=1 opens presenting, readable; the Leave button says Esc and leaves', async ({
    playground,
    page,
  }) => {
    await playground.open(`${T02_WITH_NOTE}&present=1`);
    await expectReadablePresentation(page);
    await presentation(page).getByRole('button', { name: 'Leave (Esc)' }).click();
    await expect(presentation(page)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Present', exact: true })).toBeVisible();
    expect(playground.pageErrors).toEqual([]);
  });
});

test('presenting, Train all pressed from the keyboard hands focus to Pause all, not to the page', async ({
  playground,
  page,
}) => {
  await playground.open('?backend=wasm#v=3&present=1');
  const runs = page.getByRole('group', { name: 'All runs' });
  const train = runs.getByRole('button', { name: 'Train all' });
  await expect(train).toBeEnabled({ timeout: 90_000 });
  await train.focus();
  await page.keyboard.press('Enter');
  await expect(runs.getByRole('button', { name: 'Pause all' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(train).toBeEnabled();
});

test('shortcuts: Space trains and pauses all runs, R resets them, ? lists the shortcuts', async ({
  playground,
  page,
}) => {
  await playground.open('?backend=wasm#v=3&present=1&r1.name=Run+2&r1.lr=0.01');
  const runs = page.getByRole('group', { name: 'All runs' });
  const train = runs.getByRole('button', { name: 'Train all' });
  const pause = runs.getByRole('button', { name: 'Pause all' });
  const reset = runs.getByRole('button', { name: 'Reset all' });
  await expect(train).toBeEnabled({ timeout: 90_000 });
  await expect(pause).toBeDisabled();

  await page.keyboard.press(' ');
  await expect(pause).toBeEnabled();
  // Both runs report steps: the chart's text names each run's latest value.
  await expect(chartCanvas(page)).not.toHaveAttribute('aria-label', /no data yet/, { timeout: 60_000 });
  await page.keyboard.press(' ');
  await expect(pause).toBeDisabled();
  await expect(train).toBeEnabled();
  // Space was the page's, not the browser's: nothing scrolled.
  expect(await page.evaluate(() => [window.scrollY, document.querySelector('.presentation')!.scrollTop])).toEqual([
    0, 0,
  ]);

  await page.keyboard.press('r');
  await expect(chartCanvas(page)).toHaveAttribute('aria-label', /Run 1 no data yet; Run 2 no data yet/);
  await expect(reset).toBeDisabled();

  // With Ctrl, Space is not a shortcut.
  await page.keyboard.press('Control+ ');
  await expect(pause).toBeDisabled();

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('Space');
  await expect(help).toContainText('Train all runs, or pause them while they train');
  // Esc closes the list first, and only then leaves the presentation.
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(presentation(page)).toBeVisible();

  // Typing in the settings drawer types; it trains nothing.
  await presentation(page).getByRole('button', { name: 'Settings' }).click();
  const drawer = page.getByRole('dialog', { name: 'Settings' });
  await expect(drawer).toBeVisible();
  await drawer.getByLabel('Run', { exact: true }).selectOption({ label: 'Run 2' });
  await expect(drawer.getByRole('heading', { name: /Settings of .*Run 2/ })).toBeVisible();
  await drawer.getByRole('button', { name: 'Close settings' }).click();
  await expect(drawer).toBeHidden();

  await page.keyboard.press('Escape');
  await expect(presentation(page)).toHaveCount(0);
  expect(playground.pageErrors).toEqual([]);
});

test("a teacher's hidden panels, note and show-only-these controls survive a reload through the link", async ({
  playground,
  page,
}) => {
  await playground.open('?backend=wasm');
  await expect(page.getByRole('region', { name: 'Drawing pad' })).toBeVisible();
  await expect(playground.button('Download CSV')).toBeVisible();

  await page.getByRole('button', { name: 'Teacher tools' }).click();
  const tools = page.getByRole('dialog', { name: 'Teacher tools' });
  for (const panel of ['Diagnosis', 'Drawing pad', 'Downloads and import']) {
    await tools.getByRole('checkbox', { name: `Hide ${panel}` }).check();
  }
  await tools.getByLabel('Teacher’s note').fill('Only the learning rate and the optimizer today.');
  await expect(tools).toContainText('47 of 500 characters');
  await tools.getByRole('button', { name: 'Close' }).click();

  await page.getByLabel('Choose the only controls to show').check();
  await page.getByRole('checkbox', { name: 'Show Learning rate' }).check();
  await page.getByRole('checkbox', { name: 'Show Optimizer' }).check();
  await page.getByLabel('Choose the only controls to show').uncheck();

  await expect.poll(() => new URL(page.url()).hash).toContain('only=opt%2Clr');
  const hash = new URL(page.url()).hash;
  expect(hash).toContain('panels=diagnosis%2Cdrawing%2Cexports');
  expect(hash).toContain('note=Only+the+learning+rate');

  await page.reload();
  await playground.waitUntilReady();
  await expect(playground.setting('Learning rate')).toBeVisible();
  await expect(playground.setting('Optimizer')).toBeVisible();
  for (const hidden of ['Batch size', 'Random seed', 'Activation']) {
    await expect(playground.setting(hidden)).toHaveCount(0);
  }
  await expect(page.getByText(/controls are hidden by this link/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Drawing pad' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: /^Health of / })).toHaveCount(0);
  await expect(playground.button('Download CSV')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Teacher’s note' })).toContainText(
    'Only the learning rate and the optimizer today.',
  );
  // The statistics were not hidden: still there.
  await expect(playground.stat('Step')).toBeVisible();
  expect(playground.pageErrors).toEqual([]);
});

test("a teacher's note with markup in it shows as the text it is", async ({ playground, page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const hostile = '<img src=x onerror=alert(1)>';
  await playground.open(`?backend=wasm#v=3&note=${encodeURIComponent(hostile)}`);
  const note = page.getByRole('region', { name: 'Teacher’s note' });
  await expect(note.getByText(hostile, { exact: true })).toBeVisible();
  await expect(note.locator('img')).toHaveCount(0);
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(presentation(page).getByText(hostile, { exact: true })).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
  expect(playground.pageErrors).toEqual([]);
});

test('a note longer than 500 characters is cut, and the page says so', async ({ playground, page }) => {
  await playground.open(`?backend=wasm#v=3&note=${'a'.repeat(700)}`);
  await expect(page.getByRole('region', { name: 'Teacher’s note' }).locator('p')).toHaveText('a'.repeat(500));
  await expect(page.getByRole('status').filter({ hasText: 'Teacher’s note: 700 characters' })).toBeVisible();
});
