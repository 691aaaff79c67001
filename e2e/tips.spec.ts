// Issue 12, item 3: every tip ID on the page opens the tip in plain words, with the lessons that show it. Nothing
// trains here: the tips are read and lessons opened, in English and in Chinese.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/playground';

/** The tip dialog, found by its title as a person reads it. */
function tipDialog(page: Page, title: string) {
  return page.getByRole('dialog', { name: title });
}

test('a tip ID on a lesson card opens the tip, and its lesson opens from there', async ({ playground, page }) => {
  await playground.open();
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  const gallery = page.getByRole('dialog', { name: 'Lessons' });
  // The batch-size lesson is built around D03 and shows L08 as well: the tip leads to it.
  const card = gallery.getByRole('listitem').filter({ hasText: 'Batch size at equal epochs' });
  await card.getByRole('button', { name: 'Tip L08: Too large a batch can cost accuracy', exact: true }).click();

  const tip = tipDialog(page, 'Too large a batch can cost accuracy');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('Tip L08 · Reading the loss');
  await expect(tip).toContainText('batch 512 makes 16 times fewer steps than batch 32');
  await expect(tip).toContainText('Compare Batch size 32 and 512 over one epoch');
  await expect(tip.getByRole('listitem')).toHaveText(['Batch size at equal epochsOpen lesson']);

  await tip.getByRole('button', { name: 'Open lesson: Batch size at equal epochs', exact: true }).click();
  await expect(tip).toBeHidden();
  await expect(gallery).toBeHidden();
  const panel = page.getByRole('region', { name: 'Batch size at equal epochs' });
  await expect(panel).toBeVisible();
  await expect.poll(() => new URL(page.url()).hash).toBe('#v=3&lesson=d03');
  // The lesson's claim line links its tips too, and so does what it says to watch (it names D05).
  const claimLine = panel.getByText('Lesson D03 · claims D03, D05, L08', { exact: true });
  const links = claimLine.getByRole('button');
  await expect(links).toHaveCount(3);
  for (const [i, id] of ['D03', 'D05', 'L08'].entries()) {
    await expect(links.nth(i)).toHaveAccessibleName(new RegExp(`^Tip ${id}: `));
  }
  await expect(panel.getByRole('button', { name: /^Tip D05: / })).toHaveCount(2);
  expect(playground.pageErrors).toEqual([]);
});

test('a tip ID in a field hint opens the tip; a tip named inside a tip opens in its place', async ({
  playground,
  page,
}) => {
  await playground.open();
  const hint = page.locator('.field').filter({ has: playground.setting('Input preprocessing') });
  await hint.getByRole('button', { name: 'Tip M01: Keep values near unit scale', exact: true }).click();
  const tip = tipDialog(page, 'Keep values near unit scale');
  await expect(tip).toContainText('a tiny value added to a huge one can vanish entirely');
  await expect(tip).toContainText('Tip M01 · Mechanics');
  await expect(tip.getByRole('button', { name: 'Open lesson: Normalize the inputs', exact: true })).toBeVisible();
  await tip.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(tip).toBeHidden();

  // L02's claim names T06: following it shows T06 in the same dialog.
  const noise = page.locator('.field').filter({ has: playground.setting('Label noise (%)') });
  await noise.getByRole('button', { name: /^Tip L02: / }).click();
  const l02 = tipDialog(page, 'Wrong labels and unscaled inputs block learning');
  await l02.getByRole('button', { name: 'Tip T06: Standardize inputs with training statistics', exact: true }).click();
  await expect(tipDialog(page, 'Standardize inputs with training statistics')).toContainText('Tip T06 · General');
  await expect(page.getByRole('dialog')).toHaveCount(1);
  expect(playground.pageErrors).toEqual([]);
});

test('keyboard only: Tab to a tip, Enter opens it, Esc gives focus back, Enter on a lesson opens it', async ({
  playground,
  page,
}) => {
  await playground.open();
  // Start on the Activation control; its hint, right after it, names T02 and L11.
  await playground.setting('Activation').focus();
  await page.keyboard.press('Tab');
  const t02 = page.getByRole('button', { name: 'Tip T02: ReLU keeps gradients alive through depth', exact: true });
  await expect(t02).toBeFocused();
  await page.keyboard.press('Enter');
  const tip = tipDialog(page, 'ReLU keeps gradients alive through depth');
  await expect(tip).toBeVisible();
  await expect(tip.getByRole('button', { name: 'Close', exact: true })).toBeFocused();
  await expect(tip).toContainText('A sigmoid’s slope is at most 0.25');
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await expect(t02).toBeFocused();

  await page.keyboard.press('Tab');
  const l11 = page.getByRole('button', { name: 'Tip L11: A flat loss with ReLU can mean dead units', exact: true });
  await expect(l11).toBeFocused();
  await page.keyboard.press('Enter');
  const open = tipDialog(page, 'A flat loss with ReLU can mean dead units').getByRole('button', {
    name: 'Open lesson: Dead ReLUs at a high learning rate',
    exact: true,
  });
  // Tab from Close through the dialog until the lesson's button has focus (the dialog keeps focus inside it).
  for (let tabs = 0; tabs < 10 && !(await open.evaluate((button) => button === document.activeElement)); tabs++) {
    await page.keyboard.press('Tab');
  }
  await expect(open).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Dead ReLUs at a high learning rate', level: 2 })).toBeFocused();
  expect(playground.pageErrors).toEqual([]);
});

test('with ?lang=zh-CN the tips speak Chinese', async ({ playground, page }) => {
  await playground.open('?lang=zh-CN');
  const t02 = page.getByRole('button', { name: '技巧 T02：ReLU 让梯度穿过深层网络', exact: true }).first();
  await t02.click();
  const tip = tipDialog(page, 'ReLU 让梯度穿过深层网络');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('技巧 T02 · 通用技巧');
  await expect(tip).toContainText('sigmoid 的斜率最大只有 0.25');
  await expect(tip).toContainText('在这里试试');
  await expect(tip).toContainText('演示这条技巧的课程');
  await expect(tip).not.toContainText('slope');
  await tip.getByRole('button', { name: /^打开课程：/ }).click();
  await expect(tip).toBeHidden();
  await expect.poll(() => new URL(page.url()).hash).toBe('#v=3&lesson=t02');
  expect(playground.pageErrors).toEqual([]);
});
