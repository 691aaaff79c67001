// Reads IDX pairs (images + labels, each gzipped or not) into a dataset: one pair is the training split, an optional
// second pair (named test/t10k, or else the smaller) the test split. Images are count × height × width (grey) or
// count × height × width × channels (1 or 3); labels are bytes, classes 0…max label.
import { sayOwnData } from '../../schema/ownDataWords';
import { readIdxHeader } from '../idx';
import { checkClasses, checkSize, namesTestSplit, titleOf } from './dataset';
import { gunzipCapped, isGzip } from './gzip';
import { MAX_EXAMPLES, MAX_IMAGE_SIDE, MAX_TOTAL_UNCOMPRESSED_BYTES } from './limits';
import type { OwnFile, OwnSplit, ParseResult, Problem } from './types';

const UNSIGNED_BYTE = 0x08;

interface IdxImages {
  kind: 'images';
  file: string;
  count: number;
  height: number;
  width: number;
  channels: 1 | 3;
  data: Uint8Array;
}
interface IdxLabels {
  kind: 'labels';
  file: string;
  count: number;
  data: Uint8Array;
}

/** Whether these bytes start like an IDX file (after any gunzip): two zero bytes, a value type, 1–4 dimensions. */
export const looksLikeIdx = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 &&
  bytes[0] === 0 &&
  bytes[1] === 0 &&
  [0x08, 0x09, 0x0b, 0x0c, 0x0d, 0x0e].includes(bytes[2]!) &&
  bytes[3]! >= 1 &&
  bytes[3]! <= 4;

export function parseIdxFiles(files: readonly OwnFile[]): ParseResult {
  if (files.length > 4) return fail(sayOwnData('idx.tooManyFiles', { count: files.length }));
  const read: (IdxImages | IdxLabels)[] = [];
  let budget = MAX_TOTAL_UNCOMPRESSED_BYTES;
  for (const file of files) {
    let bytes = file.bytes;
    if (isGzip(bytes)) {
      const gunzipped = gunzipCapped(bytes, file.name, budget);
      if (!gunzipped.ok) return fail(gunzipped.problem);
      bytes = gunzipped.bytes;
    }
    budget -= bytes.length;
    const one = readOne(bytes, file.name);
    if ('code' in one) return fail(one);
    read.push(one);
  }
  const images = read.filter((r): r is IdxImages => r.kind === 'images');
  const labels = read.filter((r): r is IdxLabels => r.kind === 'labels');
  const pairs: [IdxImages, IdxLabels][] = [];
  for (const image of images) {
    const label = partnerOf(image, labels);
    if (!label) {
      const only = images.length === 1 && labels.length === 1 ? labels[0] : undefined;
      return fail(
        only
          ? sayOwnData('idx.countMismatch', {
              images: image.file,
              labels: only.file,
              imageCount: image.count,
              labelCount: only.count,
            })
          : sayOwnData('idx.noLabels', { file: image.file }),
      );
    }
    labels.splice(labels.indexOf(label), 1);
    pairs.push([image, label]);
  }
  if (labels[0]) return fail(sayOwnData('idx.noImages', { file: labels[0].file }));
  if (pairs.length === 0) return fail(sayOwnData('file.empty', { file: files[0]?.name ?? '' }));
  if (pairs.length > 2) return fail(sayOwnData('idx.tooManyFiles', { count: files.length }));

  const [train, test] = orderPairs(pairs);
  const [trainImages] = train;
  if (test && sizeOf(test[0]) !== sizeOf(trainImages)) {
    return fail(sayOwnData('idx.sizeMismatch', { testSize: sizeOf(test[0]), trainSize: sizeOf(trainImages) }));
  }
  const pixels = trainImages.height * trainImages.width * trainImages.channels;
  const tooLarge = checkSize(trainImages.count + (test?.[0].count ?? 0), pixels);
  if (tooLarge) return fail(tooLarge);

  const trainSplit = splitOf(train);
  const testSplit = test ? splitOf(test) : null;
  let max = 0;
  for (const label of trainSplit.labels) if (label > max) max = label;
  const classNames = Array.from({ length: max + 1 }, (_, i) => String(i));
  const problems = checkClasses(trainSplit, testSplit, classNames);
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    dataset: {
      info: {
        title: titleOf(trainImages.file),
        format: 'idx',
        height: trainImages.height,
        width: trainImages.width,
        channels: trainImages.channels,
        classNames,
        ownTestSplit: testSplit !== null,
      },
      train: trainSplit,
      test: testSplit,
    },
    leftOut: [],
  };
}

