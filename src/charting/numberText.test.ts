import { describe, expect, it } from 'vitest';
import {
  countText,
  decimalsOf,
  fixedText,
  percentText,
  scientific,
  settingNumber,
  significantText,
  tickLabel,
} from './numberText';

describe('decimals of a value', () => {
  it('counts the digits after the point, without the noise of a sum', () => {
    expect(decimalsOf(2)).toBe(0);
    expect(decimalsOf(0.25)).toBe(2);
    expect(decimalsOf(0.1 + 0.2)).toBe(1);
    expect(decimalsOf(1e-7)).toBe(7); // String(1e-7) is "1e-7"
    expect(decimalsOf(2.5e-7)).toBe(8);
  });
});

describe('tick labels', () => {
  it('write a round value in full, grouped in the page language', () => {
    expect(tickLabel(0, 'en')).toBe('0');
    expect(tickLabel(2.5, 'en')).toBe('2.5');
    expect(tickLabel(0.1 + 0.2, 'en')).toBe('0.3');
    expect(tickLabel(20_000, 'en')).toBe('20,000');
    expect(tickLabel(20_000, 'zh-CN')).toBe('20,000');
    expect(tickLabel(0.0002, 'en')).toBe('0.0002');
    expect(tickLabel(0.001, 'en')).toBe('0.001');
  });

  it('write the tiny values of a log axis in scientific notation', () => {
    expect(tickLabel(0.00001, 'en')).toBe('1e-5');
    expect(tickLabel(5e-6, 'zh-CN')).toBe('5e-6');
  });

  it('write an accuracy axis in percent, with as many decimals as the tick has', () => {
    expect(tickLabel(0.92, 'en', { percent: true })).toBe('92%');
    expect(tickLabel(1, 'en', { percent: true })).toBe('100%');
    expect(tickLabel(0.905, 'en', { percent: true })).toBe('90.5%');
    expect(tickLabel(0, 'zh-CN', { percent: true })).toBe('0%');
  });

  it('read German decimals as a German reader writes them (the locale decides, not the code)', () => {
    expect(tickLabel(2.5, 'de')).toBe('2,5');
    expect(tickLabel(20_000, 'de')).toBe('20.000');
  });
});

describe('values a person reads', () => {
  it('an accuracy to a tenth of a percent', () => {
    expect(percentText(0.9134, 'en')).toBe('91.3%');
    expect(percentText(0.97, 'zh-CN')).toBe('97.0%');
  });
  it('a loss to four decimals', () => {
    expect(fixedText(2.302585, 'en', 4)).toBe('2.3026');
    expect(fixedText(0.5, 'en', 4)).toBe('0.5000');
    expect(fixedText(NaN, 'en', 4)).toBe('NaN');
  });
  it('a learning rate to three significant digits, tiny ones in scientific notation', () => {
    expect(significantText(0.001, 'en')).toBe('0.001');
    expect(significantText(0.0012345, 'en')).toBe('0.00123');
    expect(significantText(0.000025, 'en')).toBe('2.5e-5');
  });
  it('a setting as it was typed', () => {
    expect(settingNumber(0.001, 'en')).toBe('0.001');
    expect(settingNumber(60_000, 'en')).toBe('60,000');
    expect(settingNumber(1e-7, 'en')).toBe('1e-7');
    expect(settingNumber(0.0001, 'en')).toBe('0.0001');
    expect(settingNumber(0.99, 'zh-CN')).toBe('0.99');
  });
  it('a count with grouping', () => {
    expect(countText(12_345, 'en')).toBe('12,345');
  });
  it('scientific notation with e, as code and papers write it', () => {
    expect(scientific(0.00001, 'en')).toBe('1e-5');
    expect(scientific(2.5e-7, 'en')).toBe('2.5e-7');
  });
});
