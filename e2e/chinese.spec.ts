// Issue 12, 简体中文: a link with ?lang=zh-CN opens the settings panel, the lesson gallery and an opened lesson in
// Chinese, with none of their English texts left. The English texts are the catalog's own (`fields` and `lessons`,
// derived from the schema), walked leaf by leaf; a text the Chinese keeps as it is (ReLU, SGD 0.1, N(0, 1)) is not one.
import type { Locator } from '@playwright/test';
import { catalogLeaves } from '../src/ui/i18n/catalogLeaves';
import { fields as englishFields } from '../src/ui/i18n/en/fields';
import { lessons as englishLessons } from '../src/ui/i18n/en/lessons';
import { fields as chineseFields } from '../src/ui/i18n/zh-CN/fields';
import { lessons as chineseLessons } from '../src/ui/i18n/zh-CN/lessons';
import { expect, test } from './fixtures/playground';

/** The English words of a namespace that its Chinese says otherwise: the parts between placeholders, when long. */
function englishOnly(english: unknown, chinese: unknown): string[] {
  const translated = new Map(catalogLeaves(chinese).map((leaf) => [leaf.key, leaf.text]));
  return (
    catalogLeaves(english)
      .filter((leaf) => translated.get(leaf.key) !== leaf.text)
      .flatMap((leaf) => leaf.text.split(/\{\{[^}]*\}\}/))
      .map((part) => part.trim())
      // A word of three letters or more; a notation such as fan_in, which the Chinese keeps, is none.
      .filter((part) => /\b[A-Za-z]{3,}\b/.test(part))
  );
}

const ENGLISH = [...englishOnly(englishFields, chineseFields), ...englishOnly(englishLessons, chineseLessons)].sort(
  (a, b) => b.length - a.length,
);

async function expectNoEnglish(region: Locator): Promise<void> {
  const text = await region.innerText();
  expect(ENGLISH.filter((english) => text.includes(english))).toEqual([]);
}

test('a zh-CN link shows the settings, the lessons and an open lesson in Chinese', async ({ playground, page }) => {
  expect(ENGLISH.length).toBeGreaterThan(300);
  await playground.open('?lang=zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  // The settings panel: legends, labels, hints and options in Chinese.
  const settings = page.getByRole('form', { name: '实验设置' });
  await expect(settings.getByRole('group', { name: '优化' })).toBeVisible();
  await expect(playground.setting('学习率')).toHaveValue('0.001');
  await expect(playground.setting('优化器').locator('option:checked')).toHaveText('Adam');
  await expect(playground.setting('激活函数')).toBeVisible();
  await expect(playground.setting('学习率调度').locator('option:checked')).toHaveText('线性预热，然后余弦衰减');
  await expect(settings.getByText('每一步使用的样本数；小批量带来有噪声但更频繁的反馈')).toBeVisible();
  await expectNoEnglish(settings);

  // A refused value says why in Chinese, after its setting's label; leaving the field says it was not applied.
  await playground.setting('批量大小').fill('0');
  await expect(playground.alert()).toHaveText('批量大小：不能小于 1');
  await playground.setting('批量大小').blur();
  await expect(playground.alert()).toHaveText('未应用：批量大小：不能小于 1');
  await expect(playground.setting('批量大小')).toHaveValue('32');

  // The lesson gallery.
  await page.getByRole('button', { name: '课程', exact: true }).click();
  const gallery = page.getByRole('dialog', { name: '课程' });
  await expect(gallery.getByRole('region', { name: '调试' })).toBeVisible();
  await expect(gallery.getByRole('heading', { name: '批归一化可能掩盖糟糕的初始化' })).toBeVisible();
  await expect(gallery.getByText('八个 ReLU 层，权重从 N(0, 1) 抽取，分别有和没有批归一化。')).toBeVisible();
  await expectNoEnglish(gallery);

  // An opened lesson: its question, choices, what to watch, its honest note, the verdict and its runs' names.
  await gallery.getByRole('button', { name: '打开课程：批归一化可能掩盖糟糕的初始化' }).click();
  const panel = page.getByRole('region', { name: '批归一化可能掩盖糟糕的初始化' });
  await expect(panel).toBeVisible();
  await expect(panel.getByText('课程 D04 · 技巧 D04')).toBeVisible();
  await expect(panel.getByRole('group', { name: '你的预测' })).toBeVisible();
  await expect(panel.getByRole('radio', { name: '最终和有批归一化的运行差不多好。' })).toBeVisible();
  await expect(panel.getByRole('heading', { name: '观察要点' })).toBeVisible();
  await expect(panel.getByRole('heading', { name: '如实说明' })).toBeVisible();
  await expect(panel.locator('.lesson-verdict-text')).toContainText('尚未判定：在第 400 步的测试准确率还没有测到');
  await expect(panel.locator('.lesson-verdict-text')).toContainText('有批归一化 在第 0 步');
  await expect(page.getByRole('textbox', { name: '第 1 个运行的名称', exact: true })).toHaveValue('无批归一化');
  await expect(page.getByRole('textbox', { name: '第 2 个运行的名称', exact: true })).toHaveValue('有批归一化');
  await expectNoEnglish(panel);
  await expectNoEnglish(settings);
  expect(playground.pageErrors).toEqual([]);
});
