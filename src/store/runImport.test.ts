import fc from 'fast-check';
import { english } from '../ui/i18n/english';
import { describe, expect, it } from 'vitest';
import { VERSION_DEFAULTS } from '../schema/migrations';
import { defaultRunColour } from '../schema/view';
import { run, runsArbitrary, sgd } from './exportedRunFixtures';
import { EXPORT_FORMAT, EXPORT_VERSION, runsToJson, type ExportedRun, type RunEvaluation } from './runExport';
import {
  fileSizeProblem,
  MAX_BYTES_PER_EVALUATION,
  MAX_BYTES_PER_POINT,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_POINTS,
  maxExportBytes,
  parseRunsJson,
  type ImportResult,
} from './runImport';

/** The file runsToJson writes for these runs, as an object to tamper with. */
const exported = (runs: ExportedRun[]) => JSON.parse(runsToJson(runs, 'v=2')) as { runs: Record<string, unknown>[] };
const importObject = (file: unknown) => parseRunsJson(JSON.stringify(file));

// What an English reader is told (the page's English catalog renders the messages).
function expectRefused(result: ImportResult): string {
  expect(result.ok).toBe(false);
  return result.ok ? '' : english(result.message);
}

function expectImported(result: ImportResult): { runs: ExportedRun[]; problems: string[] } {
  expect(result.ok).toBe(true);
  return result.ok ? { runs: result.runs, problems: result.problems.map(english) } : { runs: [], problems: [] };
}

