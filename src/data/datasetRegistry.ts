// Where a run's dataset comes from: the built-ins, fetched from the assets as always, and a person's own datasets,
// held in the browser (indexedDbRegistry.ts; memoryRegistry below for tests). An own dataset is what the importer
// produces: its info, a training split, the file's own test split or none, and a content fingerprint (hex).
import { readOwnDataset, type DatasetValue, type OwnDatasetRef } from '../schema/datasetChoice';
import { sayOwnData } from '../schema/ownDatasetWords';
import { AssetError } from './fetchAsset';
import { loadDataset, type Dataset, type ImageSplit, type LoadProgress } from './datasets';

export interface OwnDatasetInfo {
  title: string;
  height: number;
  width: number;
  channels: 1 | 3;
  classNames: string[];
}

export interface OwnDataset {
  info: OwnDatasetInfo;
  train: ImageSplit;
  /** The file's own test split, or null: then one is held out here (heldOutSplit). */
  test: ImageSplit | null;
  fingerprint: string;
}

/** What a list of own datasets shows without reading their bytes. */
export interface OwnDatasetSummary extends OwnDatasetRef {
  info: OwnDatasetInfo;
  trainCount: number;
  testCount: number;
}

export interface DatasetRegistry {
  list(): Promise<OwnDatasetSummary[]>;
  get(fingerprint: string): Promise<OwnDataset | null>;
  put(dataset: OwnDataset): Promise<void>;
  remove(fingerprint: string): Promise<void>;
}

export function summaryOf(dataset: OwnDataset): OwnDatasetSummary {
  return {
    fingerprint: dataset.fingerprint,
    title: dataset.info.title,
    info: dataset.info,
    trainCount: dataset.train.count,
    testCount: dataset.test?.count ?? 0,
  };
}

/** A registry in memory: for tests, and for a page where IndexedDB is unavailable. */
export function memoryRegistry(initial: readonly OwnDataset[] = []): DatasetRegistry {
  const held = new Map(initial.map((dataset) => [dataset.fingerprint, dataset]));
  return {
    list: () => Promise.resolve([...held.values()].map(summaryOf)),
    get: (fingerprint) => Promise.resolve(held.get(fingerprint) ?? null),
    put: (dataset) => {
      held.set(dataset.fingerprint, dataset);
      return Promise.resolve();
    },
    remove: (fingerprint) => {
      held.delete(fingerprint);
      return Promise.resolve();
    },
  };
}

/** One in this many examples of each class is held out for testing when a dataset brings no test split. */
export const HELD_OUT_EVERY = 5;

/**
 * A stratified test split for a dataset without one: within each class, every HELD_OUT_EVERY-th example (the 5th,
 * 10th, …) is held out, so each class with 5 or more examples is tested and the split never changes.
 * The import dialog stores its own split (ownData/toRegistry.ts); this fixed 20% serves a dataset put without one.
 */
export function heldOutSplit(
  all: ImageSplit,
  imageBytes: number,
  classes: number,
): { train: ImageSplit; test: ImageSplit } {
  const seen = new Uint32Array(classes);
  const testIndices: number[] = [];
  const trainIndices: number[] = [];
  for (let i = 0; i < all.count; i++) {
    const label = all.labels[i]!;
    seen[label] = (seen[label] ?? 0) + 1;
    (seen[label]! % HELD_OUT_EVERY === 0 ? testIndices : trainIndices).push(i);
  }
  const gather = (indices: number[]): ImageSplit => {
    const images = new Uint8Array(indices.length * imageBytes);
    const labels = new Uint8Array(indices.length);
    indices.forEach((from, to) => {
      images.set(all.images.subarray(from * imageBytes, (from + 1) * imageBytes), to * imageBytes);
      labels[to] = all.labels[from]!;
    });
    return { count: indices.length, images, labels };
  };
  return { train: gather(trainIndices), test: gather(testIndices) };
}

/** An own dataset as the trainer takes it, named by the setting's value. */
export function ownAsDataset(own: OwnDataset, name: DatasetValue): Dataset {
  const { info } = own;
  const imageBytes = info.height * info.width * info.channels;
  const { train, test } = own.test
    ? { train: own.train, test: own.test }
    : heldOutSplit(own.train, imageBytes, info.classNames.length);
  return {
    info: {
      name,
      title: info.title,
      height: info.height,
      width: info.width,
      channels: info.channels,
      classNames: info.classNames,
      trainCount: train.count,
      testCount: test.count,
    },
    train,
    test,
  };
}

/** The dataset a run's setting names: a built-in fetched from `baseUrl`, or an own one from the registry. */
export async function loadRunDataset(
  value: DatasetValue,
  registry: DatasetRegistry,
  baseUrl: string,
  onProgress: (progress: LoadProgress) => void,
  signal?: AbortSignal,
): Promise<Dataset> {
  const ref = readOwnDataset(value);
  if (!ref) return loadDataset(value as Exclude<DatasetValue, `own:${string}`>, baseUrl, onProgress, signal);
  const own = await registry.get(ref.fingerprint);
  if (!own) throw new AssetError(sayOwnData('notInBrowser', { title: ref.title }));
  return ownAsDataset(own, value);
}
