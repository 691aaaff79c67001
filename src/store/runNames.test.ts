import { describe, expect, it } from 'vitest';
import { duplicatePosition, englishRunNamer, freeName } from './runNames';

describe('free names', () => {
  it('takes the plain name when no run has it, else the next number', () => {
    const copy = (n: number) => englishRunNamer.copy('Run 1', n);
    expect(freeName(['Run 1'], copy, 60)).toBe('Run 1 (copy)');
    expect(freeName(['Run 1', 'Run 1 (copy)'], copy, 60)).toBe('Run 1 (copy 2)');
    expect(freeName(['Run 1', 'Run 1 (copy)', 'Run 1 (copy 2)'], copy, 60)).toBe('Run 1 (copy 3)');
  });

  it('names a changed copy after the change, numbered when two copies made the same one', () => {
    const changes = [{ name: 'learningRate', value: 0.01 }] as const;
    expect(englishRunNamer.changed(changes, 1)).toBe('Learning rate: 0.01');
    expect(freeName(['Learning rate: 0.01'], (n) => englishRunNamer.changed(changes, n), 60)).toBe(
      'Learning rate: 0.01 (2)',
    );
    const two = [
      { name: 'optimizer', value: 'momentum' },
      { name: 'learningRate', value: 0.01 },
    ] as const;
    expect(englishRunNamer.changed(two, 1)).toBe('Optimizer: SGD with momentum · Learning rate: 0.01');
  });

  it('cuts a long name to the length a name may have', () => {
    expect(freeName([], () => 'x'.repeat(80), 60)).toHaveLength(60);
  });
});

describe('where a duplicate goes', () => {
  const run = (id: string, copiedFrom: string | null = null) => ({ id, copiedFrom });

  it('right after its source when the source has no copies', () => {
    expect(duplicatePosition([run('a'), run('b')], 'a')).toBe(1);
    expect(duplicatePosition([run('a'), run('b')], 'b')).toBe(2);
  });

  it('after the copies already made from the source, and their copies', () => {
    // a, its copy a1, a1's copy a11, then b: a's next copy goes before b.
    expect(duplicatePosition([run('a'), run('a1', 'a'), run('a11', 'a1'), run('b')], 'a')).toBe(3);
    // A copy of something else after a's copies is not a's family.
    expect(duplicatePosition([run('a'), run('a1', 'a'), run('b1', 'b'), run('b')], 'a')).toBe(2);
  });
});
