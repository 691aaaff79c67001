// bench.html: runs one measurement in a worker (see benchProtocol.ts) and publishes the outcome as
// `window.__benchResult` for scripts/bench.mjs and e2e/backends-agree.spec.ts.
import type { BenchMode, BenchModel, BenchOutcome, BenchRequest } from './benchProtocol';

const params = new URLSearchParams(location.search);
const mode = (params.get('mode') ?? 'time') as BenchMode;
const request: BenchRequest = {
  mode,
  backend: params.get('backend') ?? (mode === 'auto' ? 'auto' : 'webgl'),
  model: params.get('model') === 'cnn' ? 'cnn' : ('mlp' satisfies BenchModel),
  baseUrl: new URL(import.meta.env.BASE_URL, location.href).href,
  steps: Number(params.get('steps') ?? (mode === 'losses' ? 50 : 300)),
  repeats: Number(params.get('repeats') ?? 3),
};
const batchSize = Number(params.get('batch'));
if (Number.isInteger(batchSize) && batchSize > 0) request.batchSize = batchSize;
if (params.get('rate') === 'constant') request.constantRate = true;
const output = document.getElementById('output')!;
output.textContent = `${request.mode} on ${request.backend}, ${request.model}: ${request.repeats} × ${request.steps} steps…`;

const publish = (outcome: BenchOutcome | { ok: false; why: 'cannotTrain'; error: string }) => {
  (window as unknown as { __benchResult: unknown }).__benchResult = outcome;
  output.textContent = JSON.stringify(outcome, null, 2);
};
const worker = new Worker(new URL('./bench.worker.ts', import.meta.url), { type: 'module' });
worker.onmessage = (event: MessageEvent<BenchOutcome>) => {
  publish(event.data);
  worker.terminate();
};
worker.onerror = (event) => publish({ ok: false, why: 'cannotTrain', error: event.message });
worker.postMessage(request);