describe('parseRunsJson', () => {
  it('reads back what runsToJson wrote, NaN and ±Infinity included', () => {
    const evaluations: RunEvaluation[] = [
      { step: 0, epoch: 0, seconds: 0, testLoss: 2.3, testAccuracy: 0.1 },
      {
        step: 2,
        epoch: 1,
        seconds: 0.1,
        testLoss: Infinity,
        testAccuracy: 0.1,
        train: { loss: NaN, accuracy: 0.1 },
        monteCarlo: { loss: -Infinity, accuracy: 0.2, samples: 8 },
      },
    ];
    const runs = [run(), { ...sgd(), evaluations }];
    runs[0]!.series.losses[1] = -Infinity;
    expect(parseRunsJson(runsToJson(runs, 'v=2'))).toEqual({ ok: true, runs, problems: [] });
  });

  it('migrates an older experiment version', () => {
    const file = exported([run()]);
    file.runs[0]!.experiment = {
      version: 1,
      dataset: 'mnist',
      hiddenLayers: [4, 128],
      activation: 'leakyRelu',
      initializer: 'glorot',
      optimizer: 'momentum',
      learningRate: 0.01,
      batchSize: 64,
      epochs: 3,
      seed: 42,
      evalEverySteps: 100,
    };
    const { runs, problems } = expectImported(importObject(file));
    expect(problems).toEqual([]);
    expect(runs[0]!.experiment).toMatchObject({ hiddenLayers: [8, 128], optimizer: 'momentum', momentum: 0.9 });
  });

  it('migrates a version-2 experiment: the output layer keeps the hidden layers’ initializer, ε stays 1e-3', () => {
    const file = exported([run()]);
    file.runs[0]!.experiment = {
      ...VERSION_DEFAULTS[2],
      version: 2,
      initializer: 'lecun',
      batchNorm: 'afterActivation',
    };
    const { runs, problems } = expectImported(importObject(file));
    expect(problems).toEqual([]);
    expect(runs[0]!.experiment).toMatchObject({
      initializer: 'lecun',
      outputInitializer: 'lecun',
      batchNorm: 'afterActivation',
      batchNormEpsilon: 1e-3,
    });
  });

  it('refuses a file that is not JSON', () => {
    expect(expectRefused(parseRunsJson('run,name,step\n1,a,1'))).toMatch(/not JSON/);
    expect(expectRefused(parseRunsJson(''))).toMatch(/not JSON/);
  });

  it('refuses JSON that is not an export', () => {
    for (const text of ['null', '[1,2]', '"text"', '{}', '{"format":"something-else","version":1,"runs":[]}']) {
      expect(expectRefused(parseRunsJson(text))).toBe('This file is not a training-playground export');
    }
  });

  it('refuses a newer version, and a missing one', () => {
    const file = { ...exported([run()]), version: EXPORT_VERSION + 1 };
    expect(expectRefused(importObject(file))).toBe(
      `This export was written by a newer playground (export version ${EXPORT_VERSION + 1}; ` +
        `this one reads up to ${EXPORT_VERSION}), so it cannot be imported here.`,
    );
    expect(expectRefused(importObject({ ...exported([run()]), version: '1' }))).toMatch(/version/);
  });

  it('refuses a file without runs', () => {
    expect(expectRefused(importObject({ format: EXPORT_FORMAT, version: 1, runs: [] }))).toMatch(/no runs/);
    expect(expectRefused(importObject({ format: EXPORT_FORMAT, version: 1 }))).toMatch(/no list of runs/);
  });

  it('keeps the first eight runs of more', () => {
    const runs = Array.from({ length: 10 }, (_, i) => run({ name: `Run ${i + 1}` }));
    const { runs: imported, problems } = expectImported(parseRunsJson(runsToJson(runs, '')));
    expect(imported.map((r) => r.name)).toEqual(runs.slice(0, 8).map((r) => r.name));
    expect(problems).toEqual(['Runs 9–10: an import holds at most 8 runs; they were left out.']);
  });

  it('drops a run whose arrays differ in length, keeping the others', () => {
    const file = exported([run(), sgd()]);
    (file.runs[0]!.series as { losses: number[] }).losses.pop();
    const { runs, problems } = expectImported(importObject(file));
    expect(runs).toEqual([sgd()]);
    expect(problems).toEqual([
      'Run 1 (“Adam”): series: steps, losses, learningRates and seconds differ in length (3, 2, 3, 3); it was left out.',
    ]);
  });

  it('drops a run whose experiment is invalid, keeping the others', () => {
    const file = exported([run(), sgd()]);
    (file.runs[1]!.experiment as Record<string, unknown>).learningRate = -1;
    const { runs, problems } = expectImported(importObject(file));
    expect(runs).toEqual([run()]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^Run 2 \(“SGD, fast”\): its settings are invalid \(Learning rate: .*\); it was left out\.$/,
    );
  });

  it('drops runs with unreadable data, naming the place', () => {
    type Series = Record<'steps' | 'losses' | 'learningRates' | 'seconds', unknown[]>;
    const cases: [string, (r: Record<string, unknown> & { series: Series }) => void][] = [
      ['series.steps.2: steps must increase', (r) => (r.series.steps[2] = 2)],
      ['series.steps.0: not a whole number ≥ 0', (r) => (r.series.steps[0] = 0.5)],
      ['series.losses.1: not a number', (r) => (r.series.losses[1] = 'nan')],
      ['series.seconds: must be a list', (r) => (r.series.seconds = {} as unknown[])],
      ['stepsPerEpoch: ', (r) => (r.stepsPerEpoch = 0)],
      ['evaluations.1.testLoss: ', (r) => ((r.evaluations as Record<string, unknown>[])[1]!.testLoss = null)],
      ['evaluations.1: evaluation steps must increase', (r) => ((r.evaluations as { step: number }[])[1]!.step = 0)],
    ];
    for (const [message, tamper] of cases) {
      const file = exported([run(), sgd()]);
      tamper(file.runs[0] as Parameters<typeof tamper>[0]);
      const { runs, problems } = expectImported(importObject(file));
      expect(runs).toEqual([sgd()]);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain(`Run 1 (“Adam”): ${message}`);
    }
  });

  it('refuses when no run survives, with the reasons', () => {
    const file = exported([run(), sgd()]);
    file.runs[0]!.experiment = 'fast';
    file.runs[1]!.stepsPerEpoch = -1;
    const message = expectRefused(importObject(file));
    expect(message).toMatch(/^No run could be imported\. Run 1 \(“Adam”\): .* Run 2 \(“SGD, fast”\): stepsPerEpoch/);
  });

  it('cleans names and statuses, and replaces a colour that is not #rrggbb', () => {
    const file = exported([run(), sgd()]);
    file.runs[0]!.name = `\u0007 Bell\n${'x'.repeat(100)}`;
    file.runs[0]!.status = ' paused\u0000 ';
    file.runs[1]!.name = '\n\t';
    file.runs[1]!.colour = '#D55E00';
    const { runs, problems } = expectImported(importObject(file));
    expect(runs[0]!.name).toBe(`Bell${'x'.repeat(56)}`);
    expect(runs[0]!.status).toBe('paused');
    expect(runs[1]!.name).toBe('Run 2');
    expect(runs[1]!.colour).toBe(defaultRunColour(1));
    expect(problems).toEqual([`Run 2: its colour is not #rrggbb; it was given ${defaultRunColour(1)}.`]);
  });

  it('refuses more points than the page can hold, before reading them', () => {
    const file = exported([run()]);
    (file.runs[0]!.series as { losses: number[] }).losses = new Array<number>(MAX_IMPORT_POINTS + 1).fill(0);
    expect(expectRefused(importObject(file))).toBe(
      'This export holds 8,000,001 points, more than the 8,000,000 the page can import.',
    );
    // Counted, not read: these would be refused as evaluations anyway.
    (file.runs[0]! as { evaluations: unknown[] }).evaluations = new Array<number>(MAX_IMPORT_POINTS + 1).fill(0);
    (file.runs[0]!.series as { losses: number[] }).losses = [1, 2, 3];
    expect(expectRefused(importObject(file))).toBe(
      'This export holds 8,000,001 evaluations, more than the 8,000,000 the page can import.',
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Properties

/** Every path into a JSON value, for mutating a valid export in one place. */
function pathsIn(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(prefix);
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      pathsIn(child, [...prefix, Array.isArray(value) ? Number(key) : key], out);
    }
  }
  return out;
}

function mutate(root: unknown, path: (string | number)[], replacement: unknown, remove: boolean): unknown {
  if (path.length === 0) return replacement;
  let parent = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (remove) delete parent[last];
  else parent[last] = replacement;
  return root;
}

describe('properties', () => {
  it('random valid runs round-trip through JSON', () => {
    fc.assert(
      fc.property(runsArbitrary, fc.string(), (runs, link) => {
        expect(parseRunsJson(runsToJson(runs, link))).toEqual({ ok: true, runs, problems: [] });
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on arbitrary text or JSON', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (text) => {
          expect(typeof parseRunsJson(text).ok).toBe('boolean');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws on a valid export mutated in one place', () => {
    fc.assert(
      fc.property(runsArbitrary, fc.nat(), fc.jsonValue(), fc.boolean(), (runs, at, replacement, remove) => {
        const file: unknown = JSON.parse(runsToJson(runs, 'v=2'));
        const paths = pathsIn(file);
        const text = JSON.stringify(mutate(file, paths[at % paths.length]!, replacement, remove));
        const result = parseRunsJson(text);
        expect(typeof result.ok).toBe('boolean');
        if (result.ok) expect(result.runs.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on a valid export with its text cut or spliced', () => {
    fc.assert(
      fc.property(runsArbitrary, fc.nat(), fc.nat(), fc.string(), (runs, a, b, insert) => {
        const text = runsToJson(runs, 'v=2');
        const [from, to] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y);
        expect(typeof parseRunsJson(text.slice(0, from) + insert + text.slice(to!)).ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});

describe('the size bound', () => {
  const bytes = (text: string) => new TextEncoder().encode(text).length;
  // The longest a number can be written: 17 digits, a sign and five zeros after the point.
  const longest = -1.2345678901234567e-6;
  const longestRun = (points: number, evaluations: number): ExportedRun => {
    const steps = Array.from({ length: points }, (_, i) => Number.MAX_SAFE_INTEGER - points + i + 1);
    const values = steps.map(() => longest);
    return run({
      series: { steps, losses: values, learningRates: values, seconds: values },
      evaluations: Array.from({ length: evaluations }, (_, i) => ({
        step: Number.MAX_SAFE_INTEGER - evaluations + i + 1,
        epoch: longest,
        seconds: longest,
        testLoss: longest,
        testAccuracy: longest,
        train: { loss: longest, accuracy: longest },
        monteCarlo: { loss: longest, accuracy: longest, samples: Number.MAX_SAFE_INTEGER },
      })),
    });
  };

  it('counts the bytes of a point and of an evaluation written with the longest numbers', () => {
    expect(JSON.stringify(longest)).toHaveLength(25);
    const size = (points: number, evaluations: number) => bytes(runsToJson([longestRun(points, evaluations)], ''));
    expect(size(3, 2) - size(2, 2)).toBe(MAX_BYTES_PER_POINT);
    expect(size(2, 3) - size(2, 2)).toBe(MAX_BYTES_PER_EVALUATION);
  });

  it('holds for any runs runsToJson writes', () => {
    fc.assert(
      fc.property(runsArbitrary, fc.string({ maxLength: 2000 }), (runs, link) => {
        const points = runs.reduce((sum, r) => sum + r.series.steps.length, 0);
        const evaluations = runs.reduce((sum, r) => sum + r.evaluations.length, 0);
        expect(bytes(runsToJson(runs, link))).toBeLessThanOrEqual(maxExportBytes(points, evaluations));
      }),
      { numRuns: 200 },
    );
  });

  it('lets through a file up to the bound and refuses a larger one, naming both sizes', () => {
    expect(MAX_IMPORT_BYTES).toBe(maxExportBytes(MAX_IMPORT_POINTS, MAX_IMPORT_POINTS));
    expect(fileSizeProblem(0)).toBeUndefined();
    expect(fileSizeProblem(MAX_IMPORT_BYTES)).toBeUndefined();
    expect(english(fileSizeProblem(MAX_IMPORT_BYTES + 1)!)).toBe(
      'This file is 3,690 MB, larger than any export the page can import (at most 3,689 MB, for 8,000,000 points).',
    );
    expect(english(fileSizeProblem(5e9)!)).toMatch(/^This file is 5,000 MB,/);
  });
});
