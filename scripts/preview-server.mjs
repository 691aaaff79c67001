// The production build served by `vite preview` on a loopback port, for scripts that drive it in headless Chromium
// (the bench, train-link). Build first: this serves whatever dist/ holds.
import { spawn } from 'node:child_process';

async function waitForServer(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the preview server did not start at ${url}`);
}

/** Starts the server and resolves once `probePath` answers; `stop()` ends the server and what it started. */
export async function startPreviewServer(port, probePath = '/') {
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-server.pid);
    } catch {
      server.kill();
    }
  };
  try {
    await waitForServer(`${origin}${probePath}`, 30_000);
  } catch (error) {
    stop();
    throw error;
  }
  return { origin, stop };
}
