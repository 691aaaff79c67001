/// <reference lib="webworker" />
// Worker entry for importing a person's own data: reads, checks and decodes their files away from the page's thread
// (a 100 000-row table or a ZIP of images would otherwise hold it for seconds) and sends the dataset back with its
// bytes transferred. Images are decoded here with createImageBitmap and OffscreenCanvas.
import { browserDecoder } from './browserDecoder';
import type { FromOwnDataWorker, ToOwnDataWorker } from './protocol';
import { transfersOf } from './protocol';
import { importFiles } from './readFiles';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: FromOwnDataWorker, transfer: Transferable[] = []) => self.postMessage(message, transfer);

self.onmessage = async (event: MessageEvent<ToOwnDataWorker>) => {
  const { files, target } = event.data;
  const result = await importFiles(files, {
    target,
    decode: browserDecoder(),
    onProgress: (progress) => post({ type: 'progress', progress }),
  });
  post({ type: 'done', result }, transfersOf(result));
};
