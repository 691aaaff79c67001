import { describe, expect, it } from 'vitest';
import { importOwnData } from './importOwnData';
import { file, gzip } from './ownFiles.testkit';

const header4 = 'label,pixel0,pixel1,pixel2,pixel3\n';

describe('CSV tables', () => {
  it("reads Kaggle's layout with a header: 4 pixels are a 2×2 image", async () => {
    const result = await importOwnData([file('digits.csv', `${header4}1,0,10,20,255\n0,5,6,7,8\n`)]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.info).toEqual({
      title: 'digits',
      format: 'csv',
      height: 2,
      width: 2,
      channels: 1,
      classNames: ['0', '1'],
      ownTestSplit: false,
    });
    expect(Array.from(result.dataset.train.images)).toEqual([0, 10, 20, 255, 5, 6, 7, 8]);
    expect(Array.from(result.dataset.train.labels)).toEqual([1, 0]);
    expect(result.leftOut).toEqual([]);
  });

  it('reads the same rows without a header, with Windows line ends, to the same fingerprint', async () => {
    const withHeader = await importOwnData([file('a.csv', `${header4}1,0,10,20,255\n0,5,6,7,8\n`)]);
    const without = await importOwnData([file('b.csv', '1,0,10,20,255\r\n0,5,6,7,8')]);
    expect(without.ok && withHeader.ok && without.fingerprint === withHeader.fingerprint).toBe(true);
  });

  it('finds the label column a header names, and takes text labels as class names, sorted', async () => {
    const result = await importOwnData([
      file('pets.csv', 'p0,p1,p2,p3,class\n1,2,3,4,dog\n5,6,7,8,cat\n9,9,9,9,dog\n'),
    ]);
    expect(result.ok && result.dataset.info.classNames).toEqual(['cat', 'dog']);
    expect(result.ok && Array.from(result.dataset.train.labels)).toEqual([1, 0, 1]);
    expect(result.ok && Array.from(result.dataset.train.images.subarray(0, 4))).toEqual([1, 2, 3, 4]);
  });

  it('reads 3×n×n pixel columns as an RGB image', async () => {
    const row = (label: number) => [label, ...Array.from({ length: 12 }, (_, i) => i)].join(',');
    const result = await importOwnData([file('rgb.csv', `${row(0)}\n${row(1)}\n`)]);
    expect(result.ok && [result.dataset.info.height, result.dataset.info.channels]).toEqual([2, 3]);
  });

  it('scales a table of 0–1 values by 255', async () => {
    const result = await importOwnData([file('unit.csv', '0,0,0.5,1,0.25\n1,1,0,0,0\n')]);
    expect(result.ok && Array.from(result.dataset.train.images)).toEqual([0, 128, 255, 64, 255, 0, 0, 0]);
  });

  it('takes a second table named test as the test split, and reads a gzipped table', async () => {
    const result = await importOwnData([
      file('test.csv', '1,1,1,1,1\n'),
      file('train.csv.gz', gzip(new TextEncoder().encode('0,0,0,0,0\n1,9,9,9,9\n'))),
    ]);
    expect(result.ok && [result.dataset.train.count, result.dataset.test?.count]).toEqual([2, 1]);
  });

  it('leaves out bad rows, grouped by reason, naming the first five lines', async () => {
    const bad = Array.from({ length: 7 }, () => '1,2,3\n').join(''); // lines 4–10: 3 columns, not 5
    const text = `${header4}0,1,2,3,4\n1,1,2,3,4\n${bad}0,1,x,3,4\n1,1,2,3,300\n,1,2,3,4\n`;
    const result = await importOwnData([file('t.csv', text)]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.train.count).toBe(2);
    expect(result.leftOut).toEqual([
      {
        reason: { code: 'ownData:reason.ragged', params: { columns: 3, expected: 5 } },
        count: 7,
        where: [4, 5, 6, 7, 8],
      },
      { reason: { code: 'ownData:reason.notNumber', params: { value: 'x' } }, count: 1, where: [11] },
      {
        reason: { code: 'ownData:reason.outOfRange', params: { low: '0', high: '255', value: '300' } },
        count: 1,
        where: [12],
      },
      { reason: { code: 'ownData:reason.emptyLabel' }, count: 1, where: [13] },
    ]);
  });

  it.each([
    [
      'a pixel count that is no square',
      '0,1,2,3,4,5\n1,1,2,3,4,5\n',
      { code: 'ownData:csv.notSquare', params: { file: 'x.csv', pixels: 5 } },
    ],
    ['a label alone', '0\n1\n', { code: 'ownData:csv.tooFewColumns', params: { file: 'x.csv', columns: 1 } }],
    [
      'numeric labels with a gap',
      '0,1,1,1,1\n2,1,1,1,1\n',
      { code: 'ownData:dataset.classMissing', params: { label: '1', split: { code: 'ownData:split.train' }, max: 2 } },
    ],
    [
      'nothing but bad rows',
      '0,a,1,1,1\n1,1,1,1,1\n'.replace('1,1,1,1,1', '1,b,1,1,1'),
      {
        code: 'ownData:dataset.nothingLeft',
        params: { why: { code: 'ownData:reason.notNumber', params: { value: 'b' } } },
      },
    ],
  ])('refuses %s', async (_name, text, problem) => {
    expect(await importOwnData([file('x.csv', text)])).toEqual({ ok: false, problems: [problem] });
  });

  it('refuses more than 100000 examples, allocating for no more than that', async () => {
    const text = '0,1,1,1,1\n1,2,2,2,2\n'.repeat(50_001);
    const started = performance.now();
    const result = await importOwnData([file('long.csv', text)]);
    console.info(`CSV of 100002 rows refused in ${(performance.now() - started).toFixed(1)} ms`);
    expect(result).toEqual({
      ok: false,
      problems: [{ code: 'ownData:dataset.tooManyExamples', params: { count: 100_001, limit: 100_000 } }],
    });
  });

  it('refuses a line of 10^6 columns quickly, counting no further than the limit', async () => {
    const text = `0${',1'.repeat(1_000_000)}\n`;
    const started = performance.now();
    const result = await importOwnData([file('wide.csv', text)]);
    console.info(`CSV line of 10^6 columns refused in ${(performance.now() - started).toFixed(1)} ms`);
    expect(result).toEqual({
      ok: false,
      problems: [
        { code: 'ownData:csv.tooManyColumns', params: { file: 'wide.csv', row: 1, columns: 12290, limit: 12289 } },
      ],
    });
  });
});
