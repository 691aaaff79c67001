#!/usr/bin/env node
// Refreshes docs/screenshot.png for the README: serves the build, trains three runs side by side, captures.
// Usage: npm run build && node scripts/screenshot.mjs [steps]
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';

const steps = Number(process.argv[2] ?? 300);
// Adam at its usual rate against SGD at two rates (T01), the classic first comparison.
const link = '#name=Adam+1e-3&r1.name=SGD+0.1&r1.opt=sgd&r1.lr=0.1&r2.name=SGD+0.01&r2.opt=sgd&r2.lr=0.01';
const port = 4181;
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
  stdio: 'ignore',
  detached: true,
});
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  for (let i = 0; ; i++) {
    try {
      await page.goto(`http://127.0.0.1:${port}/${link}`);
      break;
    } catch (error) {
      if (i > 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  const stat = (label) => page.getByRole('term').filter({ hasText: label }).locator('xpath=following-sibling::dd[1]');
  await stat('Status').filter({ hasText: 'Ready' }).waitFor({ timeout: 90_000 });
  await page
    .locator('.run-status', { hasText: /^Ready$/ })
    .nth(2)
    .waitFor({ timeout: 90_000 });
  await page.getByRole('button', { name: 'Train all', exact: true }).click();
  await page.waitForFunction(
    (target) => {
      const term = [...document.querySelectorAll('dt')].find((dt) => dt.textContent === 'Step');
      return Number(term?.nextElementSibling?.textContent?.split('/')[0]) >= target;
    },
    steps,
    { timeout: 300_000, polling: 500 },
  );
  await page.getByRole('button', { name: 'Pause all', exact: true }).click();
  await stat('Status').filter({ hasText: 'Paused' }).waitFor();
  await page.waitForTimeout(1000);
  mkdirSync('docs', { recursive: true });
  await page.screenshot({ path: 'docs/screenshot.png' });
  console.log('wrote docs/screenshot.png');
} finally {
  await browser.close();
  process.kill(-server.pid);
}
