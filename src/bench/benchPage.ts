// bench.html: runs one backend's benchmark in a worker and publishes the result for scripts/bench.mjs.
import type { BackendName } from '../protocol/trainerProtocol';
import type { BenchRequest, BenchResult } from './bench.worker';

const params = new URLSearchParams(location.search);
const request: BenchRequest = {
  backend: (params.get('backend') ?? 'webgl') as BackendName,
  baseUrl: new URL(import.meta.env.BASE_URL, location.href).href,
  steps: Number(params.get('steps') ?? 300),
  repeats: Number(params.get('repeats') ?? 3),
};
const output = document.getElementById('output')!;
output.textContent = `Timing ${request.backend}: ${request.repeats} × ${request.steps} steps…`;

const worker = new Worker(new URL('./bench.worker.ts', import.meta.url), { type: 'module' });
worker.onmessage = (event: MessageEvent<{ ok: true; result: BenchResult } | { ok: false; error: string }>) => {
  (window as unknown as { __benchResult: unknown }).__benchResult = event.data;
  output.textContent = JSON.stringify(event.data, null, 2);
  worker.terminate();
};
worker.onerror = (event) => {
  (window as unknown as { __benchResult: unknown }).__benchResult = { ok: false, error: event.message };
};
worker.postMessage(request);
