// Runs' metrics leave the page as CSV (for a spreadsheet or pandas) or as JSON (to import back later); this module
// also defines what an exported run holds. The JSON comes back in through runImport.ts. Pure: no React, no TF.js,
// no DOM.
import type { Experiment } from '../schema/experiment';
import { NON_FINITE, type EvaluationRecord, type StepColumns } from '../schema/runRecord';
import { toVersioned } from '../schema/validate';

/** A run's steps as a file holds them (schema/runRecord.ts): plain lists, all entries in use. */
export type RunSeries = StepColumns<number[]>;

/** An evaluation as a file holds it: the record, without the live page's bookkeeping (tensor count, details). */
export type RunEvaluation = EvaluationRecord;

export interface ExportedRun {
  name: string;
  /** `#rrggbb`, lowercase. */
  colour: string;
  experiment: Experiment;
  stepsPerEpoch: number;
  /** E.g. 'finished', 'diverged', 'paused'. */
  status: string;
  series: RunSeries;
  evaluations: RunEvaluation[];
}

export const EXPORT_FORMAT = 'training-playground-runs';
export const EXPORT_VERSION = 1;

// ---------------------------------------------------------------------------------------------------------------
// CSV

export const CSV_HEADER = 'run,name,step,epoch,seconds,train_loss,learning_rate,test_loss,test_accuracy';

/** A spreadsheet runs a cell starting with one of these as a formula ("CSV injection"); an apostrophe defuses it. */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvText(text: string): string {
  const defused = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(defused) ? `"${defused.replaceAll('"', '""')}"` : defused;
}

/**
 * The shortest decimal that reads back as the same float32: the engine computes losses and rates in float32, and
 * 1e-5 in float32 is 0.000009999999747378752 as a double, which `String` writes in full. 9 significant digits
 * always suffice for a float32. A value that is not a float32 (a double the page computed) is left to `String`,
 * which is already the shortest decimal that reads back as that double.
 */
export function shortestFloat32(value: number): string {
  if (!Number.isFinite(value) || Math.fround(value) !== value) return String(value);
  for (let digits = 1; digits < 9; digits++) {
    const candidate = Number(value.toPrecision(digits));
    if (Math.fround(candidate) === value) return String(candidate);
  }
  return String(Number(value.toPrecision(9)));
}

/** NaN, Infinity and -Infinity by name; an empty cell for no value. */
const csvNumber = (value: number | undefined): string => (value === undefined ? '' : shortestFloat32(value));

/**
 * Seconds to the millisecond: the clock reads no finer on most browsers, and a time summed in steps (1.1 + 0.2)
 * would otherwise carry noise in its last digits.
 */
function csvSeconds(value: number | undefined): string {
  if (value === undefined) return '';
  if (!Number.isFinite(value)) return String(value);
  return String(Math.round(value * 1000) / 1000);
}

function csvEpoch(step: number, stepsPerEpoch: number): string {
  const fixed = (step / stepsPerEpoch).toFixed(6); // NaN, ±Infinity and 1e21+ come back without a '.'
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

function appendRunRows(run: ExportedRun, number: number, lines: string[]): void {
  const { steps, losses, learningRates, seconds } = run.series;
  const prefix = `${number},${csvText(run.name)},`;
  const row = (step: number, index: number, evaluation: RunEvaluation | undefined) => {
    const trained = index >= 0;
    lines.push(
      `${prefix}${step},${csvEpoch(step, run.stepsPerEpoch)},` +
        `${csvSeconds(trained ? seconds[index] : evaluation?.seconds)},` +
        `${csvNumber(trained ? losses[index] : undefined)},${csvNumber(trained ? learningRates[index] : undefined)},` +
        `${csvNumber(evaluation?.testLoss)},${csvNumber(evaluation?.testAccuracy)}`,
    );
  };
  // Merge the training steps (increasing) with the evaluations: an evaluation at a step that has no training row
  // (e.g. step 0) gets a row of its own. A merge, not a sort of all rows: runs can hold a million steps.
  const evaluations = [...run.evaluations].sort((a, b) => a.step - b.step);
  let next = 0;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    for (; next < evaluations.length && evaluations[next]!.step < step; next++) {
      row(evaluations[next]!.step, -1, evaluations[next]);
    }
    const evaluation = evaluations[next]?.step === step ? evaluations[next++] : undefined;
    row(step, i, evaluation);
  }
  for (; next < evaluations.length; next++) row(evaluations[next]!.step, -1, evaluations[next]);
}

/** One row per run × step, sorted by run (1-based) then step; `\n` line ends and a trailing newline. */
export function runsToCsv(runs: readonly ExportedRun[]): string {
  const lines = [CSV_HEADER];
  runs.forEach((run, i) => appendRunRows(run, i + 1, lines));
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------------------------
// JSON out
// Every number at full precision: the file is read back by the page (runImport.ts), and a run imported must be the
// run exported, to the bit — its curves, its verdicts and a second export alike. A person reads the CSV.

type Written = number | (typeof NON_FINITE)[number];

/** JSON has no NaN or Infinity (stringify writes null): write them as the strings "NaN", "Infinity", "-Infinity". */
const written = (value: number): Written => (Number.isFinite(value) ? value : (String(value) as Written));

/** The array itself when every value is finite (the usual case: no copy of a million points). */
const writtenAll = (values: readonly number[]): readonly Written[] =>
  values.every(Number.isFinite) ? values : values.map(written);

function evaluationOut(evaluation: RunEvaluation) {
  const { step, epoch, seconds, testLoss, testAccuracy, train, monteCarlo } = evaluation;
  return {
    step,
    epoch: written(epoch),
    seconds: written(seconds),
    testLoss: written(testLoss),
    testAccuracy: written(testAccuracy),
    ...(train && { train: { loss: written(train.loss), accuracy: written(train.accuracy) } }),
    ...(monteCarlo && {
      monteCarlo: {
        loss: written(monteCarlo.loss),
        accuracy: written(monteCarlo.accuracy),
        samples: monteCarlo.samples,
      },
    }),
  };
}

/** The runs as an importable file; `link` is the experiment's URL fragment, for a reader without the playground. */
export function runsToJson(runs: readonly ExportedRun[], link: string): string {
  const file = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    link,
    // Fields listed one by one, so that whatever else a caller's objects carry stays out of the file.
    runs: runs.map((run) => ({
      name: run.name,
      colour: run.colour,
      experiment: toVersioned(run.experiment),
      stepsPerEpoch: run.stepsPerEpoch,
      status: run.status,
      series: {
        steps: run.series.steps,
        losses: writtenAll(run.series.losses),
        learningRates: writtenAll(run.series.learningRates),
        seconds: writtenAll(run.series.seconds),
      },
      evaluations: run.evaluations.map(evaluationOut),
    })),
  };
  return JSON.stringify(file);
}
