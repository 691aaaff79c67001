import { describe, expect, it } from 'vitest';
import { english } from '../ui/i18n/english';
import { explodingLossMessage, findExplodingLoss } from './explodingLoss';

describe('findExplodingLoss', () => {
  it('finds the first loss above 10× the first one', () => {
    expect(findExplodingLoss([1, 2, 3, 4], [2.3, 5, 23.5, 100])).toEqual({ step: 3, loss: 23.5, firstLoss: 2.3 });
  });

  it('does not fire on a healthy or noisy run, nor on exactly 10×', () => {
    expect(findExplodingLoss([1, 2, 3], [2.3, 0.5, 3.1])).toBeNull();
    expect(findExplodingLoss([1, 2], [2, 20])).toBeNull();
  });

  it('leaves non-finite losses to the divergence check', () => {
    expect(findExplodingLoss([1, 2], [2.3, NaN])).toBeNull();
    expect(findExplodingLoss([1, 2], [2.3, Infinity])).toBeNull();
  });

  it('scans only from the given index, so a stream is checked once', () => {
    expect(findExplodingLoss([1, 2, 3], [2, 30, 40], 2)).toEqual({ step: 3, loss: 40, firstLoss: 2 });
  });

  it('says what happened and what to try', () => {
    expect(english(explodingLossMessage({ step: 12, loss: 2345.6, firstLoss: 2.31 }))).toBe(
      'The loss is exploding: 2.35e+3 at step 12, from 2.31 at the start. The learning rate is probably too high (L04): try one ten times smaller.',
    );
  });
});
