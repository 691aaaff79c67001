import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXPERIMENT_VERSION } from '../schema/experiment';
import { run, runsArbitrary, sgd } from './exportedRunFixtures';
import { EXPORT_FORMAT, EXPORT_VERSION, runsToCsv, runsToJson, shortestFloat32, type ExportedRun } from './runExport';

const HEADER = 'run,name,step,epoch,seconds,train_loss,learning_rate,test_loss,test_accuracy';

describe('runsToCsv', () => {
  it('writes one row per run × step, evaluations beside their steps', () => {
    expect(runsToCsv([run(), sgd()])).toBe(
      [
        HEADER,
        '1,Adam,0,0,0,,,2.3,0.1', // an evaluation before training: its own row, train columns empty
        '1,Adam,1,0.333333,0.1,2.5,0.001,,',
        '1,Adam,2,0.666667,0.2,1.25,0.001,,',
        '1,Adam,3,1,0.3,0.5,0.0005,0.75,0.8',
        '2,"SGD, fast",1,0.5,0.05,3,0.1,,',
        '2,"SGD, fast",2,1,0.1,NaN,0.1,,',
        '',
      ].join('\n'),
    );
  });

  it('writes only the header for no runs', () => {
    expect(runsToCsv([])).toBe(`${HEADER}\n`);
  });

  it('writes non-finite numbers by name', () => {
    const series = {
      steps: [1, 2, 3],
      losses: [Infinity, -Infinity, NaN],
      learningRates: [1, 1, 1],
      seconds: [1, 2, 3],
    };
    const evaluations = [{ step: 3, epoch: 1, seconds: 3, testLoss: NaN, testAccuracy: 0.1 }];
    expect(
      runsToCsv([run({ name: 'x', stepsPerEpoch: 1, series, evaluations })])
        .split('\n')
        .slice(1),
    ).toEqual(['1,x,1,1,1,Infinity,1,,', '1,x,2,2,2,-Infinity,1,,', '1,x,3,3,3,NaN,1,NaN,0.1', '']);
  });

  it('puts evaluation-only steps in order among the training rows', () => {
    const series = { steps: [10, 30], losses: [1, 0.5], learningRates: [0.1, 0.1], seconds: [1, 3] };
    const evaluations = [
      { step: 0, epoch: 0, seconds: 0, testLoss: 2, testAccuracy: 0.1 },
      { step: 20, epoch: 2, seconds: 2, testLoss: 0.9, testAccuracy: 0.6 },
      { step: 30, epoch: 3, seconds: 3.5, testLoss: 0.4, testAccuracy: 0.9 },
    ];
    expect(
      runsToCsv([run({ name: 'r', stepsPerEpoch: 10, series, evaluations })])
        .split('\n')
        .slice(1),
    ).toEqual(['1,r,0,0,0,,,2,0.1', '1,r,10,1,1,1,0.1,,', '1,r,20,2,2,,,0.9,0.6', '1,r,30,3,3,0.5,0.1,0.4,0.9', '']);
  });

  it('quotes names per RFC 4180 and defuses spreadsheet formulas', () => {
    const nameCell = (name: string) => {
      const csv = runsToCsv([
        run({ name, evaluations: [], series: { steps: [1], losses: [1], learningRates: [1], seconds: [1] } }),
      ]);
      return csv.slice(HEADER.length + 1 + '1,'.length, -',1,0.333333,1,1,1,,\n'.length);
    };
    expect(nameCell('plain name')).toBe('plain name');
    expect(nameCell('a,b')).toBe('"a,b"');
    expect(nameCell('say "hi"')).toBe('"say ""hi"""');
    expect(nameCell('two\nlines')).toBe('"two\nlines"');
    expect(nameCell('cr\rhere')).toBe('"cr\rhere"');
    expect(nameCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(nameCell('+1')).toBe("'+1");
    expect(nameCell('-1, worse')).toBe('"\'-1, worse"');
    expect(nameCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(nameCell('\tcmd')).toBe("'\tcmd");
    expect(nameCell('\rcmd')).toBe('"\'\rcmd"');
    expect(nameCell('a=b')).toBe('a=b'); // only a leading sign starts a formula
  });
});

describe('CSV numbers without float noise', () => {
  it('writes a float32 as the shortest decimal that reads back as it', () => {
    // 1e-5 rounded to float32 is 0.000009999999747378752 as a double.
    expect(Math.fround(1e-5)).toBe(0.000009999999747378752);
    expect(shortestFloat32(Math.fround(1e-5))).toBe('0.00001');
    expect(shortestFloat32(Math.fround(0.1))).toBe('0.1');
    expect(shortestFloat32(Math.fround(2.302585))).toBe('2.302585');
    // 1/3 needs all 8 digits a float32 has: 0.3333333 reads back as another float32.
    expect(shortestFloat32(Math.fround(1 / 3))).toBe('0.33333334');
    expect(shortestFloat32(Math.fround(1e-7))).toBe('1e-7');
    expect(shortestFloat32(16_777_216)).toBe('16777216');
  });

  it('leaves a double the page computed as String writes it, and non-finite values by name', () => {
    expect(shortestFloat32(0.9134)).toBe('0.9134'); // an accuracy, counted / 10,000 in a double
    expect(shortestFloat32(1 / 3)).toBe('0.3333333333333333');
    expect(shortestFloat32(NaN)).toBe('NaN');
    expect(shortestFloat32(-Infinity)).toBe('-Infinity');
  });

  it('writes the engine’s float32 losses and rates short, and seconds to the millisecond', () => {
    const series = {
      steps: [1, 2],
      losses: [Math.fround(2.302585), Math.fround(0.1)],
      learningRates: [Math.fround(1e-5), Math.fround(0.001)],
      seconds: [0.1 + 0.2, 1.23456],
    };
    const evaluations = [{ step: 2, epoch: 1, seconds: 1.23456, testLoss: Math.fround(0.25), testAccuracy: 0.9134 }];
    expect(
      runsToCsv([run({ name: 'r', stepsPerEpoch: 2, series, evaluations })])
        .split('\n')
        .slice(1),
    ).toEqual(['1,r,1,0.5,0.3,2.302585,0.00001,,', '1,r,2,1,1.235,0.1,0.001,0.25,0.9134', '']);
  });
});

describe('runsToJson', () => {
  it('writes the format, version, link and versioned experiments, non-finite numbers as strings', () => {
    const file = JSON.parse(runsToJson([sgd()], 'v=2&opt=sgd')) as Record<string, unknown> & {
      runs: { experiment: { version: number }; series: { losses: unknown[] } }[];
    };
    expect(file).toMatchObject({ format: EXPORT_FORMAT, version: EXPORT_VERSION, link: 'v=2&opt=sgd' });
    expect(file.runs[0]!.experiment.version).toBe(EXPERIMENT_VERSION);
    expect(file.runs[0]!.series.losses).toEqual([3, 'NaN']);
  });

  it('leaves out whatever else the caller’s objects carry', () => {
    const evaluation = { step: 1, epoch: 1, seconds: 1, testLoss: 1, testAccuracy: 1, numTensors: 12 };
    const text = runsToJson([{ ...run({ evaluations: [evaluation] }), extra: 'x' } as ExportedRun], '');
    expect(text).not.toContain('numTensors');
    expect(text).not.toContain('extra');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Properties

describe('properties', () => {
  it('the CSV has a row per training step and per evaluation-only step', () => {
    fc.assert(
      fc.property(runsArbitrary, (runs) => {
        const csv = runsToCsv(runs);
        const expected = runs.reduce((sum, r) => {
          const steps = new Set(r.series.steps);
          return sum + steps.size + r.evaluations.filter((e) => !steps.has(e.step)).length;
        }, 0);
        expect(csv.endsWith('\n')).toBe(true);
        expect(csv.startsWith(`${HEADER}\n`)).toBe(true);
        // Names never hold CR/LF here, so lines are rows.
        expect(csv.split('\n').length).toBe(expected + 2);
      }),
      { numRuns: 100 },
    );
  });
});
