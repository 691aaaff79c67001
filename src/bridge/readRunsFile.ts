// Reads an export file as a stream, telling how far it has got, and checks it with parseRunsJson. The import
// worker runs it; the page runs it itself only where there are no workers. Never throws.
import { sayBridge } from './bridgeWords';
import { parseRunsJson, type ImportResult } from '../store/runImport';
import type { ImportProgress } from './importMessages';

/** Progress is told at most this often: each report redraws the page's progress bar. */
const REPORT_EVERY_MS = 50;

export async function readRunsFile(file: Blob, onProgress: (progress: ImportProgress) => void): Promise<ImportResult> {
  const totalBytes = file.size;
  let bytesRead = 0;
  let reportedAt = -Infinity;
  const counter = new TransformStream<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>>({
    transform(chunk, controller) {
      bytesRead += chunk.byteLength;
      const now = performance.now();
      if (now - reportedAt >= REPORT_EVERY_MS) {
        reportedAt = now;
        onProgress({ phase: 'reading', bytesRead, totalBytes });
      }
      controller.enqueue(chunk);
    },
  });
  let text = '';
  const reader = file.stream().pipeThrough(counter).pipeThrough(new TextDecoderStream()).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      // `+=` joins without copying (the engine keeps a rope until JSON.parse flattens it) and throws a RangeError
      // as soon as the text outgrows the longest string the browser can hold, not after reading the whole file.
      text += value;
    }
  } catch (error) {
    void reader.cancel().catch(() => undefined);
    if (error instanceof RangeError) {
      return {
        ok: false,
        message: sayBridge('fileTooLarge', { size: Math.round(bytesRead / 1e6) }),
      };
    }
    return { ok: false, message: sayBridge('fileUnreadable', { detail: (error as Error).message || String(error) }) };
  }
  onProgress({ phase: 'reading', bytesRead, totalBytes });
  onProgress({ phase: 'checking' });
  return parseRunsJson(text);
}
