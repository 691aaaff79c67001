// The experiment as one readable PyTorch script that trains every run given exactly as the playground does:
// a header saying how to run it, the settings table (every field of the experiment schema), the specs the engine
// derives from them (src/engine/trainingSpec.ts, so both follow the same specs), then the Python runtime
// (pyRandom, pyData, pyModel, pyTraining, pyMain). Only torch, numpy and the standard library are needed.
import { DATASETS, builtInDataset } from '../data/datasets';
import { stepsPerEpoch } from '../engine/batches';
import { trainingCount } from '../engine/trainingData';
import { clippingFor, initializerFor, scheduleFor, updateRuleFor } from '../engine/trainingSpec';
import { readOwnDataset, shortFingerprint } from '../schema/datasetChoice';
import { EXPERIMENT_FIELDS, type Experiment, type ExperimentFieldName } from '../schema/experiment';
import { PY_DATA } from './pyData';
import { PY_MAIN } from './pyMain';
import { PY_MODEL } from './pyModel';
import { PY_RANDOM } from './pyRandom';
import { PY_TRAINING } from './pyTraining';
import { pythonTable, type PlainValue } from './pythonLiteral';

export interface ScriptRun {
  name: string;
  experiment: Experiment;
}

const HEADER = `"""Neural-network playground runs, exported as one PyTorch script.

It trains each run in SETTINGS, in order, exactly as the playground trains it: the same initial weights, batch
order, label noise and dropout masks (from the run's seed), the same update rules, schedules, batch norm and
evaluations, in float32. Only float rounding differs: in the playground's parity test the losses agree to about
1e-6 relative over 50 steps; rounding differences can grow in longer or more chaotic runs.

Needs Python 3 with torch and numpy, and the dataset's four IDX files, gzipped or not. MNIST: the playground's
public/data/mnist/*.idx.gzip or LeCun's original files (train-images-idx3-ubyte.gz, t10k-images-idx3-ubyte.gz, ...),
the same images. Fashion-MNIST: the playground's public/data/fashion/*.idx.gzip; its train/test split is its own, so
Zalando's files would train on other examples.

    python3 this_script.py --data DIR             # DIR holds the IDX files, or mnist/ and fashion/ folders of them
    python3 this_script.py --data DIR --run NAME  # only one run
    python3 this_script.py --data DIR --steps 50 --json   # 50 steps, one JSON object per line

SETTINGS lists every setting of every run, as in the playground; SPECS is what the playground derived from them
(update rule, learning-rate schedule, clipping, initializers). The code reads both: to change an optimizer or a
schedule, change SPECS as well as SETTINGS.
"""
import argparse
import gzip
import json
import math
import os
import sys

import numpy as np
import torch
import torch.nn.functional as F`;

/** Run names as dict keys: each unique (a repeated name gets " (2)", " (3)", …). */
function uniqueNames(runs: readonly ScriptRun[]): string[] {
  const seen = new Set<string>();
  return runs.map(({ name }) => {
    let unique = name;
    for (let n = 2; seen.has(unique); n++) unique = `${name} (${n})`;
    seen.add(unique);
    return unique;
  });
}

/** What the engine derives from the settings, as it derives it. */
function specs(experiment: Experiment): [string, PlainValue][] {
  const count = trainingCount(experiment, DATASETS[builtInDataset(experiment.dataset)!].trainCount);
  const totalSteps = stepsPerEpoch(count, experiment.batchSize) * experiment.epochs;
  return [
    ['updateRule', updateRuleFor(experiment)],
    ['schedule', scheduleFor(experiment, totalSteps)],
    ['clipping', clippingFor(experiment)],
    ['initializer', initializerFor(experiment.initializer, experiment)],
    ['outputInitializer', initializerFor(experiment.outputInitializer, experiment)],
  ] as [string, PlainValue][];
}

function datasetTable(): string {
  return pythonTable(
    'DATASETS',
    Object.values(DATASETS).map((info) => [
      info.name,
      [
        ['title', info.title],
        ['height', info.height],
        ['width', info.width],
        ['classNames', info.classNames],
        ['trainCount', info.trainCount],
        ['testCount', info.testCount],
      ],
    ]),
  );
}

/**
 * Runs on a person's own dataset: it lives in their browser, not in files the script could read by name, so such a
 * run is left out of the script and said so, rather than trained on other data.
 */
function unreproducible(runs: readonly ScriptRun[], names: readonly string[]): string {
  const lines = runs.flatMap(({ experiment }, i) => {
    const own = readOwnDataset(experiment.dataset);
    if (!own) return [];
    const fingerprint = shortFingerprint(own.fingerprint);
    return [
      `#   ${names[i]}: its dataset "${own.title}" (own data, fingerprint ${fingerprint}) is not available as ` +
        'files; the run is left out.',
    ];
  });
  return lines.length ? ['# Settings this script cannot reproduce:', ...lines].join('\n') : '';
}

/** One .py file that trains every run given, in order; a run on an own dataset is listed as not reproducible. */
export function pytorchScript(given: readonly ScriptRun[]): string {
  const allNames = uniqueNames(given);
  const leftOut = unreproducible(given, allNames);
  const kept = given
    .map((run, i) => ({ run, name: allNames[i]! }))
    .filter(({ run }) => builtInDataset(run.experiment.dataset));
  const runs = kept.map(({ run }) => run);
  const names = kept.map(({ name }) => name);
  const fields = Object.keys(EXPERIMENT_FIELDS) as ExperimentFieldName[];
  const settings = pythonTable(
    'SETTINGS',
    runs.map(({ experiment }, i) => [names[i]!, fields.map((field) => [field, experiment[field] as PlainValue])]),
  );
  const derived = pythonTable(
    'SPECS',
    runs.map(({ experiment }, i) => [names[i]!, specs(experiment)]),
  );
  return [
    HEADER,
    '',
    '# The runs, with every setting as in the playground (same names).',
    settings,
    leftOut || '# Settings this script cannot reproduce: none',
    '',
    '# What the playground derives from SETTINGS (src/engine/trainingSpec.ts).',
    derived,
    '',
    datasetTable(),
    PY_RANDOM,
    PY_DATA,
    PY_MODEL,
    PY_TRAINING,
    PY_MAIN,
  ].join('\n');
}
