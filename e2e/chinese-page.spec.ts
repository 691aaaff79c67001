// Issue 12: a link with ?lang=zh-CN opens entirely in Chinese. Every English text of every catalog namespace is
// walked (the parts between placeholders, when they hold an English word), and none may be on the page, in its text
// or its accessible names, in each state a class sees: a lesson open, the gallery, the teacher tools, a tip, and
// presentation mode with its shortcut help. A text the Chinese keeps as it is (ReLU, Adam β1) is not one.
import type { Page } from '@playwright/test';
import { catalogLeaves } from '../src/ui/i18n/catalogLeaves';
import { RESOURCES } from '../src/ui/i18n/resources';
import { expect, test } from './fixtures/playground';

const NAMESPACES = Object.keys(RESOURCES.en) as (keyof typeof RESOURCES.en)[];

/** Each namespace's English parts that its Chinese says otherwise, longest first (a long one contains short ones). */
const ENGLISH: { namespace: string; key: string; text: string }[] = NAMESPACES.flatMap((namespace) => {
  const chinese = new Map(catalogLeaves(RESOURCES['zh-CN'][namespace]).map((leaf) => [leaf.key, leaf.text]));
  return (
    catalogLeaves(RESOURCES.en[namespace])
      .filter((leaf) => chinese.get(leaf.key) !== leaf.text)
      .flatMap((leaf) =>
        leaf.text.split(/\{\{[^}]*\}\}/).map((part) => ({ namespace, key: leaf.key, text: part.trim() })),
      )
      // Two English words at least: one word alone ("Adam", "epoch") is also a name the Chinese may keep.
      .filter((part) => /\b[A-Za-z]{2,}\b[^A-Za-z]+\b[A-Za-z]{2,}\b/.test(part.text))
  );
}).sort((a, b) => b.text.length - a.text.length);

/** What a reader meets: the page's text and the names its controls are announced by. */
async function readable(page: Page): Promise<string> {
  return page.evaluate(() => {
    const names = [...document.querySelectorAll('[aria-label], [title], [placeholder]')].flatMap((element) =>
      ['aria-label', 'title', 'placeholder'].map((name) => element.getAttribute(name) ?? ''),
    );
    return `${document.body.innerText}\n${names.join('\n')}`;
  });
}

async function expectNoEnglish(page: Page, state: string): Promise<void> {
  const text = await readable(page);
  const left = ENGLISH.filter((english) => text.includes(english.text)).map(
    (english) => `${english.namespace}:${english.key} “${english.text}”`,
  );
  expect(left, `English left ${state}`).toEqual([]);
}

test('a ?lang=zh-CN link shows no English text of any catalog, whatever a class opens', async ({
  page,
  playground,
}) => {
  expect(ENGLISH.length).toBeGreaterThan(800);
  await playground.open('?lang=zh-CN&backend=wasm#v=3&lesson=t02');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('神经网络训练场');
  await expect(page.getByRole('heading', { name: 'Sigmoid 随深度衰减，ReLU 不会' })).toBeVisible();
  await expect(page.getByText('可以开始训练', { exact: false })).toBeVisible({ timeout: 60_000 });
  await expectNoEnglish(page, 'with a lesson open');

  await page.getByRole('button', { name: '课程', exact: true }).click();
  await expect(page.getByRole('dialog', { name: '课程' })).toBeVisible();
  await expectNoEnglish(page, 'in the lesson gallery');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: '教师工具' }).click();
  await expect(page.getByRole('dialog', { name: '教师工具' })).toBeVisible();
  await expectNoEnglish(page, 'in the teacher tools');
  await page.keyboard.press('Escape');

  await page
    .getByRole('button', { name: /^技巧 T02：/ })
    .first()
    .click();
  await expect(page.getByRole('dialog', { name: 'ReLU 让梯度穿过深层网络' })).toBeVisible();
  await expectNoEnglish(page, 'in a tip');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: '演示', exact: true }).click();
  await expect(page.getByRole('button', { name: '退出（Esc）' })).toBeVisible();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: '键盘快捷键' })).toBeVisible();
  await expectNoEnglish(page, 'in presentation mode');
  expect(playground.pageErrors).toEqual([]);
});
