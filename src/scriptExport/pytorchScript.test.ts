import { describe, expect, it } from 'vitest';
import { defaultExperiment, EXPERIMENT_FIELDS } from '../schema/experiment';
import { pythonLiteral, pythonTable } from './pythonLiteral';
import { pytorchScript } from './pytorchScript';

describe('pythonLiteral', () => {
  it('writes numbers and strings as JSON does, booleans and null as Python', () => {
    expect(pythonLiteral(0.001)).toBe('0.001');
    expect(pythonLiteral(1e-7)).toBe('1e-7');
    expect(pythonLiteral(60000)).toBe('60000');
    expect(pythonLiteral(-2.5)).toBe('-2.5');
    expect(pythonLiteral('mnist')).toBe('"mnist"');
    expect(pythonLiteral('say "hi"\\\n')).toBe('"say \\"hi\\"\\\\\\n"');
    expect(pythonLiteral(true)).toBe('True');
    expect(pythonLiteral(false)).toBe('False');
    expect(pythonLiteral(null)).toBe('None');
    expect(pythonLiteral(Infinity)).toBe('float("inf")');
    expect(pythonLiteral(-Infinity)).toBe('-float("inf")');
    expect(pythonLiteral(NaN)).toBe('float("nan")');
  });

  it('writes lists and dicts of them', () => {
    expect(pythonLiteral([0.3, 0.5])).toBe(JSON.stringify([0.3, 0.5]));
    expect(pythonLiteral([true, null])).toBe('[True,None]');
    expect(pythonLiteral([])).toBe('[]');
    expect(pythonLiteral({ kind: 'adam', beta1: 0.9, on: true, rates: [1, 2] })).toBe(
      '{"kind": "adam", "beta1": 0.9, "on": True, "rates": [1,2]}',
    );
  });

  it('writes a table one field a line', () => {
    expect(
      pythonTable('T', [
        [
          'run "a"',
          [
            ['x', 1],
            ['y', [true]],
          ],
        ],
      ]),
    ).toBe(['T = {', '    "run \\"a\\"": {', '        "x": 1,', '        "y": [True],', '    },', '}'].join('\n'));
  });
});

describe('pytorchScript', () => {
  const custom = {
    ...defaultExperiment(),
    learningRate: 0.0025,
    dropout: [0.2, 0.5],
    useBias: false,
    dataset: 'fashion' as const,
  };
  const script = pytorchScript([
    { name: 'Baseline', experiment: defaultExperiment() },
    { name: 'Baseline', experiment: custom },
  ]);

  it('opens with a docstring that says what it is and how to run it', () => {
    expect(script.startsWith('"""')).toBe(true);
    const docstring = script.slice(3, script.indexOf('"""', 3));
    expect(docstring).toContain('PyTorch');
    expect(docstring).toContain('--data DIR');
    expect(docstring).toContain('--steps');
  });

  it('lists every field of every run in SETTINGS, under unique run names, then the line saying nothing is left out', () => {
    const start = script.indexOf('SETTINGS = {');
    const end = script.indexOf('\n}\n', start);
    const table = script.slice(start, end);
    const second = table.indexOf('"Baseline (2)": {');
    expect(table.indexOf('"Baseline": {')).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(0);
    const fields = Object.keys(EXPERIMENT_FIELDS) as (keyof typeof custom)[];
    for (const field of fields) {
      expect(table.slice(0, second)).toContain(`"${field}": ${pythonLiteral(defaultExperiment()[field])},`);
      expect(table.slice(second)).toContain(`"${field}": ${pythonLiteral(custom[field])},`);
    }
    expect(table).toContain('"learningRate": 0.0025,');
    expect(table).toContain('"dropout": [0.2,0.5],');
    expect(table).toContain('"useBias": False,');
    expect(table).toContain('"dataset": "fashion",');
    expect(script.slice(end + 3).startsWith('# Settings this script cannot reproduce: none\n')).toBe(true);
  });

  it("writes the engine's specs, the schedule's length from the run's steps", () => {
    // Defaults: 60,000 examples / 32 a batch = 1875 steps an epoch, 2 epochs; warm-up then cosine.
    expect(script).toContain(
      '"schedule": {"kind": "warmupCosine", "warmupSteps": 100, "totalSteps": 3750, "minRate": 0, "initialRate": 0.001},',
    );
    expect(script).toContain('"updateRule": {"kind": "adam", "beta1": 0.9, "beta2": 0.999, "epsilon": 1e-7},');
    expect(script).toContain(
      '"outputInitializer": {"kind": "varianceScaling", "spec": {"scale": 1, "mode": "fanAvg", "distribution": "uniform"}},',
    );
  });

  it('needs nothing but torch, numpy and the standard library', () => {
    const imports = script.match(/^(?:import|from) \S+/gm) ?? [];
    expect(new Set(imports)).toEqual(
      new Set([
        'import argparse',
        'import gzip',
        'import json',
        'import math',
        'import os',
        'import sys',
        'import numpy',
        'import torch',
        'import torch.nn.functional',
      ]),
    );
  });
});

describe('pytorchScript with a run on an own dataset', () => {
  const own = { ...defaultExperiment(), dataset: 'own:0123456789abcdef:Our cats' as const };
  const script = pytorchScript([
    { name: 'Digits', experiment: defaultExperiment() },
    { name: 'Cats', experiment: own },
  ]);

  it('says the run cannot be reproduced, naming its dataset, rather than train it on other data', () => {
    expect(script).toContain(
      '# Settings this script cannot reproduce:\n' +
        '#   Cats: its dataset "Our cats" (own data, fingerprint 01234567) is not available as files; the run is left out.\n',
    );
    expect(script).not.toContain('cannot reproduce: none');
  });

  it('leaves the run out of the settings and specs, keeping the others', () => {
    expect(script).toContain('SETTINGS = {\n    "Digits": {');
    expect(script).not.toContain('"Cats": {');
    expect(script).not.toContain('own:0123456789abcdef');
  });
});
