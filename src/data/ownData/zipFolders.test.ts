import { describe, expect, it } from 'vitest';
import { importOwnData } from './importOwnData';
import { declareSize, fakeDecode, fakePng, file, zip } from './ownFiles.testkit';
import type { DecodeImage } from './zipFolders';
import { readZipDirectory, ZipError } from './zipDirectory';

const decode = fakeDecode;
const target = { side: 4, channels: 1 } as const;

describe('ZIP of image folders', () => {
  it('reads one folder per class inside a single root folder, ignoring system files and naming what it left out', async () => {
    const bytes = zip({
      'pets/cat/1.png': fakePng(10, 20, 7),
      'pets/cat/2.png': fakePng(10, 20, 8),
      'pets/dog/1.png': fakePng(30, 30, 200),
      'pets/dog/notes.txt': new TextEncoder().encode('hi'),
      'pets/loose.png': fakePng(5, 5, 1),
      'pets/.DS_Store': Uint8Array.of(0),
      '__MACOSX/pets/cat/._1.png': Uint8Array.of(0),
    });
    const result = await importOwnData([file('pets.zip', bytes)], { decode, target });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.info).toEqual({
      title: 'pets',
      format: 'zip',
      height: 4,
      width: 4,
      channels: 1,
      classNames: ['cat', 'dog'],
      ownTestSplit: false,
    });
    expect(Array.from(result.dataset.train.labels)).toEqual([0, 0, 1]);
    expect(Array.from(result.dataset.train.images.subarray(16, 18))).toEqual([8, 8]);
    expect(result.leftOut).toEqual([
      { reason: { code: 'ownData:reason.notImage' }, count: 1, where: ['pets/dog/notes.txt'] },
      { reason: { code: 'ownData:reason.notInFolder' }, count: 1, where: ['pets/loose.png'] },
    ]);
  });

  it('takes train/ and test/ top folders as the file’s own split, and keeps RGB when asked', async () => {
    const bytes = zip({
      'train/a/1.png': fakePng(1, 1, 1),
      'train/b/1.png': fakePng(1, 1, 2),
      'test/b/2.png': fakePng(1, 1, 3),
    });
    const result = await importOwnData([file('ab.zip', bytes)], { decode, target: { side: 2, channels: 3 } });
    expect(result.ok && [result.dataset.train.count, result.dataset.test?.count]).toEqual([2, 1]);
    expect(result.ok && result.dataset.test!.images.length).toBe(12);
    expect(result.ok && Array.from(result.dataset.test!.labels)).toEqual([1]);
  });

  it('reads folders written with backslashes (some Windows tools)', async () => {
    const bytes = zip({ 'a\\1.png': fakePng(1, 1, 1), 'b\\1.png': fakePng(1, 1, 1) });
    const result = await importOwnData([file('win.zip', bytes)], { decode, target });
    expect(result.ok && result.dataset.info.classNames).toEqual(['a', 'b']);
  });

  it('says so when no decoder is given (no createImageBitmap)', async () => {
    const bytes = zip({ 'a/1.png': fakePng(1, 1, 1), 'b/1.png': fakePng(1, 1, 1) });
    expect(await importOwnData([file('x.zip', bytes)], { target })).toEqual({
      ok: false,
      problems: [{ code: 'ownData:dataset.noDecoder' }],
    });
  });

  it('leaves out images the decoder cannot read', async () => {
    const bytes = zip({ 'a/1.png': fakePng(1, 1, 1), 'b/1.png': fakePng(1, 1, 1), 'b/2.jpg': Uint8Array.of(1, 2, 3) });
    const result = await importOwnData([file('x.zip', bytes)], { decode, target });
    expect(result.ok && result.leftOut).toEqual([
      { reason: { code: 'ownData:reason.notImage' }, count: 1, where: ['b/2.jpg'] },
    ]);
  });
});

