// Issue 11: lessons on the page — the gallery, the lesson panel with its question and live verdict, a lesson's link,
// and a lesson that a changed knob turns into an ordinary experiment. Training runs on wasm (`?backend=wasm`): T02's
// verdict is decided at step 200, which wasm reaches in well under a minute even on this machine.
import type { Page } from '@playwright/test';
import { expect, test, type PlaygroundPage } from './fixtures/playground';

const T02_TITLE = 'Sigmoid fades through depth, ReLU does not';

function lessonPanel(page: Page) {
  return page.getByRole('region', { name: T02_TITLE });
}

/** T02's runs, its shown and hidden controls, its panel: what the lesson opens, however it was opened. */
async function expectT02(playground: PlaygroundPage): Promise<void> {
  const { page } = playground;
  await expect(lessonPanel(page)).toBeVisible();
  await expect(lessonPanel(page).getByText('Lesson T02 · claims T02')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name of run 1', exact: true })).toHaveValue('Sigmoid');
  await expect(page.getByRole('textbox', { name: 'Name of run 2', exact: true })).toHaveValue('ReLU');
  await expect(playground.run(3)).toHaveCount(0);
  // The lesson shows the activation, the layers and the init; the rest is hidden.
  await expect(playground.setting('Activation')).toHaveValue('sigmoid');
  await expect(playground.setting('Hidden layer sizes')).toBeVisible();
  await expect(playground.setting('Weight initializer')).toBeVisible();
  for (const hidden of ['Learning rate', 'Optimizer', 'Batch size', 'Random seed']) {
    await expect(playground.setting(hidden)).toHaveCount(0);
  }
  await expect(page.getByText(/controls are hidden by the lesson/)).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(3);
}

test('the gallery opens T02 ready to train; the prediction is judged once the verdict holds', async ({
  playground,
  page,
}) => {
  await playground.open('?backend=wasm');
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  const gallery = page.getByRole('dialog', { name: 'Lessons' });
  await expect(gallery).toBeVisible();
  const general = gallery.getByRole('region', { name: 'General' });
  await expect(general.getByRole('listitem').filter({ hasText: T02_TITLE })).toContainText(
    'Eight hidden layers, the same init: sigmoid against ReLU.',
  );
  await expect(gallery.getByRole('region', { name: 'Debugging' })).toContainText('D04');
  await gallery.getByRole('button', { name: `Open lesson: ${T02_TITLE}` }).click();
  await expect(gallery).toBeHidden();

  await expectT02(playground);
  await expect.poll(() => new URL(page.url()).hash).toBe('#v=3&lesson=t02');
  await expect.poll(() => playground.runStatus(1), { timeout: 90_000 }).toBe('Ready');
  await expect.poll(() => playground.runStatus(2), { timeout: 90_000 }).toBe('Ready');
  await expect(lessonPanel(page).locator('.lesson-verdict-text')).toHaveText(/^Not yet decided: /);

  await page.getByRole('radio', { name: 'ReLU, by a wide margin' }).check();
  await playground.button('Train all').click();
  await expect(lessonPanel(page).locator('.lesson-verdict-text')).toHaveText(/^Holds: ReLU .* at step 200/, {
    timeout: 150_000,
  });
  await expect(lessonPanel(page).locator('.lesson-verdict')).toHaveClass(/is-holds/);
  await expect(lessonPanel(page)).toContainText(
    'You predicted “ReLU, by a wide margin”; the measured outcome supports it.',
  );
  await expect(page.getByRole('radio', { name: 'Sigmoid, by a wide margin' })).toBeDisabled();

  // Picking a lesson while its runs train asks first, as a pasted link does; keeping the runs changes nothing.
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  await gallery.getByRole('button', { name: `Open lesson: ${T02_TITLE}` }).click();
  const confirm = page.getByRole('dialog', { name: `Open the lesson “${T02_TITLE}”?` });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Keep my runs' }).click();
  await expect(confirm).toBeHidden();
  await expect(lessonPanel(page).locator('.lesson-verdict-text')).toHaveText(/^Holds: /);
  await playground.button('Pause all').click();
  expect(playground.pageErrors).toEqual([]);
});

test('a lesson link opens the same runs, hidden controls and panel in a fresh page', async ({ playground, page }) => {
  await playground.open('?backend=wasm#v=3&lesson=t02');
  await expectT02(playground);
  await playground.waitUntilReady();
  await expect.poll(() => new URL(page.url()).hash).toBe('#v=3&lesson=t02');
  expect(playground.pageErrors).toEqual([]);
});

test('an unknown lesson in a link says so and opens a usable page', async ({ playground, page }) => {
  await playground.open('?backend=wasm#v=3&lesson=zz9');
  await expect(
    page.getByRole('status').filter({ hasText: 'There is no lesson “zz9” in this playground' }),
  ).toBeVisible();
  await playground.waitUntilReady();
  await expect(playground.button('Train')).toBeEnabled();
  await expect(page.locator('.lesson-panel')).toHaveCount(0);
  expect(playground.pageErrors).toEqual([]);
});

test('by keyboard: a lesson opens, a changed knob makes it "Modified from lesson T02", Close lesson ends it', async ({
  playground,
  page,
}) => {
  await playground.open('?backend=wasm');
  await page.getByRole('button', { name: 'Lessons', exact: true }).focus();
  await page.keyboard.press('Enter');
  const gallery = page.getByRole('dialog', { name: 'Lessons' });
  await expect(gallery).toBeVisible();
  const openT02 = gallery.getByRole('button', { name: `Open lesson: ${T02_TITLE}` });
  for (let i = 0; i < 10 && !(await openT02.evaluate((button) => button === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(openT02).toBeFocused();
  await page.keyboard.press('Enter');
  await expectT02(playground);
  await expect(page.getByRole('heading', { name: T02_TITLE })).toBeFocused();

  await playground.setting('Activation').selectOption('tanh');
  await expect(lessonPanel(page)).toContainText('Modified from lesson T02');
  await expect(lessonPanel(page).locator('.lesson-verdict')).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).hash).toMatch(/^#v=3&from=t02&/);

  // Changing it back makes it the lesson again.
  await playground.setting('Activation').selectOption('sigmoid');
  await expect(lessonPanel(page).locator('.lesson-verdict')).toBeVisible();
  await expect.poll(() => new URL(page.url()).hash).toBe('#v=3&lesson=t02');

  await playground.button('Add run').click();
  await expect(lessonPanel(page)).toContainText('Modified from lesson T02');
  await lessonPanel(page).getByRole('button', { name: 'Reopen lesson T02' }).click();
  await expect(playground.run(3)).toHaveCount(0);
  await expect(lessonPanel(page).locator('.lesson-verdict')).toBeVisible();

  await lessonPanel(page).getByRole('button', { name: 'Close lesson' }).click();
  await expect(page.locator('.lesson-panel')).toHaveCount(0);
  await expect(playground.setting('Learning rate')).toBeVisible();
  await expect.poll(() => new URL(page.url()).hash).not.toMatch(/lesson|from/);
  expect(playground.pageErrors).toEqual([]);
});

const D04_TITLE = 'Batch norm can hide a bad initialization';

test('D04 from the gallery: without batch norm the run fails to learn, with it the run trains, and the verdict holds', async ({
  playground,
  page,
}) => {
  test.setTimeout(300_000);
  await playground.open('?backend=wasm');
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  const gallery = page.getByRole('dialog', { name: 'Lessons' });
  await gallery.getByRole('button', { name: `Open lesson: ${D04_TITLE}` }).click();
  const panel = page.getByRole('region', { name: D04_TITLE });
  await expect(panel.getByText('Lesson D04 · claims D04')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name of run 1', exact: true })).toHaveValue('Without batch norm');
  await expect(page.getByRole('textbox', { name: 'Name of run 2', exact: true })).toHaveValue('With batch norm');
  await expect(playground.setting('Batch norm')).toHaveValue('off');
  await expect(playground.setting('Learning rate')).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).hash).toBe('#v=3&lesson=d04');
  await expect.poll(() => playground.runStatus(2), { timeout: 90_000 }).toBe('Ready');

  await page.getByRole('radio', { name: /^It trains, but with enormous losses/ }).check();
  await playground.button('Train all').click();
  const verdict = panel.locator('.lesson-verdict-text');
  await expect(verdict).toHaveText(
    /^Holds: With batch norm \d+\.\d\d% vs Without batch norm \d+\.\d\d% test accuracy at step \d+/,
    {
      timeout: 240_000,
    },
  );
  await expect(panel).toContainText('the measured outcome supports it');
  // What a learner reads on the runs themselves: the run without batch norm is flagged, the other is not.
  await expect(playground.run(1)).toContainText(/explod/i);
  await expect(playground.run(2)).not.toContainText(/explod/i);
  await playground.button('Pause all').click();
  expect(playground.pageErrors).toEqual([]);
});
