import { english } from '../ui/i18n/english';
// Node has no Worker, so these run the page's own fallback path; the worker path is covered by e2e/import-large.
import { describe, expect, it } from 'vitest';
import { run } from '../store/exportedRunFixtures';
import { runsToJson } from '../store/runExport';
import { MAX_IMPORT_BYTES } from '../store/runImport';
import { startRunsImport } from './importRuns';

describe('startRunsImport', () => {
  it('refuses a file larger than any export from its size, without reading it', async () => {
    let read = false;
    const huge = {
      name: 'huge.json',
      size: MAX_IMPORT_BYTES + 1,
      stream: () => {
        read = true;
        return new Blob([]).stream();
      },
    } as unknown as File;
    const result = await startRunsImport(huge, () => {}).result;
    expect(result?.ok).toBe(false);
    expect(result && !result.ok && english(result.message)).toMatch(/^This file is 3,690 MB, larger/);
    expect(read).toBe(false);
  });

  it('reads a file on the page where there is no Worker', async () => {
    expect(typeof Worker).toBe('undefined');
    const file = new File([runsToJson([run()], 'v=2')], 'runs.json');
    const result = await startRunsImport(file, () => {}).result;
    expect(result).toEqual({ ok: true, runs: [run()], problems: [] });
  });

  it('gives null once cancelled', async () => {
    const file = new File([runsToJson([run()], 'v=2')], 'runs.json');
    const started = startRunsImport(file, () => {});
    started.cancel();
    expect(await started.result).toBeNull();
  });
});
