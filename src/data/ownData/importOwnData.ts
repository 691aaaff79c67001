// A person's files in, a checked dataset with its fingerprint out (or the problems that stopped it). Tells the
// format from the bytes (ZIP and gzip by their magic numbers, IDX by its header, else CSV text) and hands the files
// to that format's parser. The same function runs in import.worker.ts and, where no worker can start, on the page.
import { sayOwnData } from '../../schema/ownDataWords';
import { parseCsvFiles } from './csv';
import { fingerprintOf } from './fingerprint';
import { gunzipCapped, isGzip } from './gzip';
import { looksLikeIdx, parseIdxFiles } from './idxFiles';
import { MAX_FILE_BYTES, MAX_TOTAL_UNCOMPRESSED_BYTES } from './limits';
import type { ImportResult, OnProgress, OwnFile, OwnFormat, ParseResult, Problem } from './types';
import { isZip, parseZipFolders, type DecodeImage, type ImageTarget } from './zipFolders';

export interface ImportOptions {
  /** The size images from a ZIP are fitted to (IDX and CSV keep their own). Default 28×28 grey, like MNIST. */
  target?: ImageTarget;
  /** Decodes PNG/JPEG (browserDecoder() in a browser); without one a ZIP of images cannot be read. */
  decode?: DecodeImage | null;
  onProgress?: OnProgress;
}

export const MNIST_TARGET: ImageTarget = { side: 28, channels: 1 };

const MB = 1024 * 1024;

/** Which format a file is in, from its first bytes (a gzip is looked into, within the size limit). */
export function formatOf(file: OwnFile): OwnFormat | Problem {
  const { name, bytes } = file;
  if (bytes.length === 0) return sayOwnData('file.empty', { file: name });
  if (isZip(bytes)) return 'zip';
  if (isGzip(bytes)) {
    // Only the header matters here: the first bytes of the stream tell IDX from CSV.
    const head = gunzipHead(bytes);
    if (head === null) return sayOwnData('file.gzipDamaged', { file: name });
    return looksLikeIdx(head) ? 'idx' : 'csv';
  }
  if (looksLikeIdx(bytes)) return 'idx';
  if (!bytes.subarray(0, 65536).includes(0)) return 'csv';
  return sayOwnData('file.unknownFormat', { file: name });
}

function gunzipHead(bytes: Uint8Array): Uint8Array | null {
  // A gzip too large to open whole is still told apart by the first 64 KB it inflates to.
  const result = gunzipCapped(bytes, '', Number.MAX_SAFE_INTEGER, 64 * 1024);
  return result.ok ? result.bytes : null;
}

export async function importOwnData(files: readonly OwnFile[], options: ImportOptions = {}): Promise<ImportResult> {
  const { target = MNIST_TARGET, decode = null, onProgress } = options;
  if (files.length === 0) return { ok: false, problems: [sayOwnData('file.empty', { file: '' })] };
  let total = 0;
  const formats: OwnFormat[] = [];
  for (const file of files) {
    if (file.bytes.length > MAX_FILE_BYTES) {
      return refuse(
        sayOwnData('file.tooLarge', {
          file: file.name,
          mb: Math.ceil(file.bytes.length / MB),
          limit: MAX_FILE_BYTES / MB,
        }),
      );
    }
    total += file.bytes.length;
    const format = formatOf(file);
    if (typeof format !== 'string') return refuse(format);
    formats.push(format);
  }
  if (total > MAX_TOTAL_UNCOMPRESSED_BYTES)
    return refuse(sayOwnData('file.totalTooLarge', { limit: MAX_TOTAL_UNCOMPRESSED_BYTES / MB }));
  const format = formats[0]!;
  if (formats.some((f) => f !== format) || (format === 'zip' && files.length > 1)) {
    return refuse(sayOwnData('file.mixedFormats', { files: files.map((f) => f.name).join(', ') }));
  }
  onProgress?.({ stage: 'parsing', done: 0, total: 1 });
  const parsed =
    format === 'zip'
      ? await parseZipFolders(files[0]!, target, decode, onProgress)
      : format === 'idx'
        ? parseIdxFiles(files)
        : csvFiles(files, onProgress);
  if (!parsed.ok) return parsed;
  onProgress?.({ stage: 'hashing', done: 0, total: 1 });
  const fingerprint = await fingerprintOf(parsed.dataset);
  return { ok: true, dataset: parsed.dataset, fingerprint, leftOut: parsed.leftOut };
}

const refuse = (problem: Problem): ImportResult => ({ ok: false, problems: [problem] });

/** CSV files may come gzipped (Kaggle's are often .csv.gz); IDX files are gunzipped by their parser. */
function csvFiles(files: readonly OwnFile[], onProgress?: OnProgress): ParseResult {
  let budget = MAX_TOTAL_UNCOMPRESSED_BYTES;
  const plain: OwnFile[] = [];
  for (const file of files) {
    if (!isGzip(file.bytes)) {
      plain.push(file);
      continue;
    }
    const result = gunzipCapped(file.bytes, file.name, budget);
    if (!result.ok) return { ok: false, problems: [result.problem] };
    budget -= result.bytes.length;
    plain.push({ name: file.name.replace(/\.gz$/i, ''), bytes: result.bytes });
  }
  return parseCsvFiles(plain, onProgress);
}
