import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeIdx, parseIdx } from './idx';

const images = { dims: [2, 3, 3] };
const pixels = Uint8Array.from({ length: 18 }, (_, i) => i * 10);

describe('parseIdx', () => {
  it('reads a well-formed image file', () => {
    const result = parseIdx(encodeIdx([2, 3, 3], pixels), images, 'images');
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.dims).toEqual([2, 3, 3]);
      expect(Array.from(result.value.data)).toEqual(Array.from(pixels));
    }
  });

  it('writes the header LeCun documents: 0x00000803 then big-endian sizes', () => {
    const bytes = encodeIdx([2, 3, 3], pixels);
    expect(Array.from(bytes.subarray(0, 16))).toEqual([0, 0, 8, 3, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 3]);
  });

  it('reads a label file (1-D)', () => {
    const result = parseIdx(encodeIdx([4], Uint8Array.of(7, 2, 1, 0)), { dims: [4] }, 'labels');
    expect(result).toEqual({ ok: true, value: { dims: [4], data: Uint8Array.of(7, 2, 1, 0) } });
  });

  it.each([
    ['empty input', new Uint8Array(0), 'images: only 0 bytes, too short for an IDX header'],
    [
      'a label file where images are expected',
      encodeIdx([18], pixels),
      'images: magic number 0x00000801, expected 0x00000803 (not an IDX file of this kind)',
    ],
    [
      'a gzip file that was never decompressed',
      Uint8Array.of(0x1f, 0x8b, 8, 0, 0, 0, 0, 0),
      'images: magic number 0x1f8b0800, expected 0x00000803 (not an IDX file of this kind)',
    ],
    ['a header cut short', encodeIdx([2, 3, 3], pixels).subarray(0, 10), 'images: header cut short (10 bytes)'],
    ['wrong count', encodeIdx([1, 3, 3], pixels.subarray(0, 9)), 'images: dimensions 1×3×3, expected 2×3×3'],
    ['wrong image size', encodeIdx([2, 3, 2], pixels.subarray(0, 12)), 'images: dimensions 2×3×2, expected 2×3×3'],
    [
      'a truncated body',
      encodeIdx([2, 3, 3], pixels).subarray(0, 30),
      'images: 30 bytes, expected 34 (truncated or padded file)',
    ],
    [
      'trailing junk',
      Uint8Array.from([...encodeIdx([2, 3, 3], pixels), 1, 2]),
      'images: 36 bytes, expected 34 (truncated or padded file)',
    ],
  ])('rejects %s', (_name, bytes, error) => {
    expect(parseIdx(bytes, images, 'images')).toEqual({ ok: false, error });
  });

  it('accepts the shipped MNIST assets', () => {
    const dir = join(import.meta.dirname, '..', '..', 'public', 'data', 'mnist');
    const testImages = parseIdx(
      gunzipSync(readFileSync(join(dir, 'test-images.idx.gzip'))),
      { dims: [10000, 28, 28] },
      't',
    );
    const testLabels = parseIdx(gunzipSync(readFileSync(join(dir, 'test-labels.idx.gzip'))), { dims: [10000] }, 'l');
    expect(testImages.ok && testLabels.ok).toBe(true);
    if (testLabels.ok) {
      // The first test labels of MNIST are 7, 2, 1, 0, 4 (a well-known fact of the dataset).
      expect(Array.from(testLabels.value.data.subarray(0, 5))).toEqual([7, 2, 1, 0, 4]);
      expect(Math.max(...testLabels.value.data)).toBe(9);
    }
  });
});
