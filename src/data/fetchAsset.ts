// Fetches one gzip-compressed asset from our own origin, reporting progress, and decompresses it natively.
import type { Message } from '../schema/message';
import { sayTrainer } from '../schema/trainerWords';

export type ByteProgress = (receivedBytes: number) => void;

/** A dataset file that could not be had, with what to tell the person (`said`, for the page's catalog). */
export class AssetError extends Error {
  constructor(readonly said: Message) {
    super(said.code);
    this.name = 'AssetError';
  }
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

async function readAll(response: Response, onProgress: ByteProgress): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onProgress(received);
  }
  const out = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Downloads `url` and returns its decompressed bytes. A server may already have undone the gzip layer (by sending
 * it as Content-Encoding), so we look at the bytes themselves rather than trust the file name.
 */
export async function fetchGzipAsset(url: string, onProgress: ByteProgress, signal?: AbortSignal): Promise<Uint8Array> {
  const name = url.split('/').slice(-2).join('/');
  let response: Response;
  try {
    response = await fetch(url, signal ? { signal } : {});
  } catch (error) {
    throw new AssetError(sayTrainer('data.download', { file: name, detail: (error as Error).message }));
  }
  if (!response.ok) {
    throw new AssetError(sayTrainer('data.http', { file: name, status: response.status }));
  }
  const bytes = await readAll(response, onProgress);
  if (!isGzip(bytes)) return bytes;
  try {
    return await gunzip(bytes);
  } catch (error) {
    throw new AssetError(sayTrainer('data.gzip', { file: name, detail: (error as Error).message }));
  }
}
