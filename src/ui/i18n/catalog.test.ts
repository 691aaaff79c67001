import { describe, expect, it } from 'vitest';
import { catalogLeaves, placeholders } from './catalogLeaves';
import { chooseLanguage, searchWithLanguage } from './language';
import { RESOURCES } from './resources';

const NAMESPACES = Object.keys(RESOURCES.en) as (keyof typeof RESOURCES.en)[];

describe('the catalog', () => {
  it('has the same namespaces in both languages', () => {
    expect(Object.keys(RESOURCES['zh-CN']).sort()).toEqual([...NAMESPACES].sort());
  });

  for (const namespace of NAMESPACES) {
    describe(namespace, () => {
      const english = catalogLeaves(RESOURCES.en[namespace]);
      const chinese = new Map(catalogLeaves(RESOURCES['zh-CN'][namespace]).map((leaf) => [leaf.key, leaf.text]));

      it('has every English key in Chinese, and no other', () => {
        expect([...chinese.keys()].sort()).toEqual(english.map((leaf) => leaf.key).sort());
      });

      it('has no empty text in either language', () => {
        expect(english.filter((leaf) => leaf.text.trim() === '').map((leaf) => leaf.key)).toEqual([]);
        expect([...chinese].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
      });

      it('fills the same placeholders in both languages', () => {
        const differing = english
          .filter((leaf) => chinese.has(leaf.key))
          .filter((leaf) => placeholders(leaf.text).join() !== placeholders(chinese.get(leaf.key)!).join())
          .map((leaf) => leaf.key);
        expect(differing).toEqual([]);
      });

      it('says in Chinese what it says in English: no text left untranslated', () => {
        // A Chinese text with an English word of three or more letters outside a placeholder is an untranslated
        // text, unless the word is a name a Chinese text keeps (an optimizer, an activation, a dataset, a loss named after a person).
        const kept =
          /^(AdaGrad|Adagrad|Adam|Adamax|AdamW|CNN|CPU|createImageBitmap|CSV|Dropout|ELU|epoch|Esc|evaluations|fan|Fashion|GELU|Glorot|GPU|gzip|He|HTTP|Huber|IDX|Inf|install|Ito|JPEG|JSON|Keras|L1|L2|Leaky|learningRates|LeCun|logits?|losses|MC|MLP|MNIST|Nadam|NaN|Nesterov|Node|npm|OffscreenCanvas|Okabe|PNG|Python|PyTorch|ReLU|reshape|RGB|RMSProp|RMSprop|rrggbb|seconds|SELU|series|SGD|sigmoid|Sigmoid|softmax|Space|steps|Swish|tanh|TF|URL|wasm|WebGL|WebGPU|Worker|Xavier|ZIP)$/;
        const untranslated = [...chinese]
          .filter(([, text]) =>
            (text.replace(/\{\{[^}]*\}\}/g, '').match(/[A-Za-z]{3,}/g) ?? []).some((word) => !kept.test(word)),
          )
          .map(([key, text]) => `${key}: ${text}`);
        expect(untranslated).toEqual([]);
      });
    });
  }
});

describe('choosing the language', () => {
  it('follows ?lang= over the browser', () => {
    expect(chooseLanguage('?lang=zh-CN', ['en-GB'])).toBe('zh-CN');
    expect(chooseLanguage('?backend=wasm&lang=en', ['zh-CN', 'zh'])).toBe('en');
  });
  it('takes the first browser preference it has a catalog for', () => {
    expect(chooseLanguage('', ['fr-FR', 'zh-TW', 'en'])).toBe('zh-CN');
    expect(chooseLanguage('', ['de', 'en-US'])).toBe('en');
  });
  it('speaks English when nothing it knows is asked for, or ?lang= names a language it lacks', () => {
    expect(chooseLanguage('?lang=xx', ['fr'])).toBe('en');
    expect(chooseLanguage('?lang=%3Cscript%3E', [])).toBe('en');
  });
  it('writes lang= into the query and keeps the other parameters', () => {
    expect(searchWithLanguage('?backend=wasm', 'zh-CN')).toBe('?backend=wasm&lang=zh-CN');
    expect(searchWithLanguage('?lang=en&trainer=main', 'zh-CN')).toBe('?lang=zh-CN&trainer=main');
    expect(searchWithLanguage('', 'en')).toBe('?lang=en');
  });
});
