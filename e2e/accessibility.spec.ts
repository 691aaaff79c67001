// Issue 12, item 8: axe-core (served from node_modules) finds no violation and no serious undecided item in each
// state a class sees; a skip link leads to the chart; the focus ring shows; focus stays on a button.
import { accessibilityProblems, chartTextContrast } from './fixtures/axe';
import { expect, test, type PlaygroundPage } from './fixtures/playground';

/** Waits, in any language, until every run is ready to train. */
async function waitUntilRunsReady(playground: PlaygroundPage, runs = 1): Promise<void> {
  const statuses = playground.page.locator('.run-status');
  await expect(statuses).toHaveCount(runs);
  for (let i = 0; i < runs; i++) {
    await expect(statuses.nth(i)).toHaveAttribute('data-phase', 'ready', { timeout: 90_000 });
  }
}

test.describe('axe reports nothing', () => {
  test('on load', async ({ playground, page }) => {
    await playground.open();
    await waitUntilRunsReady(playground);
    expect(await accessibilityProblems(page)).toBe('');
  });

  test.describe('in dark mode', () => {
    test.use({ colorScheme: 'dark' });
    test('from the system preference', async ({ playground, page }) => {
      await playground.open();
      await waitUntilRunsReady(playground);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      expect(await accessibilityProblems(page)).toBe('');
    });
  });

  test('in 简体中文', async ({ playground, page }) => {
    await playground.open('?lang=zh-CN');
    await waitUntilRunsReady(playground);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    expect(await accessibilityProblems(page)).toBe('');
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 } });
    test('at 390×844', async ({ playground, page }) => {
      await playground.open();
      await waitUntilRunsReady(playground);
      expect(await accessibilityProblems(page)).toBe('');
    });
  });

  test('in presentation mode, with a lesson, its shortcut help and the settings drawer', async ({
    playground,
    page,
  }) => {
    await playground.open('#v=3&lesson=t02&present=1');
    // No run list while presenting: the runs are ready when Train all can train them.
    await expect(page.getByRole('button', { name: 'Train all' })).toBeEnabled({ timeout: 90_000 });
    await expect(page.getByRole('button', { name: 'Leave (Esc)' })).toBeVisible();
    expect(await accessibilityProblems(page)).toBe('');
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    expect(await accessibilityProblems(page)).toBe('');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
    expect(await accessibilityProblems(page)).toBe('');
  });

  test.describe('presenting in dark mode and 简体中文', () => {
    test.use({ colorScheme: 'dark' });
    test('the projector layout', async ({ playground, page }) => {
      await playground.open('?lang=zh-CN#v=3&lesson=t02&present=1');
      await expect(page.getByRole('button', { name: '全部训练' })).toBeEnabled({ timeout: 90_000 });
      await expect(page.getByRole('button', { name: '退出（Esc）' })).toBeVisible();
      expect(await accessibilityProblems(page)).toBe('');
    });
  });

  test('while 2 runs train', async ({ playground, page }) => {
    await playground.open('?backend=wasm#v=2&r1.seed=2');
    await waitUntilRunsReady(playground, 2);
    await playground.button('Train all').click();
    // Both train and report: their curves, statistics and first health samples are on the page.
    await expect.poll(() => playground.runStep(1), { timeout: 120_000 }).toBeGreaterThanOrEqual(20);
    await expect.poll(() => playground.runStep(2), { timeout: 120_000 }).toBeGreaterThanOrEqual(20);
    await expect(page.locator('.recharts-wrapper').first()).toBeVisible({ timeout: 60_000 });
    const problems = await accessibilityProblems(page);
    const chartText = await chartTextContrast(page);
    await playground.button('Pause all').click();
    expect(problems).toBe('');
    // What axe cannot decide: the diagnosis charts' SVG text, against the chart's background.
    expect(chartText).toBeGreaterThanOrEqual(4.5);
    expect(playground.pageErrors).toEqual([]);
  });
});

test('the first Tab reaches "Skip to the chart", which moves focus to the chart', async ({ playground, page }) => {
  await playground.open();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the chart' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  const address = page.url();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('figure', { name: 'Training curves' })).toBeFocused();
  // The address's fragment is the experiment's link: the skip link leaves it alone.
  expect(page.url()).toBe(address);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the keyboard's focus ring is at least 2 px and stands out 3:1 from the page (${colorScheme})`, async ({
    playground,
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await playground.open();
    await waitUntilRunsReady(playground);
    await page.keyboard.press('Tab'); // the skip link
    await page.keyboard.press('Tab'); // the first button: Lessons
    const ring = await page.evaluate(() => {
      const focused = document.activeElement as HTMLElement;
      const style = getComputedStyle(focused);
      const page = getComputedStyle(document.documentElement).backgroundColor;
      return {
        tag: focused.tagName,
        style: style.outlineStyle,
        width: style.outlineWidth,
        colour: style.outlineColor,
        page,
      };
    });
    expect(ring.tag).toBe('BUTTON');
    expect(ring.style).toBe('solid');
    expect(parseFloat(ring.width)).toBeGreaterThanOrEqual(2);
    expect(contrast(ring.colour, ring.page)).toBeGreaterThanOrEqual(3);
  });
}

/** WCAG contrast between two computed `rgb(r, g, b)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, bl] = colour
      .match(/\d+(\.\d+)?/g)!
      .slice(0, 3)
      .map(Number);
    const linear = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(bl!);
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}
