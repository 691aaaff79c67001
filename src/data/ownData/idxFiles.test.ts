import { describe, expect, it } from 'vitest';
import { encodeIdx } from '../idx';
import { importOwnData } from './importOwnData';
import { file, gzip, idxImages, idxLabels } from './ownFiles.testkit';

describe('IDX pairs', () => {
  it('reads a pair, the images gzipped and the labels not, byte for byte', async () => {
    const images = idxImages(4, 2, 3, (i) => i * 10);
    const result = await importOwnData([
      file('train-images-idx3-ubyte.gz', gzip(images)),
      file('train-labels-idx1-ubyte', idxLabels([0, 1, 1, 0])),
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { info, train, test } = result.dataset;
    expect(info).toEqual({
      title: 'train-images-idx3-ubyte',
      format: 'idx',
      height: 2,
      width: 3,
      channels: 1,
      classNames: ['0', '1'],
      ownTestSplit: false,
    });
    expect(train.count).toBe(4);
    expect(Array.from(train.images.subarray(0, 7))).toEqual([0, 10, 20, 30, 40, 50, 60]);
    expect(Array.from(train.labels)).toEqual([0, 1, 1, 0]);
    expect(test).toBeNull();
    expect(result.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('takes the t10k pair as the test split whatever the order the files come in', async () => {
    const result = await importOwnData([
      file('t10k-labels-idx1-ubyte', idxLabels([2, 0])),
      file(
        'train-images-idx3-ubyte',
        idxImages(3, 2, 2, () => 1),
      ),
      file(
        't10k-images-idx3-ubyte',
        idxImages(2, 2, 2, () => 9),
      ),
      file('train-labels-idx1-ubyte', idxLabels([0, 1, 2])),
    ]);
    expect(result.ok && result.dataset.test?.count).toBe(2);
    if (!result.ok) return;
    expect(result.dataset.train.count).toBe(3);
    expect(Array.from(result.dataset.test!.labels)).toEqual([2, 0]);
    expect(result.dataset.test!.images[0]).toBe(9);
    expect(result.dataset.info.ownTestSplit).toBe(true);
  });

  it('reads RGB images (count × height × width × 3)', async () => {
    const result = await importOwnData([
      file('images', encodeIdx([2, 1, 1, 3], Uint8Array.of(1, 2, 3, 4, 5, 6))),
      file('labels', idxLabels([1, 0])),
    ]);
    expect(result.ok && result.dataset.info.channels).toBe(3);
    expect(result.ok && Array.from(result.dataset.train.images)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it.each([
    [
      'a class with no examples',
      [
        file(
          'i',
          idxImages(2, 1, 1, () => 0),
        ),
        file('l', idxLabels([0, 2])),
      ],
      { code: 'ownData:dataset.classMissing', params: { label: '1', split: { code: 'ownData:split.train' }, max: 2 } },
    ],
    [
      'one class only',
      [
        file(
          'i',
          idxImages(2, 1, 1, () => 0),
        ),
        file('l', idxLabels([0, 0])),
      ],
      { code: 'ownData:dataset.oneClass', params: { label: '0' } },
    ],
    [
      'counts that differ',
      [
        file(
          'i',
          idxImages(2, 1, 1, () => 0),
        ),
        file('l', idxLabels([0, 1, 1])),
      ],
      { code: 'ownData:idx.countMismatch', params: { images: 'i', labels: 'l', imageCount: 2, labelCount: 3 } },
    ],
    [
      'images without labels',
      [
        file(
          'i',
          idxImages(2, 1, 1, () => 0),
        ),
      ],
      { code: 'ownData:idx.noLabels', params: { file: 'i' } },
    ],
    [
      'a truncated body',
      [file('i', idxImages(2, 2, 2, () => 0).subarray(0, 20)), file('l', idxLabels([0, 1]))],
      { code: 'ownData:idx.wrongLength', params: { file: 'i', bytes: 20, expected: 24 } },
    ],
    [
      'a test split with a class training lacks',
      [
        file(
          'train-i',
          idxImages(2, 1, 1, () => 0),
        ),
        file('train-l', idxLabels([0, 1])),
        file(
          'test-i',
          idxImages(1, 1, 1, () => 0),
        ),
        file('test-l', idxLabels([5])),
      ],
      { code: 'ownData:dataset.testClassUnknown', params: { label: '5' } },
    ],
    [
      'test images of another size',
      [
        file(
          'train-i',
          idxImages(2, 1, 1, () => 0),
        ),
        file('train-l', idxLabels([0, 1])),
        file(
          'test-i',
          idxImages(1, 2, 2, () => 0),
        ),
        file('test-l', idxLabels([1])),
      ],
      { code: 'ownData:idx.sizeMismatch', params: { testSize: '2×2', trainSize: '1×1' } },
    ],
    [
      'float values',
      [file('i', Uint8Array.of(0, 0, 0x0d, 1, 0, 0, 0, 0))],
      { code: 'ownData:idx.notBytes', params: { file: 'i', type: '0d' } },
    ],
  ])('refuses %s', async (_name, files, problem) => {
    expect(await importOwnData(files)).toEqual({ ok: false, problems: [problem] });
  });
});

describe('hostile IDX files', () => {
  it('refuses a header declaring 60000 images of 4096×4096 before allocating anything', async () => {
    const header = new Uint8Array(16);
    const view = new DataView(header.buffer);
    view.setUint32(0, 0x0803);
    [60000, 4096, 4096].forEach((d, i) => view.setUint32(4 + 4 * i, d));
    const started = performance.now();
    const result = await importOwnData([file('huge', header), file('l', idxLabels([0]))]);
    console.info(`huge declared IDX image size refused in ${(performance.now() - started).toFixed(1)} ms`);
    expect(result).toEqual({
      ok: false,
      problems: [{ code: 'ownData:idx.imageTooLarge', params: { file: 'huge', height: 4096, width: 4096, limit: 64 } }],
    });
  });

  it('refuses a truncated gzip', async () => {
    const whole = gzip(idxImages(100, 28, 28, (i) => i % 7));
    const started = performance.now();
    const result = await importOwnData([
      file('images.gz', whole.subarray(0, whole.length >> 1)),
      file('l', idxLabels([0])),
    ]);
    console.info(`truncated gzip refused in ${(performance.now() - started).toFixed(1)} ms`);
    expect(result).toEqual({
      ok: false,
      problems: [{ code: 'ownData:file.gzipDamaged', params: { file: 'images.gz' } }],
    });
  });

  it('stops a gzip bomb that lies about its size once its output passes the limit', async () => {
    // An IDX header and 256 MB of zeros, its trailer rewritten to declare 1 KB: only the streaming count catches it.
    const zeros = new Uint8Array(256 * 1024 * 1024);
    zeros.set([0, 0, 8, 3, 0, 0, 0x40, 0, 0, 0, 0, 64, 0, 0, 0, 64]);
    const bomb = gzip(zeros).slice();
    bomb.set([0, 4, 0, 0], bomb.length - 4);
    const started = performance.now();
    const result = await importOwnData([file('bomb.gz', bomb), file('l', idxLabels([0]))]);
    console.info(`gzip bomb (${bomb.length} bytes → 256 MB) refused in ${(performance.now() - started).toFixed(1)} ms`);
    expect(result).toEqual({
      ok: false,
      problems: [{ code: 'ownData:file.gzipTooLarge', params: { file: 'bomb.gz', limit: 200 } }],
    });
  });

  it('refuses a file that is neither IDX, CSV nor ZIP', async () => {
    expect(await importOwnData([file('x.bin', Uint8Array.of(1, 0, 2, 0))])).toEqual({
      ok: false,
      problems: [{ code: 'ownData:file.unknownFormat', params: { file: 'x.bin' } }],
    });
  });
});
