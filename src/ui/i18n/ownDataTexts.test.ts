// How the import's problems and left-out groups read once the catalog renders them, in both languages.
import { describe, expect, it } from 'vitest';
import { LeftOutCollector, sayLeftOut } from '../../data/ownData/leftOut';
import { sayOwnData } from '../../schema/ownDataWords';
import { createCatalog } from './catalog';
import { sayMessage } from './say';

const english = createCatalog('en');
const chinese = createCatalog('zh-CN');

describe('own data texts', () => {
  it('groups left-out rows by reason and names the first five lines', () => {
    const leftOut = new LeftOutCollector();
    for (let row = 3; row < 10; row++) leftOut.add(sayOwnData('reason.notNumber', { value: `x${row}` }), row);
    leftOut.add(sayOwnData('reason.emptyLabel'), 12);
    const [numbers, labels] = leftOut.list();
    expect(sayMessage(english, sayLeftOut(numbers!))).toBe(
      '7 left out, a pixel that is not a number (e.g. x3): row 3, row 4, row 5, row 6, row 7, and 2 more',
    );
    expect(sayMessage(english, sayLeftOut(labels!))).toBe('1 left out, no label: row 12');
    expect(sayMessage(chinese, sayLeftOut(labels!))).toBe('1 个被略去，原因是没有标签：第 12 行');
    expect(sayMessage(chinese, sayLeftOut(numbers!))).toBe(
      '7 个被略去，原因是有像素不是数字（如 x3）：第 3 行、第 4 行、第 5 行、第 6 行、第 7 行和另外 2 个',
    );
  });

  it('names the split a class is missing from', () => {
    const problem = sayOwnData('dataset.classMissing', { label: '3', split: sayOwnData('split.train'), max: 9 });
    expect(sayMessage(english, problem)).toBe('Class 3 has no examples in the training split (the labels go up to 9)');
    expect(sayMessage(chinese, problem)).toBe('类别 3 在训练集中没有样本（标签最大为 9）');
  });
});
