// Reads a ZIP of image folders, one folder per class (cat/1.png, dog/7.jpg…; a single folder around them all is
// skipped; top folders named train/ and test/ give the file's own test split). Three passes, each bounded:
// 1. the central directory (fflate's unzipSync with a filter that extracts nothing): entry count, path length and
//    depth, declared sizes and compression ratios are checked before anything is decompressed;
// 2. the wanted entries are inflated by fflate's streaming Unzip fed INFLATE_CHUNK_BYTES at a time, each stopped as
//    soon as it produces more than it declared (a lying header), so memory stays within the checked declared sizes;
// 3. each image's header size is checked, then it is decoded and fitted by the injected `decode` (the browser's in
//    browserDecoder.ts; tests pass their own), so this file runs in Node.
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { sayOwnData } from '../../schema/ownDataWords';
import { checkClasses, checkSize, titleOf } from './dataset';
import { concat } from './gzip';
import { declaredImageSize, imageKind } from './imageFit';
import { LeftOutCollector } from './leftOut';
import {
  INFLATE_CHUNK_BYTES,
  MAX_COMPRESSION_RATIO,
  MAX_EXAMPLES,
  MAX_FOLDER_DEPTH,
  MAX_IMAGE_FILE_BYTES,
  MAX_IMAGE_SIDE,
  MAX_PATH_CHARS,
  MAX_SOURCE_IMAGE_PIXELS,
  MAX_TOTAL_UNCOMPRESSED_BYTES,
  MAX_ZIP_ENTRIES,
} from './limits';
import type { OnProgress, OwnFile, OwnSplit, ParseResult, Problem } from './types';

/** The size images are fitted to: side × side, grey (1) or RGB (3). */
export interface ImageTarget {
  side: number;
  channels: 1 | 3;
}

/** Decodes PNG/JPEG bytes and fits them to `target` (side × side × channels bytes), or null when it cannot. */
export type DecodeImage = (bytes: Uint8Array, target: ImageTarget) => Promise<Uint8Array | null>;

export const isZip = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);

interface Entry {
  name: string;
  compressed: number;
  declared: number;
}

interface Wanted {
  path: string;
  split: 'train' | 'test';
  className: string;
  declared: number;
}

const MB = 1024 * 1024;
const IMAGE_NAME = /\.(png|jpe?g)$/i;
const TRAIN_NAMES = /^(train|training)$/i;
const TEST_NAMES = /^(test|testing)$/i;

class Refusal extends Error {
  constructor(readonly problem: Problem) {
    super(problem.code);
  }
}

export async function parseZipFolders(
  file: OwnFile,
  target: ImageTarget,
  decode: DecodeImage | null,
  onProgress?: OnProgress,
): Promise<ParseResult> {
  if (target.side < 1 || target.side > MAX_IMAGE_SIDE) {
    return fail(sayOwnData('dataset.imageSideTooLarge', { side: target.side, limit: MAX_IMAGE_SIDE }));
  }
  const leftOut = new LeftOutCollector();
  let wanted: Wanted[];
  let images: Map<string, Uint8Array>;
  try {
    wanted = chooseEntries(file.name, listEntries(file), leftOut);
    onProgress?.({ stage: 'decompressing', done: 0, total: wanted.length });
    images = inflateEntries(file, new Map(wanted.map((w) => [w.path, w.declared])));
  } catch (error) {
    if (error instanceof Refusal) return fail(error.problem);
    throw error;
  }
  if (!decode) return fail(sayOwnData('dataset.noDecoder'));

  const pixels = target.side * target.side * target.channels;
  const tooLarge = checkSize(wanted.length, pixels);
  if (tooLarge) return fail(tooLarge);
  const decoded: { split: 'train' | 'test'; className: string; pixels: Uint8Array }[] = [];
  for (const [i, entry] of wanted.entries()) {
    const bytes = images.get(entry.path);
    images.delete(entry.path);
    const why = await decodeOne(bytes, target, decode);
    if ('code' in why) leftOut.add(why, entry.path);
    else decoded.push({ split: entry.split, className: entry.className, pixels: why.pixels });
    if (i % 50 === 49) onProgress?.({ stage: 'decoding', done: i + 1, total: wanted.length });
  }
  const trainNames = [...new Set(decoded.filter((d) => d.split === 'train').map((d) => d.className))];
  const classNames = trainNames.sort(new Intl.Collator('en', { numeric: true }).compare);
  if (decoded.length === 0 || classNames.length === 0) {
    const why = leftOut.list()[0]?.reason ?? sayOwnData('zip.noClassFolders', { file: file.name });
    return fail(sayOwnData('dataset.nothingLeft', { why }));
  }
  const index = new Map(classNames.map((name, i) => [name, i]));
  const unknown = new Set(decoded.filter((d) => !index.has(d.className)).map((d) => d.className));
  if (unknown.size > 0) {
    return { ok: false, problems: [...unknown].map((label) => sayOwnData('dataset.testClassUnknown', { label })) };
  }
  const splitOf = (split: 'train' | 'test'): OwnSplit => {
    const chosen = decoded.filter((d) => d.split === split);
    const out: OwnSplit = {
      count: chosen.length,
      images: new Uint8Array(chosen.length * pixels),
      labels: new Uint8Array(chosen.length),
    };
    chosen.forEach((d, i) => {
      out.images.set(d.pixels, i * pixels);
      out.labels[i] = index.get(d.className)!;
    });
    return out;
  };
  const train = splitOf('train');
  const test = decoded.some((d) => d.split === 'test') ? splitOf('test') : null;
  const problems = checkClasses(train, test, classNames);
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    dataset: {
      info: {
        title: titleOf(file.name),
        format: 'zip',
        height: target.side,
        width: target.side,
        channels: target.channels,
        classNames,
        ownTestSplit: test !== null,
      },
      train,
      test,
    },
    leftOut: leftOut.list(),
  };
}

