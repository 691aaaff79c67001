// The page's side of an import: sends the files to import.worker.ts and hears its progress; where no worker can
// start (no Worker, a policy forbidding it, a module worker that fails to load) the same import runs on the page.
import { sayOwnData } from '../../schema/ownDataWords';
import { browserDecoder } from './browserDecoder';
import { MNIST_TARGET } from './importOwnData';
import type { FromOwnDataWorker, ToOwnDataWorker } from './protocol';
import { importFiles } from './readFiles';
import type { ImportResult, OnProgress } from './types';
import type { ImageTarget } from './zipFolders';

export interface OwnDataImport {
  /** The dataset or why not; null once cancelled. */
  result: Promise<ImportResult | null>;
  /** Stops the import (the worker is terminated; a fallback on the page finishes but its result is dropped). */
  cancel(): void;
  /** Whether it runs in a worker (false: on the page). Settles when known. */
  inWorker: Promise<boolean>;
}

export interface StartOptions {
  target?: ImageTarget;
  onProgress?: OnProgress;
  /** Tests: make a worker, or null to force the fallback. */
  makeWorker?: () => Worker | null;
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

export function startOwnDataImport(files: readonly File[], options: StartOptions = {}): OwnDataImport {
  const { target = MNIST_TARGET, onProgress, makeWorker = startWorker } = options;
  let cancelled = false;
  let worker: Worker | null = null;
  let settleInWorker: (inWorker: boolean) => void = () => {};
  const inWorker = new Promise<boolean>((resolve) => (settleInWorker = resolve));
  const onPage = (): Promise<ImportResult | null> => {
    settleInWorker(false);
    return importFiles(files, {
      target,
      decode: browserDecoder(),
      onProgress: (p) => !cancelled && onProgress?.(p),
    }).then((r) => (cancelled ? null : r));
  };
  let settle: (result: ImportResult | null) => void = () => {};
  const result = new Promise<ImportResult | null>((resolve) => {
    settle = resolve;
    worker = makeWorker();
    if (!worker) {
      resolve(onPage());
      return;
    }
    let heard = false;
    worker.onerror = (event) => {
      event.preventDefault();
      worker?.terminate();
      // Before its first word the worker did not start: do it here. After, it failed mid-way: say so.
      if (!heard) resolve(onPage());
      else resolve({ ok: false, problems: [sayOwnData('dataset.workerFailed', { why: event.message || '?' })] });
    };
    worker.onmessageerror = () => {
      worker?.terminate();
      resolve({ ok: false, problems: [sayOwnData('dataset.workerFailed', { why: 'messageerror' })] });
    };
    worker.onmessage = (event: MessageEvent<FromOwnDataWorker>) => {
      if (!heard) settleInWorker(true);
      heard = true;
      const message = event.data;
      if (message.type === 'progress') {
        if (!cancelled) onProgress?.(message.progress);
        return;
      }
      worker?.terminate();
      resolve(cancelled ? null : message.result);
    };
    const request: ToOwnDataWorker = { type: 'import', files: [...files], target };
    worker.postMessage(request);
  });
  return {
    result,
    inWorker,
    cancel() {
      cancelled = true;
      worker?.terminate();
      settle(null);
    },
  };
}
