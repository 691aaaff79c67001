// Builds a person's files inside tests: IDX bytes by hand, ZIPs and gzips with fflate, fake PNGs whose header says a
// size and whose ninth-from-start byte after the header is the grey value a fake decoder returns.
import { gzipSync, zipSync, type Zippable } from 'fflate';
import { encodeIdx } from '../idx';
import type { OwnFile } from './types';
import type { DecodeImage } from './zipFolders';

export const file = (name: string, bytes: Uint8Array | string): OwnFile => ({
  name,
  bytes: typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes,
});

export const idxImages = (count: number, height: number, width: number, fill: (i: number) => number): Uint8Array =>
  encodeIdx(
    [count, height, width],
    Uint8Array.from({ length: count * height * width }, (_, i) => fill(i)),
  );

export const idxLabels = (labels: readonly number[]): Uint8Array => encodeIdx([labels.length], Uint8Array.from(labels));

export const gzip = (bytes: Uint8Array): Uint8Array => gzipSync(bytes);

export const zip = (entries: Record<string, Uint8Array>, level: 0 | 6 | 9 = 6): Uint8Array => {
  const zippable: Zippable = {};
  for (const [name, bytes] of Object.entries(entries)) zippable[name] = [bytes, { level }];
  return zipSync(zippable);
};

/** A PNG signature and IHDR declaring width × height, then one byte: the grey value the fake decoder returns. */
export function fakePng(width: number, height: number, grey: number): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  bytes[32] = grey;
  return bytes;
}

/** Decodes fakePng: every pixel the grey byte it carries; anything else cannot be decoded. */
export const fakeDecode: DecodeImage = async (bytes, { side, channels }) =>
  bytes.length === 33 ? new Uint8Array(side * side * channels).fill(bytes[32]!) : null;

/**
 * Rewrites the uncompressed size that every header (local and central) of a ZIP declares for its entries, to make
 * liars and bombs without compressing gigabytes.
 */
export function declareSize(zipBytes: Uint8Array, size: number): Uint8Array {
  const out = zipBytes.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50) view.setUint32(i + 22, size, true);
    if (signature === 0x02014b50) view.setUint32(i + 24, size, true);
  }
  return out;
}
