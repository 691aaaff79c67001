import { english } from '../ui/i18n/english';
import { describe, expect, it } from 'vitest';
import { run, sgd } from '../store/exportedRunFixtures';
import { runsToJson } from '../store/runExport';
import { parseRunsJson } from '../store/runImport';
import type { ImportProgress } from './importMessages';
import { readRunsFile } from './readRunsFile';

describe('readRunsFile', () => {
  it('reads an export as parseRunsJson does, telling the bytes read and then the check', async () => {
    const text = runsToJson([run({ name: 'Ünïcödé 🚀' }), sgd()], 'v=2');
    const file = new Blob([text]);
    const progress: ImportProgress[] = [];
    const result = await readRunsFile(file, (p) => progress.push(p));
    expect(result).toEqual(parseRunsJson(text));
    expect(result.ok).toBe(true);
    expect(progress.at(-2)).toEqual({ phase: 'reading', bytesRead: file.size, totalBytes: file.size });
    expect(progress.at(-1)).toEqual({ phase: 'checking' });
  });

  it('decodes a character split between two chunks of the file, and drops a byte-order mark', async () => {
    const text = runsToJson([run({ name: 'Größe' })], 'v=2');
    const bytes = new TextEncoder().encode(text);
    const at = bytes.indexOf(0xc3) + 1; // inside the two bytes of 'ö'
    const file = new Blob([new Uint8Array([0xef, 0xbb, 0xbf]), bytes.slice(0, at), bytes.slice(at)]);
    const result = await readRunsFile(file, () => {});
    expect(result.ok && result.runs[0]!.name).toBe('Größe');
  });

  it('says what is wrong with a file that is not an export, without throwing', async () => {
    const result = await readRunsFile(new Blob(['{"hello": 1']), () => {});
    expect(result.ok).toBe(false);
    expect(!result.ok && english(result.message)).toBe(
      'This file is not JSON, so it is not a training-playground export.',
    );
  });
});
