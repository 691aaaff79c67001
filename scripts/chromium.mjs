// Where and how Playwright starts Chromium, for the e2e tests and the benchmark alike.
// Machines here cannot download Playwright's own browser, so we use Debian's Chromium; CHROMIUM_PATH overrides
// the path, and where neither exists Playwright's own browser is used.
import { existsSync } from 'node:fs';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** @returns {string | undefined} the Chromium binary to launch, or undefined for Playwright's own */
export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;
}

/** Flags that work on a closed network as root; WebGL2 then runs through SwiftShader where there is no GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
];

/** @returns {{ executablePath?: string, args: string[] }} */
export function chromiumLaunchOptions() {
  const executablePath = chromiumPath();
  return executablePath ? { executablePath, args: CHROMIUM_ARGS } : { args: CHROMIUM_ARGS };
}
