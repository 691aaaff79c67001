import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { tfjsWasmThreads } from './scripts/tfjsWasmThreads.ts';

// Cross-origin isolation: with these two headers the browser gives the page SharedArrayBuffer, which TF.js's threaded
// wasm build needs (without them wasm runs on one thread). Every asset is same-origin, so require-corp blocks nothing.
const CROSS_ORIGIN_ISOLATION = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  plugins: [react(), tfjsWasmThreads()],
  server: { headers: CROSS_ORIGIN_ISOLATION },
  preview: { headers: CROSS_ORIGIN_ISOLATION },
  // Workers are bundled separately, with their own plugins: the trainer worker loads TF.js's wasm backend too.
  worker: { format: 'es', plugins: () => [tfjsWasmThreads()] },
  build: {
    target: 'es2022',
    rollupOptions: {
      // bench.html is a second page: `npm run bench` drives it to time the trainer against a bare TF.js loop.
      input: { main: resolve(import.meta.dirname, 'index.html'), bench: resolve(import.meta.dirname, 'bench.html') },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