describe('hostile ZIPs', () => {
  const timed = async (what: string, bytes: Uint8Array) => {
    const started = performance.now();
    const result = await importOwnData([file('evil.zip', bytes)], { decode, target });
    console.info(`${what} (${bytes.length} bytes) refused in ${(performance.now() - started).toFixed(1)} ms`);
    return result;
  };

  it('refuses an entry declaring a size no deflate can reach (a bomb) before inflating it', async () => {
    const bytes = declareSize(zip({ 'a/1.png': new Uint8Array(1000) }), 4_000_000_000);
    const result = await timed('ZIP entry declaring 4 GB', bytes);
    expect(result.ok || result.problems[0]!.code).toBe('ownData:zip.bomb');
  });

  it('stops an entry that inflates past the size it declares (a liar), mid-stream', async () => {
    // 64 MB of zeros, declared as 100 bytes.
    const bytes = declareSize(zip({ 'a/1.png': new Uint8Array(64 * 1024 * 1024), 'b/1.png': fakePng(1, 1, 1) }), 100);
    const result = await timed('ZIP entry of 64 MB declaring 100 bytes', bytes);
    expect(result).toEqual({
      ok: false,
      problems: [{ code: 'ownData:zip.lying', params: { file: 'evil.zip', entry: 'a/1.png' } }],
    });
  });

  it('refuses entries that together declare more than 200 MB, before inflating any', async () => {
    const zeros = new Uint8Array(30 * 1024 * 1024);
    const entries = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`a/${i}.png`, zeros]));
    const result = await timed('ZIP of 7 × 30 MB of zeros', zip(entries, 9));
    expect(result).toEqual({ ok: false, problems: [{ code: 'ownData:file.totalTooLarge', params: { limit: 200 } }] });
  });

  it('leaves out one image file over 32 MB without inflating it', async () => {
    const bytes = zip(
      { 'a/big.png': new Uint8Array(40 * 1024 * 1024), 'a/1.png': fakePng(1, 1, 1), 'b/1.png': fakePng(1, 1, 1) },
      9,
    );
    const started = performance.now();
    const result = await importOwnData([file('x.zip', bytes)], { decode, target });
    console.info(`ZIP image of 40 MB left out in ${(performance.now() - started).toFixed(1)} ms`);
    expect(result.ok && result.leftOut).toEqual([
      { reason: { code: 'ownData:reason.fileTooLarge', params: { limit: 32 } }, count: 1, where: ['a/big.png'] },
    ]);
  });

  it('refuses folders nested deeper than 3', async () => {
    const deep = `${'d/'.repeat(200)}x.png`;
    const result = await timed('ZIP entry 200 folders deep', zip({ [deep]: fakePng(1, 1, 1) }));
    expect(result).toEqual({
      ok: false,
      problems: [{ code: 'ownData:zip.tooDeep', params: { file: 'evil.zip', entry: deep, depth: 200, limit: 3 } }],
    });
  });

  it('refuses a path longer than 1024 characters', async () => {
    const result = await timed(
      'ZIP entry with a 2000-character name',
      zip({ [`a/${'x'.repeat(2000)}.png`]: fakePng(1, 1, 1) }),
    );
    expect(result).toEqual({
      ok: false,
      problems: [{ code: 'ownData:zip.pathTooLong', params: { file: 'evil.zip', limit: 1024 } }],
    });
  });

  it('leaves out an image whose header declares 100000×100000 pixels, without decoding it', async () => {
    let decoded = 0;
    const counting: DecodeImage = async (bytes, t) => (decoded++, fakeDecode(bytes, t));
    const bytes = zip({
      'a/huge.png': fakePng(100_000, 100_000, 1),
      'a/1.png': fakePng(1, 1, 1),
      'b/1.png': fakePng(1, 1, 1),
    });
    const result = await importOwnData([file('x.zip', bytes)], { decode: counting, target });
    expect(decoded).toBe(2);
    expect(result.ok && result.leftOut).toEqual([
      {
        reason: {
          code: 'ownData:reason.sourceTooLarge',
          params: { width: 100_000, height: 100_000, limit: 4096 * 4096 },
        },
        count: 1,
        where: ['a/huge.png'],
      },
    ]);
  });

  it('stops reading the directory at the entry limit', () => {
    const bytes = zip({ 'a/1.png': fakePng(1, 1, 1), 'a/2.png': fakePng(1, 1, 1), 'b/1.png': fakePng(1, 1, 1) });
    expect(readZipDirectory(bytes, 3).map((e) => e.name)).toEqual(['a/1.png', 'a/2.png', 'b/1.png']);
    expect(() => readZipDirectory(bytes, 2)).toThrow(new ZipError('tooManyEntries'));
  });

  it('refuses a directory that claims 65535 entries but holds 3, at the first missing record', async () => {
    const bytes = zip({ 'a/1.png': fakePng(1, 1, 1), 'a/2.png': fakePng(1, 1, 1), 'b/1.png': fakePng(1, 1, 1) });
    const end = bytes.length - 22;
    bytes.set([0xff, 0xff, 0xff, 0xff], end + 8); // entries on this disk, entries in all
    expect(await timed('ZIP claiming 65535 entries', bytes)).toEqual({
      ok: false,
      problems: [{ code: 'ownData:zip.damaged', params: { file: 'evil.zip' } }],
    });
  });

  it('reads 60000 entries in linear time', async () => {
    const entries = Object.fromEntries(
      Array.from({ length: 60_000 }, (_, i) => [`${i % 2 ? 'a' : 'b'}/${i}.png`, fakePng(1, 1, 1)]),
    );
    const bytes = zip(entries, 0);
    const started = performance.now();
    const result = await importOwnData([file('many.zip', bytes)], { decode, target });
    console.info(`ZIP of 60000 images read in ${(performance.now() - started).toFixed(1)} ms`);
    expect(result.ok && result.dataset.train.count).toBe(60_000);
  });

  it('refuses a damaged ZIP', async () => {
    const bytes = Uint8Array.from([0x50, 0x4b, 3, 4, ...new Uint8Array(40)]);
    expect(await timed('damaged ZIP', bytes)).toEqual({
      ok: false,
      problems: [{ code: 'ownData:zip.damaged', params: { file: 'evil.zip' } }],
    });
  });
});
