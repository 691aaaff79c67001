import { describe, expect, it } from 'vitest';
import { readExperimentLink } from '../../bridge/experimentLink';
import { createCatalog } from './catalog';
import { sayMessage } from './say';

// A link with a bad value, a bad view part and a later run's bad colour: the page says all three, in the reader's
// language, with the setting's label in that language and the link's own values as written.
const notice = readExperimentLink('#lr=fast&x=bogus&r1.col=zzz').notice!;

describe('what a malformed link is said to hold', () => {
  it('is said in English, sentence after sentence', () => {
    expect(sayMessage(createCatalog('en'), notice)).toBe(
      "Some of the link's settings were not used: Chart view: “x=bogus” must be one of step, epoch, seconds; kept " +
        'step. Learning rate: “fast” must be a number; kept 0.001. Run 2, colour: “zzz” is not a colour (#rrggbb); ' +
        'kept #d55e00.',
    );
  });

  it('is said in Chinese, with the setting named as the settings panel names it', () => {
    const said = sayMessage(createCatalog('zh-CN'), notice);
    expect(said).toMatch(/^链接中的部分设置未被采用：图表视图：“x=bogus”必须是 step, epoch, seconds 之一；保留 step。/);
    expect(said).toContain('学习率：“fast”');
    expect(said).toContain('第 2 个运行的颜色：“zzz”不是颜色（#rrggbb）；保留 #d55e00。');
    expect(said).not.toMatch(/Learning rate|must be|kept|messages:|fields:/);
  });
});

describe('measured step times', () => {
  const timings = {
    code: 'backends:page.timings',
    params: {
      list: {
        join: 'and' as const,
        items: [
          { code: 'backends:page.timing', params: { backend: { code: 'backends:label.wasm' }, ms: 27.46 } },
          { code: 'backends:page.timing', params: { backend: { code: 'backends:label.cpu' }, ms: 1509.6 } },
        ],
      },
      seconds: 6.04,
    },
  };

  it('keep three digits below 100 ms and whole, grouped milliseconds above (never 1.51e+3)', () => {
    expect(sayMessage(createCatalog('en'), timings)).toBe('wasm 27.5 ms and CPU 1,510 ms (measured in 6.0 s)');
    expect(sayMessage(createCatalog('zh-CN'), timings)).toContain('CPU 1,510 毫秒');
  });
});
