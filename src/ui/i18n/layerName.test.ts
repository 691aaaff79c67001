import { describe, expect, it } from 'vitest';
import { createCatalog } from './catalog';
import { sayLayerName } from './layerName';

describe('layer names in the reader’s language', () => {
  const english = createCatalog('en');
  const chinese = createCatalog('zh-CN');

  it('says the engine’s names in each language', () => {
    expect(['dense 2', 'conv 1', 'output'].map((name) => sayLayerName(english, name))).toEqual([
      'dense 2',
      'conv 1',
      'output',
    ]);
    expect(['dense 2', 'conv 1', 'output'].map((name) => sayLayerName(chinese, name))).toEqual([
      '全连接层 2',
      '卷积层 1',
      '输出层',
    ]);
  });

  it('leaves a name it does not know as it is', () => {
    expect(sayLayerName(chinese, 'dense')).toBe('dense');
    expect(sayLayerName(chinese, 'embedding 1')).toBe('embedding 1');
  });

  it('fills texts that name a layer', () => {
    expect(chinese.t('firstLayer:unitDense', { unit: 3, layer: 'dense 1' })).toBe('全连接层 1 的第 3 个单元');
    // The verdicts' texts are typed through their English source module; the lookup by key is the page's own.
    const say = chinese.t as (key: string, params: object) => string;
    expect(say('diagnostics:exploding.ratio', { first: 'dense 1', output: 'output', ratio: 1200 })).toBe(
      '全连接层 1的梯度是输出层的 1,200 倍',
    );
    expect(english.t('firstLayer:unitDense', { unit: 3, layer: 'dense 1' })).toBe('Unit 3 of dense 1');
  });
});
