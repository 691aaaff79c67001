import { describe, expect, it } from 'vitest';
import { splitSeed, toStoredDataset } from './toRegistry';
import type { OwnDataset } from './types';

/** 10 one-pixel examples, labels 0,1,0,1,…; pixel i is i (so where each example went can be read back). */
function tenExamples(test: OwnDataset['test']): OwnDataset {
  return {
    info: { title: 't', format: 'csv', height: 1, width: 1, channels: 1, classNames: ['a', 'b'], ownTestSplit: !!test },
    train: {
      count: 10,
      images: Uint8Array.from({ length: 10 }, (_, i) => i),
      labels: Uint8Array.from({ length: 10 }, (_, i) => i % 2),
    },
    test,
  };
}

describe('toStoredDataset', () => {
  it('splits off the chosen share of each class when the files bring no test split', () => {
    const stored = toStoredDataset(tenExamples(null), 'abcdef0123', 'Mine', 20);
    // 5 examples a class, 20% → 1 of each class to test.
    expect(stored.test?.count).toBe(2);
    expect(stored.train.count).toBe(8);
    expect([...stored.test!.labels].sort()).toEqual([0, 1]);
    // Every example is in exactly one split.
    expect([...stored.train.images, ...stored.test!.images].sort((a, b) => a - b)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
    expect(stored.info).toEqual({ title: 'Mine', height: 1, width: 1, channels: 1, classNames: ['a', 'b'] });
    expect(stored.fingerprint).toBe('abcdef0123');
  });

  it('splits the same files the same way, and keeps a test split the files bring', () => {
    const a = toStoredDataset(tenExamples(null), 'abcdef0123', 'Mine', 40);
    const b = toStoredDataset(tenExamples(null), 'abcdef0123', 'Mine', 40);
    expect([...a.test!.images]).toEqual([...b.test!.images]);
    expect(a.test!.count).toBe(4);
    const own = { count: 1, images: Uint8Array.of(99), labels: Uint8Array.of(1) };
    const kept = toStoredDataset(tenExamples(own), 'abcdef0123', 'Mine', 40);
    expect(kept.test).toBe(own);
    expect(kept.train.count).toBe(10);
  });

  it('seeds from the fingerprint', () => {
    expect(splitSeed('0000000a')).toBe(10);
    expect(splitSeed('ffffffff')).toBe(0xffffffff);
  });
});
