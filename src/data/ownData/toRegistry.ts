// An import's dataset as the registry keeps it. The test split is made here, once, when the files bring none: a
// seeded stratified draw (split.ts) at the ratio the person chose, seeded by the fingerprint, so the stored dataset
// always has its test split and loadRunDataset trains on exactly what the import summary showed. The fingerprint
// stays that of the data as imported (before the split), so a link's author and its reader name the same files.
import type { OwnDataset as StoredDataset } from '../datasetRegistry';
import { splitOff } from './split';
import type { OwnDataset } from './types';

/** The test share offered when the files bring no test split, in percent. */
export const DEFAULT_TEST_PERCENT = 20;
export const MIN_TEST_PERCENT = 5;
export const MAX_TEST_PERCENT = 50;

/** The seed of the split: the fingerprint's first 8 hex digits (the same files always split the same way). */
export const splitSeed = (fingerprint: string): number => Number.parseInt(fingerprint.slice(0, 8), 16) >>> 0 || 1;

export function toStoredDataset(
  dataset: OwnDataset,
  fingerprint: string,
  title: string,
  testPercent: number,
): StoredDataset {
  const { info } = dataset;
  const pixels = info.height * info.width * info.channels;
  const { train, test } = dataset.test
    ? { train: dataset.train, test: dataset.test }
    : splitOff(dataset.train, pixels, testPercent / 100, splitSeed(fingerprint));
  return {
    info: { title, height: info.height, width: info.width, channels: info.channels, classNames: info.classNames },
    train,
    test,
    fingerprint,
  };
}
