// Reads a ZIP of image folders, one folder per class (cat/1.png, dog/7.jpg…; a single folder around them all is
// skipped; top folders named train/ and test/ give the file's own test split). Three steps, each bounded:
// 1. the central directory (zipDirectory.ts): entry count, path length and depth, declared sizes and compression
//    ratios are checked before anything is decompressed;
// 2. each wanted entry is inflated, one at a time, by fflate's streaming Inflate, stopped as soon as it produces more
//    than it declared (a lying header), so memory and time stay within the checked declared sizes;
// 3. each image's header size is checked, then it is decoded and fitted by the injected `decode` (the browser's in
//    browserDecoder.ts; tests pass their own), so this file runs in Node.
import { sayOwnData } from '../../schema/ownDataWords';
import { checkClasses, checkSize, titleOf } from './dataset';
import { declaredImageSize, imageKind } from './imageFit';
import { LeftOutCollector } from './leftOut';
import {
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
import { inflateEntry, readZipDirectory, ZipError, type ZipEntry } from './zipDirectory';

/** The size images are fitted to: side × side, grey (1) or RGB (3). */
export interface ImageTarget {
  side: number;
  channels: 1 | 3;
}

/** Decodes PNG/JPEG bytes and fits them to `target` (side × side × channels bytes), or null when it cannot. */
export type DecodeImage = (bytes: Uint8Array, target: ImageTarget) => Promise<Uint8Array | null>;

export const isZip = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);

interface Wanted {
  entry: ZipEntry;
  split: 'train' | 'test';
  className: string;
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
  try {
    wanted = chooseEntries(file.name, listEntries(file), leftOut);
  } catch (error) {
    if (error instanceof Refusal) return fail(error.problem);
    throw error;
  }
  if (!decode) return fail(sayOwnData('dataset.noDecoder'));

  const pixels = target.side * target.side * target.channels;
  const tooLarge = checkSize(wanted.length, pixels);
  if (tooLarge) return fail(tooLarge);
  const decoded: { split: 'train' | 'test'; className: string; pixels: Uint8Array }[] = [];
  for (const [i, { entry, split, className }] of wanted.entries()) {
    const inflated = inflateEntry(file.bytes, entry, Math.min(entry.declared, MAX_IMAGE_FILE_BYTES));
    if (!inflated.ok && inflated.why === 'overCap') {
      return fail(sayOwnData('zip.lying', { file: file.name, entry: entry.name }));
    }
    const why = await decodeOne(inflated.ok ? inflated.bytes : undefined, target, decode);
    if ('code' in why) leftOut.add(why, entry.name);
    else decoded.push({ split, className, pixels: why.pixels });
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

/** Step 1: the central directory's names and sizes, nothing decompressed; refuses too many entries or bombs. */
function listEntries(file: OwnFile): ZipEntry[] {
  const refuse = (problem: Problem): never => {
    throw new Refusal(problem);
  };
  let entries: ZipEntry[] = [];
  try {
    entries = readZipDirectory(file.bytes, MAX_ZIP_ENTRIES);
  } catch (error) {
    if (!(error instanceof ZipError)) throw error;
    refuse(
      error.why === 'tooManyEntries'
        ? sayOwnData('zip.tooManyEntries', { file: file.name, limit: MAX_ZIP_ENTRIES })
        : sayOwnData('zip.damaged', { file: file.name }),
    );
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
    if (entry.method !== 0 && entry.declared > 0 && ratio > MAX_COMPRESSION_RATIO) {
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
function chooseEntries(file: string, entries: readonly ZipEntry[], leftOut: LeftOutCollector): Wanted[] {
  const files = entries.filter((e) => !ignored(e.name));
  const images: ZipEntry[] = [];
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
  while (folders.some((f) => f.length >= 2) && folders.every((f) => f.length >= 1 && f[0] === folders[0]![0])) {
    folders = folders.map((f) => f.slice(1));
  }
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
    else wanted.push({ entry, split, className: path[0]! });
  });
  if (wanted.length === 0 && leftOut.total === 0) throw new Refusal(sayOwnData('zip.noClassFolders', { file }));
  return wanted;
}

/** Step 3 for one image: its kind and declared size, then the decoder. */
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
