import { describe, expect, it } from 'vitest';
import { createRandom, deriveSeed, permutation } from './random';

describe('createRandom', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
  });

  it('draws uniforms in [0, 1) with mean 1/2 and variance 1/12', () => {
    const random = createRandom(7);
    const n = 200_000;
    let sum = 0;
    let sumSq = 0;
    for (let i = 0; i < n; i++) {
      const u = random.next();
      expect(u >= 0 && u < 1).toBe(true);
      sum += u;
      sumSq += u * u;
    }
    const mean = sum / n;
    expect(mean).toBeCloseTo(0.5, 2);
    expect(sumSq / n - mean * mean).toBeCloseTo(1 / 12, 3);
  });

  it('draws standard normals: mean 0, variance 1, 95.45% within two sigmas', () => {
    const random = createRandom(11);
    const n = 200_000;
    let sum = 0;
    let sumSq = 0;
    let within2 = 0;
    for (let i = 0; i < n; i++) {
      const z = random.normal();
      sum += z;
      sumSq += z * z;
      if (Math.abs(z) <= 2) within2++;
    }
    expect(sum / n).toBeCloseTo(0, 2);
    expect(sumSq / n).toBeCloseTo(1, 1);
    expect(within2 / n).toBeCloseTo(0.9545, 2);
  });

  it('draws integers in [0, n) covering every value', () => {
    const random = createRandom(3);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) seen.add(random.int(10));
    expect([...seen].sort((x, y) => x - y)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe('deriveSeed', () => {
  it('is a pure function of seed and purpose, distinct per purpose', () => {
    expect(deriveSeed(1, 'weights/layer-0')).toBe(deriveSeed(1, 'weights/layer-0'));
    expect(deriveSeed(1, 'weights/layer-0')).not.toBe(deriveSeed(1, 'weights/layer-1'));
    expect(deriveSeed(1, 'weights/layer-0')).not.toBe(deriveSeed(2, 'weights/layer-0'));
  });
});

describe('permutation', () => {
  it('contains every index exactly once', () => {
    const order = permutation(1000, createRandom(5));
    expect(Array.from(order).sort((a, b) => a - b)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
  });

  it('is the same for the same seed and actually shuffles', () => {
    const a = Array.from(permutation(100, createRandom(9)));
    expect(Array.from(permutation(100, createRandom(9)))).toEqual(a);
    expect(a).not.toEqual(Array.from({ length: 100 }, (_, i) => i));
  });
});
