import { describe, expect, it } from 'vitest';
import { fingerprintOf } from './fingerprint';
import type { OwnDataset } from './types';

const dataset = (): OwnDataset => ({
  info: { title: 'a', format: 'csv', height: 1, width: 2, channels: 1, classNames: ['0', '1'], ownTestSplit: false },
  train: { count: 2, images: Uint8Array.of(1, 2, 3, 4), labels: Uint8Array.of(0, 1) },
  test: null,
});

describe('fingerprintOf', () => {
  it('is 64 hex digits, the same for the same data whatever its title or format', async () => {
    const a = await fingerprintOf(dataset());
    const b = dataset();
    b.info.title = 'b';
    b.info.format = 'idx';
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(await fingerprintOf(b)).toBe(a);
  });

  it.each([
    ['one pixel', (d: OwnDataset) => (d.train.images[3] = 5)],
    ['one label', (d: OwnDataset) => (d.train.labels[0] = 1)],
    ['the image shape', (d: OwnDataset) => ((d.info.height = 2), (d.info.width = 1))],
    ['a class name', (d: OwnDataset) => (d.info.classNames[1] = 'one')],
  ])('changes with %s', async (_name, change) => {
    const changed = dataset();
    change(changed);
    expect(await fingerprintOf(changed)).not.toBe(await fingerprintOf(dataset()));
  });
});
