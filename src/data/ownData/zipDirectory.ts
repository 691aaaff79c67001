// Reads a ZIP's central directory (PKWARE APPNOTE 4.3.12–4.3.16, with the ZIP64 end record and extra field) and
// inflates one entry with fflate's streaming Inflate under a byte cap. Written here rather than taken from fflate's
// unzippers because neither bounds a hostile archive: unzipSync inflates each entry to the end whatever size it
// declared (time grows with the real size), and the streaming Unzip keeps a list that grows with every entry it
// passes (time grows with the square of the entry count: 25 s for 200 000 empty entries). This file reads only
// directory records, each bounds-checked; the inflating is fflate's.
import { Inflate } from 'fflate';
import { concat } from './gzip';
import { INFLATE_CHUNK_BYTES } from './limits';

export interface ZipEntry {
  name: string;
  /** 0: stored; 8: deflated; others cannot be read. */
  method: number;
  compressed: number;
  declared: number;
  /** Where the entry's local header starts. */
  offset: number;
}

export class ZipError extends Error {
  constructor(readonly why: 'damaged' | 'tooManyEntries') {
    super(why);
  }
}

const END = 0x06054b50;
const END64_LOCATOR = 0x07064b50;
const END64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 65535;

/** The entries the central directory lists, throwing ZipError past `maxEntries` or at the first bad record. */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => (at + 4 <= bytes.length ? view.getUint32(at, true) : damaged());
  const u16 = (at: number) => (at + 2 <= bytes.length ? view.getUint16(at, true) : damaged());
  const u64 = (at: number) => (at + 8 <= bytes.length ? u32(at) + u32(at + 4) * 2 ** 32 : damaged());
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - MAX_COMMENT); at--) {
    if (view.getUint32(at, true) === END) {
      end = at;
      break;
    }
  }
  if (end < 0) damaged();
  let count = u16(end + 10);
  let start = u32(end + 16);
  if (end >= 20 && u32(end - 20) === END64_LOCATOR) {
    const end64 = u64(end - 12);
    if (u32(end64) !== END64) damaged();
    count = u64(end64 + 32);
    start = u64(end64 + 48);
  }
  if (count > maxEntries) throw new ZipError('tooManyEntries');
  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let at = start;
  for (let i = 0; i < count; i++) {
    if (u32(at) !== CENTRAL) damaged();
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    let compressed = u32(at + 20);
    let declared = u32(at + 24);
    let offset = u32(at + 42);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd + extraLength > bytes.length) damaged();
    // ZIP64: the fields set to 0xFFFFFFFF are in the 0x0001 extra field, in this order.
    for (let x = nameEnd; x + 4 <= nameEnd + extraLength; x += 4 + u16(x + 2)) {
      if (u16(x) !== 1) continue;
      let y = x + 4;
      if (declared === 0xffffffff) {
        declared = u64(y);
        y += 8;
      }
      if (compressed === 0xffffffff) {
        compressed = u64(y);
        y += 8;
      }
      if (offset === 0xffffffff) offset = u64(y);
    }
    entries.push({
      // Names are read as UTF-8 (old CP437 names may show odd letters); some Windows tools write \ for /.
      name: decoder.decode(bytes.subarray(at + 46, nameEnd)).replaceAll('\\', '/'),
      method: u16(at + 10),
      compressed,
      declared,
      offset,
    });
    at = nameEnd + extraLength + commentLength;
  }
  return entries;
}

function damaged(): never {
  throw new ZipError('damaged');
}

export type InflateOutcome = { ok: true; bytes: Uint8Array } | { ok: false; why: 'damaged' | 'overCap' };

/**
 * One entry's bytes: stored entries sliced, deflated ones inflated INFLATE_CHUNK_BYTES of input at a time and stopped
 * as soon as the output passes `cap` (so a lying entry costs at most the cap and one chunk).
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, cap: number): InflateOutcome {
  const at = entry.offset;
  if (at + 30 > bytes.length || new DataView(bytes.buffer, bytes.byteOffset).getUint32(at, true) !== LOCAL) {
    return { ok: false, why: 'damaged' };
  }
  const dataStart = at + 30 + (bytes[at + 26]! | (bytes[at + 27]! << 8)) + (bytes[at + 28]! | (bytes[at + 29]! << 8));
  const dataEnd = dataStart + entry.compressed;
  if (dataEnd > bytes.length) return { ok: false, why: 'damaged' };
  const data = bytes.subarray(dataStart, dataEnd);
  if (entry.method === 0) return data.length > cap ? { ok: false, why: 'overCap' } : { ok: true, bytes: data.slice() };
  if (entry.method !== 8) return { ok: false, why: 'damaged' };
  const chunks: Uint8Array[] = [];
  let produced = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    produced += chunk.length;
    if (produced <= cap) chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    for (let i = 0; i < data.length && produced <= cap; i += INFLATE_CHUNK_BYTES) {
      const stop = Math.min(i + INFLATE_CHUNK_BYTES, data.length);
      inflater.push(data.subarray(i, stop), stop === data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch {
    return { ok: false, why: 'damaged' };
  }
  if (produced > cap) return { ok: false, why: 'overCap' };
  if (!ended) return { ok: false, why: 'damaged' };
  return { ok: true, bytes: concat(chunks, produced) };
}
