// The page⇄import-worker messages, and how the runs read cross between them. A structured clone of millions of
// numbers in plain arrays is rebuilt on the receiving thread in one long task, so each series and each run's
// evaluations cross as Float64Array columns whose buffers are transferred, and the page turns them back into the
// arrays the store holds a slice at a time (unpackRuns). Pure: no DOM beyond the File type, no React.
import type { Message } from '../schema/message';
import type { ExportedRun, RunEvaluation, RunSeries } from '../store/runExport';

/** How far an import has got: the file's bytes read so far, then the parse and checks of its text. */
export type ImportProgress = { phase: 'reading'; bytesRead: number; totalBytes: number } | { phase: 'checking' };

export type ToImportWorker = { type: 'read'; file: File };

export type FromImportWorker =
  { type: 'progress'; progress: ImportProgress } | { type: 'done'; result: PackedImportResult };

/** A run as it crosses: the series as columns, the evaluations as rows of EVALUATION_COLUMNS numbers. */
export interface PackedRun extends Omit<ExportedRun, 'series' | 'evaluations'> {
  series: { [K in keyof RunSeries]: Float64Array<ArrayBuffer> };
  evaluations: { values: Float64Array<ArrayBuffer>; scores: Uint8Array<ArrayBuffer> };
}

export type PackedImportResult = { ok: true; runs: PackedRun[]; problems: Message[] } | { ok: false; message: Message };

// One evaluation's numbers in a row; steps and sample counts are safe integers, so a double holds them exactly.
const STEP = 0;
const EPOCH = 1;
const SECONDS = 2;
const TEST_LOSS = 3;
const TEST_ACCURACY = 4;
const TRAIN_LOSS = 5;
const TRAIN_ACCURACY = 6;
const MONTE_CARLO_LOSS = 7;
const MONTE_CARLO_ACCURACY = 8;
const MONTE_CARLO_SAMPLES = 9;
export const EVALUATION_COLUMNS = 10;
// Bits of `scores`: which optional scores an evaluation has (a score may be present and NaN).
const HAS_TRAIN = 1;
const HAS_MONTE_CARLO = 2;

const SERIES_KEYS = ['steps', 'losses', 'learningRates', 'seconds'] as const satisfies readonly (keyof RunSeries)[];

function packEvaluations(evaluations: readonly RunEvaluation[]): PackedRun['evaluations'] {
  const values = new Float64Array(evaluations.length * EVALUATION_COLUMNS).fill(NaN);
  const scores = new Uint8Array(evaluations.length);
  evaluations.forEach((evaluation, i) => {
    const row = i * EVALUATION_COLUMNS;
    values[row + STEP] = evaluation.step;
    values[row + EPOCH] = evaluation.epoch;
    values[row + SECONDS] = evaluation.seconds;
    values[row + TEST_LOSS] = evaluation.testLoss;
    values[row + TEST_ACCURACY] = evaluation.testAccuracy;
    if (evaluation.train) {
      scores[i]! |= HAS_TRAIN;
      values[row + TRAIN_LOSS] = evaluation.train.loss;
      values[row + TRAIN_ACCURACY] = evaluation.train.accuracy;
    }
    if (evaluation.monteCarlo) {
      scores[i]! |= HAS_MONTE_CARLO;
      values[row + MONTE_CARLO_LOSS] = evaluation.monteCarlo.loss;
      values[row + MONTE_CARLO_ACCURACY] = evaluation.monteCarlo.accuracy;
      values[row + MONTE_CARLO_SAMPLES] = evaluation.monteCarlo.samples;
    }
  });
  return { values, scores };
}

/** The runs as columns, and the buffers to transfer with them (postMessage's transfer list). */
export function packRuns(runs: readonly ExportedRun[]): { runs: PackedRun[]; transfer: ArrayBuffer[] } {
  const transfer: ArrayBuffer[] = [];
  const packed = runs.map((run): PackedRun => {
    const series = {
      steps: Float64Array.from(run.series.steps),
      losses: Float64Array.from(run.series.losses),
      learningRates: Float64Array.from(run.series.learningRates),
      seconds: Float64Array.from(run.series.seconds),
    };
    const evaluations = packEvaluations(run.evaluations);
    for (const key of SERIES_KEYS) transfer.push(series[key].buffer);
    transfer.push(evaluations.values.buffer, evaluations.scores.buffer);
    return { ...run, series, evaluations };
  });
  return { runs: packed, transfer };
}

function unpackEvaluation(values: Float64Array, scores: Uint8Array, i: number): RunEvaluation {
  const row = i * EVALUATION_COLUMNS;
  const evaluation: RunEvaluation = {
    step: values[row + STEP]!,
    epoch: values[row + EPOCH]!,
    seconds: values[row + SECONDS]!,
    testLoss: values[row + TEST_LOSS]!,
    testAccuracy: values[row + TEST_ACCURACY]!,
  };
  if (scores[i]! & HAS_TRAIN) {
    evaluation.train = { loss: values[row + TRAIN_LOSS]!, accuracy: values[row + TRAIN_ACCURACY]! };
  }
  if (scores[i]! & HAS_MONTE_CARLO) {
    evaluation.monteCarlo = {
      loss: values[row + MONTE_CARLO_LOSS]!,
      accuracy: values[row + MONTE_CARLO_ACCURACY]!,
      samples: values[row + MONTE_CARLO_SAMPLES]!,
    };
  }
  return evaluation;
}

/** How many numbers (or evaluations) are copied between pauses: a few milliseconds' work on a slow machine. */
export const UNPACK_SLICE = 1 << 16;
const EVALUATION_WORK = 8;

/**
 * The runs as the store holds them, built a slice at a time with `pause` between slices so that the page can draw
 * and respond meanwhile. Stops, returning null, once `cancelled` says so.
 */
export async function unpackRuns(
  runs: readonly PackedRun[],
  pause: () => Promise<void>,
  cancelled: () => boolean = () => false,
): Promise<ExportedRun[] | null> {
  let sinceLastPause = 0;
  /** Pauses once a slice's worth of work is done since the last pause; false once cancelled. */
  const carryOn = async (work: number): Promise<boolean> => {
    sinceLastPause += work;
    if (sinceLastPause >= UNPACK_SLICE) {
      sinceLastPause = 0;
      await pause();
    }
    return !cancelled();
  };
  const unpacked: ExportedRun[] = [];
  for (const run of runs) {
    const series = {} as RunSeries;
    for (const key of SERIES_KEYS) {
      const from = run.series[key];
      const to = new Array<number>(from.length);
      for (let start = 0; start < from.length; start += UNPACK_SLICE) {
        const end = Math.min(from.length, start + UNPACK_SLICE);
        for (let i = start; i < end; i++) to[i] = from[i]!;
        if (!(await carryOn(end - start))) return null;
      }
      series[key] = to;
    }
    const { values, scores } = run.evaluations;
    const evaluations = new Array<RunEvaluation>(scores.length);
    // An evaluation builds a few objects: it counts as EVALUATION_WORK numbers' worth of work.
    const rows = UNPACK_SLICE / EVALUATION_WORK;
    for (let start = 0; start < scores.length; start += rows) {
      const end = Math.min(scores.length, start + rows);
      for (let i = start; i < end; i++) evaluations[i] = unpackEvaluation(values, scores, i);
      if (!(await carryOn((end - start) * EVALUATION_WORK))) return null;
    }
    unpacked.push({ ...run, series, evaluations });
  }
  return cancelled() ? null : unpacked;
}
