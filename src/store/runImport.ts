// A JSON file written by runsToJson (runExport.ts) comes back in through parseRunsJson, which treats the file as
// hostile: it never throws, keeps what is valid and names what it dropped. Pure: no React, no TF.js, no DOM.
import type { Message } from '../schema/message';
import { sayStore } from './storeWords';
import { z } from 'zod';
import { MAX_RUNS, withoutControlCharacters } from '../schema/urlCodec';
import { problemMessage } from '../schema/problems';
import { parseVersionedExperiment } from '../schema/validate';
import { evaluationRecordSchema, readMeasurement } from '../schema/runRecord';
import { colourSchema, defaultRunColour } from '../schema/view';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportedRun, type RunEvaluation, type RunSeries } from './runExport';

/** Eight runs of a million steps: more than any export we write, so a hostile file cannot freeze the page. */
export const MAX_IMPORT_POINTS = 8 * 1_000_000;

// The largest file runsToJson can write for an importable export, so that a larger file is refused from its size
// alone, before a byte of it is read. JSON.stringify writes no spaces; a number takes at most 25 characters
// ("-0.0000012345678901234567"), a step or a sample count at most 16 (Number.MAX_SAFE_INTEGER), "-Infinity" 11.
/** A step and its three values, each with its comma: 16 + 1 + 3 × (25 + 1). */
export const MAX_BYTES_PER_POINT = 95;
/** An evaluation with train and Monte Carlo scores: 134 bytes of keys, braces and commas, 2 × 16 + 8 × 25. */
export const MAX_BYTES_PER_EVALUATION = 366;
/** A run's name, colour, status and settings, and the file's envelope and link: generous, and small beside the rest. */
const MAX_BYTES_BESIDE_SERIES = MAX_RUNS * 64 * 1024 + 1024 * 1024;
/** The most bytes runsToJson writes for runs holding this many points and evaluations in all. */
export function maxExportBytes(points: number, evaluations: number): number {
  return points * MAX_BYTES_PER_POINT + evaluations * MAX_BYTES_PER_EVALUATION + MAX_BYTES_BESIDE_SERIES;
}
/**
 * About 3.7 GB: evaluations may number as many as points (one every step), so they take most of it. Browsers hold
 * less in one string (Chrome about 512 MiB); the reader says so when it gets there.
 */
export const MAX_IMPORT_BYTES = maxExportBytes(MAX_IMPORT_POINTS, MAX_IMPORT_POINTS);

/** Why a file of this many bytes cannot be an export (it is refused unread), or undefined if it may be one. */
export function fileSizeProblem(bytes: number): Message | undefined {
  if (bytes <= MAX_IMPORT_BYTES) return undefined;
  // The size rounded up and the limit down, so that a file just over the limit does not read as the limit itself.
  return sayStore('import.tooBig', {
    size: Math.ceil(bytes / 1e6),
    max: Math.floor(MAX_IMPORT_BYTES / 1e6),
    points: MAX_IMPORT_POINTS,
  });
}

const MAX_NAME_LENGTH = 60;
const MAX_STATUS_LENGTH = 40;

export type ImportResult = { ok: true; runs: ExportedRun[]; problems: Message[] } | { ok: false; message: Message };

// Series arrays are only checked to be arrays here: a zod schema per element would be slow on millions of points,
// so readSeries walks them by hand.
const listSchema = z.custom<readonly unknown[]>((value) => Array.isArray(value), { message: 'must be a list' });
const runSchema = z.object({
  name: z.string(),
  colour: z.unknown(),
  experiment: z.unknown(),
  stepsPerEpoch: z.number().int().positive(),
  status: z.string(),
  series: z.object({ steps: listSchema, losses: listSchema, learningRates: listSchema, seconds: listSchema }),
  evaluations: z.array(evaluationRecordSchema),
});
type RawRun = z.infer<typeof runSchema>;

