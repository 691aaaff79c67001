// A dataset's fingerprint: SHA-256 (crypto.subtle, in hex) over its sizes, class names and bytes, so a link can name
// the exact data it was trained on. The title and the file format are not part of it: the same digits read from IDX
// or from CSV are the same dataset. Each part is hashed on its own and the digests hashed together, so no 200 MB
// concatenation is made.
import type { OwnDataset } from './types';

export async function fingerprintOf(dataset: OwnDataset): Promise<string> {
  const { info, train, test } = dataset;
  const header = JSON.stringify({
    fingerprint: 1,
    height: info.height,
    width: info.width,
    channels: info.channels,
    classNames: info.classNames,
    train: train.count,
    test: test ? test.count : null,
  });
  const parts = [new TextEncoder().encode(header), train.images, train.labels];
  if (test) parts.push(test.images, test.labels);
  const digests = await Promise.all(parts.map((part) => sha256(part)));
  const joined = new Uint8Array(32 * digests.length);
  digests.forEach((digest, i) => joined.set(digest, 32 * i));
  return hex(await sha256(joined));
}

async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}

const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
