// From the files a person chose (File objects) to an import: their sizes are checked before a byte is read, so a
// 10 GB file is refused unread; then importOwnData. Runs in the worker, or on the page where no worker starts.
import { sayOwnData } from '../../schema/ownDataWords';
import { importOwnData, type ImportOptions } from './importOwnData';
import { MAX_FILE_BYTES, MAX_TOTAL_UNCOMPRESSED_BYTES } from './limits';
import type { ImportResult, OwnFile } from './types';

const MB = 1024 * 1024;

export async function importFiles(files: readonly File[], options: ImportOptions): Promise<ImportResult> {
  let total = 0;
  for (const file of files) {
    total += file.size;
    if (file.size > MAX_FILE_BYTES) {
      const problem = sayOwnData('file.tooLarge', {
        file: file.name,
        mb: Math.ceil(file.size / MB),
        limit: MAX_FILE_BYTES / MB,
      });
      return { ok: false, problems: [problem] };
    }
  }
  if (total > MAX_TOTAL_UNCOMPRESSED_BYTES) {
    return {
      ok: false,
      problems: [sayOwnData('file.totalTooLarge', { limit: MAX_TOTAL_UNCOMPRESSED_BYTES / MB })],
    };
  }
  const read: OwnFile[] = [];
  for (const [i, file] of files.entries()) {
    options.onProgress?.({ stage: 'reading', done: i, total: files.length });
    read.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  }
  return importOwnData(read, options);
}
