// A person reads the page in English or Simplified Chinese: the link's ?lang= first, else the browser's language;
// the switch changes the page at once and writes the choice into the address, so a copied link keeps it.
import { expect, test } from './fixtures/playground';

test('a link with ?lang=zh-CN opens in Chinese', async ({ page, playground }) => {
  await playground.open('?lang=zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('神经网络训练场');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page).toHaveTitle('神经网络训练场');
  await expect(page.getByRole('button', { name: '训练', exact: true })).toBeVisible();
  await expect(page.getByRole('combobox', { name: /语言/ })).toHaveValue('zh-CN');
  expect(playground.pageErrors).toEqual([]);
});

test('switching the language changes the page and the address, and a reload keeps it', async ({ page, playground }) => {
  await playground.open('?backend=wasm#v=3&lr=0.01');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Training playground');
  await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('en');

  await page.getByRole('combobox', { name: /Language/ }).selectOption('zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('神经网络训练场');
  await expect(page.getByRole('button', { name: '训练', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const url = new URL(page.url());
  expect(url.searchParams.get('lang')).toBe('zh-CN');
  expect(url.searchParams.get('backend')).toBe('wasm'); // the other options are kept
  expect(url.hash).toContain('lr=0.01'); // and so is the experiment

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('神经网络训练场');
  await expect(page.getByRole('spinbutton', { name: '学习率', exact: true })).toHaveValue('0.01');
  expect(playground.pageErrors).toEqual([]);
});

test.describe('a browser set to Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('opens in Chinese without ?lang=, and names the language in the address', async ({ page, playground }) => {
    await playground.open();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('神经网络训练场');
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('zh-CN');
  });

  test('follows a link that asks for English', async ({ page, playground }) => {
    await playground.open('?lang=en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Training playground');
  });
});

test('a ?lang= naming no language we have falls back to English without an error', async ({ page, playground }) => {
  await playground.open('?lang=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Training playground');
  await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('en');
  expect(playground.pageErrors).toEqual([]);
});
