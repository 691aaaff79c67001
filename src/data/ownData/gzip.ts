// Gunzips a person's file with fflate (a small, maintained, dependency-free inflater that also reads ZIPs), never
// past a byte cap: the streaming inflater is fed INFLATE_CHUNK_BYTES at a time and stopped as soon as what it has
// produced passes the cap, so a gzip bomb costs at most the cap plus one chunk's worth of memory and time. The size
// the gzip trailer declares is not used to refuse early (in a truncated file those four bytes are whatever came last,
// and "too large" would name the wrong problem) but checked at the end, which catches a truncated stream.
import { Gunzip } from 'fflate';
import { sayOwnData } from '../../schema/ownDataWords';
import { INFLATE_CHUNK_BYTES } from './limits';
import type { Problem } from './types';

export const isGzip = (bytes: Uint8Array): boolean => bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

export type GunzipResult = { ok: true; bytes: Uint8Array } | { ok: false; problem: Problem };

const MB = 1024 * 1024;

/** The uncompressed size a gzip member declares in its last four bytes (modulo 2^32). */
export function gzipDeclaredSize(bytes: Uint8Array): number {
  const n = bytes.length;
  return (bytes[n - 4]! | (bytes[n - 3]! << 8) | (bytes[n - 2]! << 16) | (bytes[n - 1]! << 24)) >>> 0;
}

/**
 * Gunzips `bytes`, refusing more than `capBytes` of output. With `headBytes`, stops once that much is out and returns
 * only the start (to tell a format by its first bytes).
 */
export function gunzipCapped(bytes: Uint8Array, file: string, capBytes: number, headBytes?: number): GunzipResult {
  const tooLarge: GunzipResult = {
    ok: false,
    problem: sayOwnData('file.gzipTooLarge', { file, limit: Math.floor(capBytes / MB) }),
  };
  const damaged: GunzipResult = { ok: false, problem: sayOwnData('file.gzipDamaged', { file }) };
  if (bytes.length < 18) return damaged;
  const stopAt = Math.min(capBytes, headBytes ?? Infinity);
  const chunks: Uint8Array[] = [];
  let produced = 0;
  let ended = false;
  const inflater = new Gunzip((chunk, final) => {
    produced += chunk.length;
    if (produced <= capBytes) chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    for (let at = 0; at < bytes.length && produced <= stopAt; at += INFLATE_CHUNK_BYTES) {
      const end = Math.min(at + INFLATE_CHUNK_BYTES, bytes.length);
      inflater.push(bytes.subarray(at, end), end === bytes.length);
    }
  } catch {
    return damaged;
  }
  if (headBytes !== undefined && produced >= headBytes)
    return { ok: true, bytes: concat(chunks, produced).subarray(0, headBytes) };
  if (produced > capBytes) return tooLarge;
  // fflate's streaming Gunzip stops quietly when the data runs out; the trailer's size (modulo 2^32) tells.
  if (!ended || (headBytes === undefined && produced % 2 ** 32 !== gzipDeclaredSize(bytes))) return damaged;
  return { ok: true, bytes: concat(chunks, produced) };
}

export function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]!.length === total) return chunks[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