const fail = (problem: Problem): ParseResult => ({ ok: false, problems: [problem] });

/** Pass 1: the central directory's names and sizes, nothing decompressed; refuses too many entries or bombs. */
function listEntries(file: OwnFile): Entry[] {
  const entries: Entry[] = [];
  const refuse = (problem: Problem): never => {
    throw new Refusal(problem);
  };
  try {
    unzipSync(file.bytes, {
      filter: ({ name, size, originalSize }) => {
        if (entries.length >= MAX_ZIP_ENTRIES)
          refuse(sayOwnData('zip.tooManyEntries', { file: file.name, limit: MAX_ZIP_ENTRIES }));
        entries.push({ name, compressed: size, declared: originalSize });
        return false;
      },
    });
  } catch (error) {
    if (error instanceof Refusal) throw error;
    refuse(sayOwnData('zip.damaged', { file: file.name }));
  }
  let total = 0;
  for (const entry of entries) {
    if (entry.name.length > MAX_PATH_CHARS)
      refuse(sayOwnData('zip.pathTooLong', { file: file.name, limit: MAX_PATH_CHARS }));
    const folders = entry.name.split('/').filter((s) => s !== '').length - (entry.name.endsWith('/') ? 0 : 1);
    if (folders > MAX_FOLDER_DEPTH) {
      refuse(
        sayOwnData('zip.tooDeep', { file: file.name, entry: entry.name, depth: folders, limit: MAX_FOLDER_DEPTH }),
      );
    }
    const ratio = entry.declared / Math.max(entry.compressed, 1);
    if (entry.declared > 0 && ratio > MAX_COMPRESSION_RATIO) {
      refuse(
        sayOwnData('zip.bomb', {
          file: file.name,
          entry: entry.name,
          ratio: Math.round(ratio),
          limit: MAX_COMPRESSION_RATIO,
        }),
      );
    }
    total += entry.declared;
  }
  if (total > MAX_TOTAL_UNCOMPRESSED_BYTES) {
    refuse(sayOwnData('file.totalTooLarge', { limit: MAX_TOTAL_UNCOMPRESSED_BYTES / MB }));
  }
  return entries;
}

const ignored = (path: string): boolean =>
  path.endsWith('/') ||
  path.startsWith('__MACOSX/') ||
  path.split('/').some((part) => part.startsWith('.')) ||
  /(^|\/)(Thumbs\.db|desktop\.ini)$/i.test(path);

