// What the page and import.worker.ts say to each other: the person's files one way; progress, then the dataset (its
// bytes transferred, not copied) or the problems, the other.
import type { ImportProgress, ImportResult } from './types';
import type { ImageTarget } from './zipFolders';

export type ToOwnDataWorker = { type: 'import'; files: File[]; target: ImageTarget };

export type FromOwnDataWorker = { type: 'progress'; progress: ImportProgress } | { type: 'done'; result: ImportResult };

/** The buffers a result can hand over instead of copying: each split's images and labels, each once. */
export function transfersOf(result: ImportResult): ArrayBuffer[] {
  if (!result.ok) return [];
  const { train, test } = result.dataset;
  const buffers = new Set<ArrayBufferLike>([train.images.buffer, train.labels.buffer]);
  if (test) buffers.add(test.images.buffer).add(test.labels.buffer);
  return [...buffers].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
}
