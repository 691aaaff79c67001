// The page's side of an import: refuses a file too large to be an export from its size, unread; otherwise reads
// and checks it in the import worker (on the page's thread only where there are no workers) and turns the runs
// that come back into the store's arrays a slice at a time, so that the page stays responsive throughout.
import { sayBridge } from './bridgeWords';
import { fileSizeProblem, type ImportResult } from '../store/runImport';
import { unpackRuns, type FromImportWorker, type ImportProgress, type ToImportWorker } from './importMessages';
import { readRunsFile } from './readRunsFile';

export interface RunsImport {
  /** The runs read, or why none were; null once cancelled. */
  result: Promise<ImportResult | null>;
  /** Stops the import where it is (the worker is terminated). */
  cancel(): void;
}

/** Marked once a file's runs are ready for the store (or refused): tells the import from the first draw in a profile. */
export const RUNS_READ_MARK = 'runs-import-read';

/** Lets the page draw and handle input; a MessageChannel message, as setTimeout waits ≥ 4 ms once nested. */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null; // e.g. a content security policy that forbids workers
  }
}

function readInWorker(
  worker: Worker,
  file: File,
  onProgress: (progress: ImportProgress) => void,
  cancelled: () => boolean,
): Promise<ImportResult | null> {
  return new Promise((resolve) => {
    const fail = (why: string) => {
      worker.terminate();
      resolve({ ok: false, message: sayBridge('fileFailed', { detail: why }) });
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fail(event.message || 'the import worker stopped');
    };
    worker.onmessageerror = () => fail('its runs could not be passed to the page');
    worker.onmessage = async (event: MessageEvent<FromImportWorker>) => {
      const message = event.data;
      if (message.type === 'progress') {
        if (!cancelled()) onProgress(message.progress);
        return;
      }
      worker.terminate();
      if (!message.result.ok) {
        resolve(message.result);
        return;
      }
      const runs = await unpackRuns(message.result.runs, yieldToPage, cancelled);
      resolve(runs && { ok: true, runs, problems: message.result.problems });
    };
    const request: ToImportWorker = { type: 'read', file };
    worker.postMessage(request);
  });
}

/** Starts importing `file`; `onProgress` hears how far it has got until `result` settles. */
export function startRunsImport(file: File, onProgress: (progress: ImportProgress) => void): RunsImport {
  let cancelled = false;
  const isCancelled = () => cancelled;
  const tooLarge = fileSizeProblem(file.size);
  const worker = tooLarge ? null : startWorker();
  const read = async (): Promise<ImportResult | null> => {
    if (tooLarge) return { ok: false, message: tooLarge };
    // Without a worker the page reads the file itself: progress shows while it reads, then the parse holds it.
    const result = worker
      ? await readInWorker(worker, file, onProgress, isCancelled)
      : await readRunsFile(file, (progress) => !cancelled && onProgress(progress));
    if (cancelled) return null;
    performance.mark(RUNS_READ_MARK);
    return result;
  };
  let settle: (cancelled: null) => void = () => {};
  const cancelledResult = new Promise<null>((resolve) => (settle = resolve));
  return {
    // A cancel settles the result at once, even while the worker is still reading.
    result: Promise.race([read(), cancelledResult]),
    cancel() {
      if (cancelled) return;
      cancelled = true;
      worker?.terminate();
      settle(null);
    },
  };
}
