/// <reference lib="webworker" />
// Worker entry for imports: reads and checks an export file away from the page's thread, which a file of a million
// points would otherwise hold for seconds, and sends back the runs as transferred columns (importMessages.ts).
import { packRuns, type FromImportWorker, type ToImportWorker } from './importMessages';
import { readRunsFile } from './readRunsFile';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: FromImportWorker, transfer: Transferable[] = []) => self.postMessage(message, transfer);

self.onmessage = async (event: MessageEvent<ToImportWorker>) => {
  const result = await readRunsFile(event.data.file, (progress) => post({ type: 'progress', progress }));
  if (!result.ok) {
    post({ type: 'done', result });
    return;
  }
  const { runs, transfer } = packRuns(result.runs);
  post({ type: 'done', result: { ok: true, runs, problems: result.problems } }, transfer);
};
