import { describe, expect, it } from 'vitest';
import { scriptFileName } from './scriptFileName';

describe('scriptFileName', () => {
  it.each([
    ['Run 1', 'playground_run_1.py'],
    ['Adam, lr 0.001 (copy)', 'playground_adam_lr_0_001_copy.py'],
    ['Café ñandú', 'playground_cafe_nandu.py'],
    ['../../etc/passwd', 'playground_etc_passwd.py'],
    ['运行 2', 'playground_2.py'],
    ['运行', 'playground_run.py'],
    ['', 'playground_run.py'],
    ['all runs', 'playground_all_runs.py'],
  ])('%j → %s', (name, file) => {
    expect(scriptFileName(name)).toBe(file);
  });

  it('keeps a long name to 48 characters and ends it on a letter or digit', () => {
    const file = scriptFileName(`${'a'.repeat(47)} b c`);
    expect(file).toBe(`playground_${'a'.repeat(47)}.py`);
  });
});
