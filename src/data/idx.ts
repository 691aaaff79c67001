// LeCun's IDX format (the original MNIST files): a big-endian header — two zero bytes, a type code, the number of
// dimensions — then one uint32 per dimension, then the values. We only ship unsigned bytes (type code 0x08).

export interface IdxArray {
  /** Sizes of each dimension, e.g. [60000, 28, 28] for the MNIST training images. */
  dims: number[];
  /** The values, row-major, viewing the input buffer (no copy). */
  data: Uint8Array;
}

export type IdxResult = { ok: true; value: IdxArray } | { ok: false; error: string };

const UNSIGNED_BYTE = 0x08;

/** Parses IDX bytes and checks them against what we expect, e.g. `{ dims: [60000, 28, 28] }`. */
export function parseIdx(bytes: Uint8Array, expected: { dims: readonly number[] }, name: string): IdxResult {
  const fail = (why: string): IdxResult => ({ ok: false, error: `${name}: ${why}` });
  if (bytes.byteLength < 4) return fail(`only ${bytes.byteLength} bytes, too short for an IDX header`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = view.getUint32(0);
  const expectedMagic = (UNSIGNED_BYTE << 8) | expected.dims.length;
  if (magic !== expectedMagic) {
    return fail(`magic number 0x${hex(magic)}, expected 0x${hex(expectedMagic)} (not an IDX file of this kind)`);
  }
  const headerBytes = 4 + 4 * expected.dims.length;
  if (bytes.byteLength < headerBytes) return fail(`header cut short (${bytes.byteLength} bytes)`);
  const dims = expected.dims.map((_, i) => view.getUint32(4 + 4 * i));
  if (dims.some((d, i) => d !== expected.dims[i])) {
    return fail(`dimensions ${dims.join('×')}, expected ${expected.dims.join('×')}`);
  }
  const count = dims.reduce((a, b) => a * b, 1);
  if (bytes.byteLength !== headerBytes + count) {
    return fail(`${bytes.byteLength} bytes, expected ${headerBytes + count} (truncated or padded file)`);
  }
  return { ok: true, value: { dims, data: bytes.subarray(headerBytes) } };
}

function hex(n: number): string {
  return n.toString(16).padStart(8, '0');
}

/** Builds IDX bytes; used by tests and by tools that write datasets in the same format. */
export function encodeIdx(dims: readonly number[], data: Uint8Array): Uint8Array {
  const headerBytes = 4 + 4 * dims.length;
  const out = new Uint8Array(headerBytes + data.byteLength);
  const view = new DataView(out.buffer);
  view.setUint32(0, (UNSIGNED_BYTE << 8) | dims.length);
  dims.forEach((d, i) => view.setUint32(4 + 4 * i, d));
  out.set(data, headerBytes);
  return out;
}

/** What an IDX header says, whatever its type and dimensions; `parseIdx` checks it against what it expects. */
export type IdxHeader =
  { ok: true; type: number; dims: number[]; headerBytes: number } | { ok: false; why: 'short' | 'magic' };

/** Reads an IDX header of up to `maxDims` dimensions without looking at the values. */
export function readIdxHeader(bytes: Uint8Array, maxDims = 4): IdxHeader {
  if (bytes.byteLength < 4) return { ok: false, why: 'short' };
  const rank = bytes[3]!;
  if (bytes[0] !== 0 || bytes[1] !== 0 || rank === 0 || rank > maxDims) return { ok: false, why: 'magic' };
  const headerBytes = 4 + 4 * rank;
  if (bytes.byteLength < headerBytes) return { ok: false, why: 'short' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dims = Array.from({ length: rank }, (_, i) => view.getUint32(4 + 4 * i));
  return { ok: true, type: bytes[2]!, dims, headerBytes };
}