function readOne(bytes: Uint8Array, file: string): IdxImages | IdxLabels | Problem {
  if (bytes.length === 0) return sayOwnData('file.empty', { file });
  const header = readIdxHeader(bytes, 255);
  if (!header.ok) {
    const magic = Array.from(bytes.subarray(0, 4), (b) => b.toString(16).padStart(2, '0')).join(' ');
    return header.why === 'short'
      ? sayOwnData('idx.wrongLength', { file, bytes: bytes.length, expected: 4 + 4 * (bytes[3] ?? 0) })
      : sayOwnData('idx.notIdx', { file, magic });
  }
  if (header.type !== UNSIGNED_BYTE) {
    return sayOwnData('idx.notBytes', { file, type: header.type.toString(16).padStart(2, '0') });
  }
  const { dims, headerBytes } = header;
  const count = dims[0]!;
  if (count > MAX_EXAMPLES) return sayOwnData('dataset.tooManyExamples', { count, limit: MAX_EXAMPLES });
  if (dims.length === 1) {
    if (bytes.length !== headerBytes + count) return wrongLength(file, bytes.length, headerBytes + count);
    return { kind: 'labels', file, count, data: bytes.subarray(headerBytes) };
  }
  if (dims.length !== 3 && dims.length !== 4) return sayOwnData('idx.badDims', { file, dims: dims.length });
  const [, height = 0, width = 0, channels = 1] = dims;
  if (height > MAX_IMAGE_SIDE || width > MAX_IMAGE_SIDE) {
    return sayOwnData('idx.imageTooLarge', { file, height, width, limit: MAX_IMAGE_SIDE });
  }
  if (channels !== 1 && channels !== 3) return sayOwnData('idx.channels', { file, channels });
  const expected = headerBytes + count * height * width * channels;
  if (bytes.length !== expected) return wrongLength(file, bytes.length, expected);
  return { kind: 'images', file, count, height, width, channels, data: bytes.subarray(headerBytes) };
}

const wrongLength = (file: string, bytes: number, expected: number): Problem =>
  sayOwnData('idx.wrongLength', { file, bytes, expected });

const fail = (problem: Problem): ParseResult => ({ ok: false, problems: [problem] });

const sizeOf = (images: IdxImages): string => `${images.height}×${images.width}${images.channels === 3 ? '×3' : ''}`;

/** "train-images-idx3-ubyte" and "train-labels-idx1-ubyte" share the key "train--ubyte". */
const pairKey = (name: string): string =>
  titleOf(name)
    .toLowerCase()
    .replace(/images?|labels?|idx\d/g, '');

function partnerOf(images: IdxImages, labels: readonly IdxLabels[]): IdxLabels | undefined {
  const sameCount = labels.filter((l) => l.count === images.count);
  return sameCount.find((l) => pairKey(l.file) === pairKey(images.file)) ?? sameCount[0];
}

function orderPairs(pairs: [IdxImages, IdxLabels][]): [[IdxImages, IdxLabels], [IdxImages, IdxLabels] | undefined] {
  const [a, b] = pairs as [[IdxImages, IdxLabels], [IdxImages, IdxLabels] | undefined];
  if (!b) return [a, undefined];
  const aTest = namesTestSplit(a[0].file);
  const bTest = namesTestSplit(b[0].file);
  if (aTest !== bTest) return aTest ? [b, a] : [a, b];
  return a[0].count >= b[0].count ? [a, b] : [b, a];
}

/** Copies the values out of the file's buffer, so the split owns a buffer it can transfer. */
const splitOf = ([images, labels]: [IdxImages, IdxLabels]): OwnSplit => ({
  count: images.count,
  images: images.data.slice(),
  labels: labels.data.slice(),
});
