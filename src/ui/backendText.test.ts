import { describe, expect, it } from 'vitest';
import { backendDetail } from './backendText';
import { createCatalog } from './i18n/catalog';

const detailIn = (language: 'en' | 'zh-CN', threads?: { count: number; isolated: boolean }) =>
  backendDetail(
    { name: 'wasm', detail: 'WebAssembly on the CPU', thread: 'worker', ...(threads ? { threads } : {}) },
    createCatalog(language).getFixedT(language, 'backends'),
    language,
  );

describe('backendDetail', () => {
  it('names the threads wasm trains on', () => {
    expect(detailIn('en', { count: 2, isolated: true })).toBe('WebAssembly on the CPU, 2 threads');
    expect(detailIn('en', { count: 1, isolated: true })).toBe('WebAssembly on the CPU, 1 thread');
    expect(detailIn('zh-CN', { count: 4, isolated: true })).toBe('WebAssembly on the CPU，4 个线程');
  });

  it('says why wasm has one thread on a page that is not cross-origin isolated', () => {
    expect(detailIn('en', { count: 1, isolated: false })).toBe(
      'WebAssembly on the CPU, 1 thread (the page is not cross-origin isolated)',
    );
  });

  it("leaves another backend's detail as the trainer said it", () => {
    expect(detailIn('en')).toBe('WebAssembly on the CPU');
  });
});