/** Which entries are images of which class and split; the others are left out (with why) or ignored (folders, dotfiles). */
function chooseEntries(file: string, entries: readonly Entry[], leftOut: LeftOutCollector): Wanted[] {
  const files = entries.filter((e) => !ignored(e.name));
  const images: Entry[] = [];
  for (const entry of files) {
    if (!IMAGE_NAME.test(entry.name)) leftOut.add(sayOwnData('reason.notImage'), entry.name);
    else if (entry.declared > MAX_IMAGE_FILE_BYTES) {
      leftOut.add(sayOwnData('reason.fileTooLarge', { limit: MAX_IMAGE_FILE_BYTES / MB }), entry.name);
    } else images.push(entry);
  }
  if (images.length > MAX_EXAMPLES)
    throw new Refusal(sayOwnData('dataset.tooManyExamples', { count: images.length, limit: MAX_EXAMPLES }));
  let folders = images.map((e) => e.name.split('/').slice(0, -1));
  // One folder around everything ("digits/3/a.png" in "digits.zip") says nothing: skip it.
  while (folders.length > 0 && folders.every((f) => f.length >= 2 && f[0] === folders[0]![0]))
    folders = folders.map((f) => f.slice(1));
  const tops = new Set(folders.map((f) => f[0] ?? ''));
  const hasSplits =
    [...tops].some((t) => TEST_NAMES.test(t)) && [...tops].every((t) => TRAIN_NAMES.test(t) || TEST_NAMES.test(t));
  const wanted: Wanted[] = [];
  images.forEach((entry, i) => {
    let path = folders[i]!;
    let split: 'train' | 'test' = 'train';
    if (hasSplits) {
      split = TEST_NAMES.test(path[0]!) ? 'test' : 'train';
      path = path.slice(1);
    }
    if (path.length === 0) leftOut.add(sayOwnData('reason.notInFolder'), entry.name);
    else wanted.push({ path: entry.name, split, className: path[0]!, declared: entry.declared });
  });
  if (wanted.length === 0 && leftOut.total === 0) throw new Refusal(sayOwnData('zip.noClassFolders', { file }));
  return wanted;
}

/** Pass 2: inflates the wanted entries, each capped at the size it declared (and at MAX_IMAGE_FILE_BYTES). */
function inflateEntries(file: OwnFile, wanted: ReadonlyMap<string, number>): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  const unzip = new Unzip((entry) => {
    const declared = wanted.get(entry.name);
    if (declared === undefined || out.has(entry.name)) return;
    const cap = Math.min(declared, MAX_IMAGE_FILE_BYTES);
    const chunks: Uint8Array[] = [];
    let produced = 0;
    entry.ondata = (error, chunk, final) => {
      // UnzipInflate hands what a push threw (our own refusal too) back here as `error`.
      if (error)
        throw (error as unknown) instanceof Refusal
          ? error
          : new Refusal(sayOwnData('zip.damaged', { file: file.name }));
      produced += chunk.length;
      if (produced > cap) throw new Refusal(sayOwnData('zip.lying', { file: file.name, entry: entry.name }));
      chunks.push(chunk);
      if (final) out.set(entry.name, concat(chunks, produced));
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < file.bytes.length; at += INFLATE_CHUNK_BYTES) {
      const end = Math.min(at + INFLATE_CHUNK_BYTES, file.bytes.length);
      unzip.push(file.bytes.subarray(at, end), end === file.bytes.length);
    }
  } catch (error) {
    if (error instanceof Refusal) throw error;
    throw new Refusal(sayOwnData('zip.damaged', { file: file.name }));
  }
  return out;
}

/** Pass 3 for one image: its kind and declared size, then the decoder. */
async function decodeOne(
  bytes: Uint8Array | undefined,
  target: ImageTarget,
  decode: DecodeImage,
): Promise<{ pixels: Uint8Array } | Problem> {
  if (!bytes) return sayOwnData('reason.entryDamaged');
  if (!imageKind(bytes)) return sayOwnData('reason.notImage');
  const size = declaredImageSize(bytes);
  if (!size) return sayOwnData('reason.undecodable');
  if (size.width * size.height > MAX_SOURCE_IMAGE_PIXELS) {
    return sayOwnData('reason.sourceTooLarge', {
      width: size.width,
      height: size.height,
      limit: MAX_SOURCE_IMAGE_PIXELS,
    });
  }
  const pixels = await decode(bytes, target).catch(() => null);
  if (!pixels || pixels.length !== target.side * target.side * target.channels) return sayOwnData('reason.undecodable');
  return { pixels };
}