const envelopeSchema = z.object({ format: z.literal(EXPORT_FORMAT) });
const versionSchema = z.object({ version: z.number().int().positive() });
const runsListSchema = z.object({ runs: z.array(z.unknown()) });

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`)
    .join('; ');
}

/** How much a run would hold, counted before any of it is read: its longest series array, its evaluations. */
function sizeOf(run: unknown): { points: number; evaluations: number } {
  if (typeof run !== 'object' || run === null) return { points: 0, evaluations: 0 };
  const { series, evaluations } = run as { series?: unknown; evaluations?: unknown };
  let points = 0; // a loop, not Math.max(...spread): a hostile series object may have a million keys
  if (typeof series === 'object' && series !== null) {
    for (const value of Object.values(series)) if (Array.isArray(value)) points = Math.max(points, value.length);
  }
  return { points, evaluations: Array.isArray(evaluations) ? evaluations.length : 0 };
}

function tooLarge(runs: readonly unknown[]): Message | undefined {
  let points = 0;
  let evaluations = 0;
  for (const run of runs) {
    const size = sizeOf(run);
    points += size.points;
    evaluations += size.evaluations;
  }
  const limit = MAX_IMPORT_POINTS;
  if (points > limit) return sayStore('import.tooManyPoints', { count: points, limit });
  if (evaluations > limit) return sayStore('import.tooManyEvaluations', { count: evaluations, limit });
  return undefined;
}

function readNumbers(raw: readonly unknown[], name: string): number[] | Message {
  const values = new Array<number>(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const value = readMeasurement(raw[i]);
    if (value === undefined) return sayStore('import.notNumber', { name, index: i });
    values[i] = value;
  }
  return values;
}

/** The series, or why it is unreadable: equal lengths, steps whole, non-negative and increasing. */
function readSeries(raw: RawRun['series']): RunSeries | Message {
  const lengths = [raw.steps.length, raw.losses.length, raw.learningRates.length, raw.seconds.length];
  if (lengths.some((length) => length !== lengths[0])) {
    return sayStore('import.lengths', { lengths: lengths.join(', ') });
  }
  const steps = new Array<number>(raw.steps.length);
  for (let i = 0; i < raw.steps.length; i++) {
    const step = raw.steps[i];
    if (typeof step !== 'number' || !Number.isSafeInteger(step) || step < 0) {
      return sayStore('import.notWholeStep', { index: i });
    }
    if (i > 0 && step <= steps[i - 1]!) return sayStore('import.unorderedSteps', { index: i });
    steps[i] = step;
  }
  const losses = readNumbers(raw.losses, 'losses');
  if (!Array.isArray(losses)) return losses;
  const learningRates = readNumbers(raw.learningRates, 'learningRates');
  if (!Array.isArray(learningRates)) return learningRates;
  const seconds = readNumbers(raw.seconds, 'seconds');
  if (!Array.isArray(seconds)) return seconds;
  return { steps, losses, learningRates, seconds };
}

function cleanText(raw: string, maxLength: number): string {
  return withoutControlCharacters(raw).trim().slice(0, maxLength);
}

/** `index` is the run's place in the file (for messages), `slot` its place among the runs kept (for defaults). */
function readRun(input: unknown, index: number, slot: number, problems: Message[]): ExportedRun | undefined {
  const parsed = runSchema.safeParse(input);
  const rawName = (input as { name?: unknown } | null)?.name;
  const cleanedName = typeof rawName === 'string' ? cleanText(rawName, MAX_NAME_LENGTH) : '';
  const named = cleanedName !== '' && cleanedName !== `Run ${index + 1}`;
  const run = named
    ? sayStore('import.runNamed', { n: index + 1, name: cleanedName })
    : sayStore('import.run', { n: index + 1 });
  if (!parsed.success) {
    // zod's own words for what is wrong with the file's structure (and its paths): technical, kept as they come.
    problems.push(sayStore('import.leftOut', { run, detail: describeIssues(parsed.error) }));
    return undefined;
  }
  const raw = parsed.data;
  const experiment = parseVersionedExperiment(raw.experiment);
  if (!experiment.ok) {
    const detail = { items: experiment.problems.slice(0, 3).map(problemMessage), join: 'clauses' } as const;
    problems.push(sayStore('import.badSettings', { run, detail }));
    return undefined;
  }
  const series = readSeries(raw.series);
  if (!('steps' in series)) {
    problems.push(sayStore('import.leftOut', { run, detail: series }));
    return undefined;
  }
  const evaluations: RunEvaluation[] = raw.evaluations;
  for (let i = 1; i < evaluations.length; i++) {
    if (evaluations[i]!.step <= evaluations[i - 1]!.step) {
      problems.push(sayStore('import.unorderedEvaluations', { run, index: i }));
      return undefined;
    }
  }
  let colour = defaultRunColour(slot);
  if (colourSchema.safeParse(raw.colour).success) colour = raw.colour as string;
  else problems.push(sayStore('import.badColour', { run, colour }));

  return {
    name: cleanedName || `Run ${slot + 1}`,
    colour,
    experiment: experiment.value,
    stepsPerEpoch: raw.stepsPerEpoch,
    status: cleanText(raw.status, MAX_STATUS_LENGTH) || 'unknown',
    series,
    evaluations,
  };
}

/** Reads a file written by runsToJson (this version or an older one). Never throws. */
export function parseRunsJson(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: sayStore('import.notJson') };
  }
  if (!envelopeSchema.safeParse(data).success) return { ok: false, message: sayStore('import.notExport') };
  const version = versionSchema.safeParse(data);
  if (!version.success) return { ok: false, message: sayStore('import.noVersion') };
  if (version.data.version > EXPORT_VERSION) {
    return { ok: false, message: sayStore('import.newer', { version: version.data.version, newest: EXPORT_VERSION }) };
  }
  const list = runsListSchema.safeParse(data);
  if (!list.success) return { ok: false, message: sayStore('import.noList') };
  if (list.data.runs.length === 0) return { ok: false, message: sayStore('import.noRuns') };

  const problems: Message[] = [];
  const inputs = list.data.runs.slice(0, MAX_RUNS);
  if (list.data.runs.length > MAX_RUNS) {
    problems.push(sayStore('import.tooManyRuns', { from: MAX_RUNS + 1, to: list.data.runs.length, max: MAX_RUNS }));
  }
  const tooMuch = tooLarge(inputs);
  if (tooMuch) return { ok: false, message: tooMuch };

  const runs: ExportedRun[] = [];
  inputs.forEach((input, index) => {
    const run = readRun(input, index, runs.length, problems);
    if (run) runs.push(run);
  });
  if (runs.length === 0) {
    return {
      ok: false,
      message: sayStore('import.noneImported', { problems: { items: problems, join: 'sentences' } }),
    };
  }
  return { ok: true, runs, problems };
}
