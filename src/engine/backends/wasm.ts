// TF.js's wasm backend: where its binaries are served from, and how many threads it uses.
// The threaded SIMD build needs SharedArrayBuffer, which the browser gives only to a cross-origin-isolated page (the
// host sends COOP/COEP, as `npm run dev` and `npm run preview` do). Elsewhere TF.js picks its one-thread build.
// Its helper threads only start in our minified bundle thanks to scripts/tfjsWasmThreads.ts (see why there).
import { setThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';

/**
 * Emscripten's pool of helper workers in TF.js 4.22, started with the backend; TF.js never uses more threads than
 * that (its backend.cc caps the count there).
 */
export const THREAD_POOL_SIZE = 8;

/** How many threads to ask TF.js for: the cores the browser reports, up to the pool; 1 where memory cannot be shared. */
export function threadsToAsk(reportedCores: number | undefined, isolated: boolean): number {
  if (!isolated || reportedCores === undefined || !Number.isInteger(reportedCores) || reportedCores < 1) return 1;
  return Math.min(reportedCores, THREAD_POOL_SIZE);
}

/** Call before the wasm backend starts: TF.js reads these settings once, when it initialises. */
export function prepareWasm(baseUrl: string): void {
  // Served from our own origin (copied by scripts/prepare-assets.mjs); never from a CDN.
  setWasmPaths(new URL('tfjs-wasm/', baseUrl).href);
  // TF.js 4.22 uses at most half the reported cores (its backend.cc guesses two hardware threads per core): 1 thread on
  // a 2-vCPU machine. We keep that limit: forcing 2 threads there (one thread per core, other jobs running) trained
  // the default MLP at about half the samples/s of 1 thread.
  if (globalThis.crossOriginIsolated === true) {
    setThreadsCount(threadsToAsk(globalThis.navigator.hardwareConcurrency, true));
  }
}
