import { describe, expect, it } from 'vitest';
import { formatCount, formatFixed, formatPercent } from './numbers';

describe('numbers in the page language', () => {
  it('groups counts', () => {
    expect(formatCount(60000, 'en')).toBe('60,000');
    expect(formatCount(1234567.4, 'zh-CN')).toBe('1,234,567');
  });
  it('writes fractions as percents with fixed decimals', () => {
    expect(formatPercent(0.9134, 'en')).toBe('91.34%');
    expect(formatPercent(0.5, 'zh-CN', 1)).toBe('50.0%');
  });
  it('writes fixed decimals without grouping', () => {
    expect(formatFixed(1.5, 'en', 2)).toBe('1.50');
    expect(formatFixed(12345.678, 'en', 1)).toBe('12345.7');
  });
});
