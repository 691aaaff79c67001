// Checks every format's result shares: at least two classes, each class of the training split with examples, test
// labels among the training classes; and the small helpers the parsers share.
import { sayOwnData } from '../../schema/ownDataWords';
import { MAX_CLASSES, MAX_DATASET_PIXEL_BYTES, MAX_EXAMPLES } from './limits';
import type { OwnSplit, Problem } from './types';

const MB = 1024 * 1024;

export function checkClasses(train: OwnSplit, test: OwnSplit | null, classNames: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  if (classNames.length > MAX_CLASSES) {
    return [sayOwnData('dataset.tooManyClasses', { count: classNames.length, limit: MAX_CLASSES })];
  }
  if (classNames.length < 2) {
    return [sayOwnData('dataset.oneClass', { label: classNames[0] ?? '' })];
  }
  const counts = classCounts(train.labels, classNames.length);
  counts.forEach((count, label) => {
    if (count === 0) {
      problems.push(
        sayOwnData('dataset.classMissing', {
          label: classNames[label]!,
          split: sayOwnData('split.train'),
          max: classNames.length - 1,
        }),
      );
    }
  });
  if (test) {
    const unknown = new Set<number>();
    for (const label of test.labels) if (label >= classNames.length) unknown.add(label);
    for (const label of unknown) problems.push(sayOwnData('dataset.testClassUnknown', { label: String(label) }));
  }
  return problems;
}

/** How many examples of each class 0…classCount−1 (labels past the end are not counted). */
export function classCounts(labels: Uint8Array, classCount: number): number[] {
  const counts = new Array<number>(classCount).fill(0);
  for (const label of labels) if (label < classCount) counts[label]!++;
  return counts;
}

/** Refuses a dataset too large to hold before its bytes are allocated. */
export function checkSize(count: number, pixelsPerImage: number): Problem | null {
  if (count > MAX_EXAMPLES) return sayOwnData('dataset.tooManyExamples', { count, limit: MAX_EXAMPLES });
  const bytes = count * pixelsPerImage;
  if (bytes > MAX_DATASET_PIXEL_BYTES) {
    return sayOwnData('dataset.tooManyPixels', {
      mb: Math.ceil(bytes / MB),
      limit: MAX_DATASET_PIXEL_BYTES / MB,
    });
  }
  return null;
}

/** "train-images-idx3-ubyte.gz" → "train-images-idx3-ubyte"; "digits.csv" → "digits". */
export function titleOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.gz$/i, '').replace(/\.(csv|tsv|txt|zip|idx\d?|ubyte)$/i, '') || base;
}

/** Whether a file's name says it holds the test split (MNIST's "t10k", "test", "testing"). */
export const namesTestSplit = (fileName: string): boolean => /(^|[^a-z])(t10k|test|testing)([^a-z]|$)/i.test(fileName);
