// A run's record, declared once: what a run measured per training step and at each evaluation. The trainer's
// messages, the store, the charts, the verdicts and the export files all take their shapes from here, and the
// metric table says how each measured quantity is labelled, formatted and charted.
import { z } from 'zod';

/** The per-step columns, in the order the CSV and the files write them. */
export const STEP_COLUMNS = ['steps', 'losses', 'learningRates', 'seconds'] as const;
export type StepColumn = (typeof STEP_COLUMNS)[number];

/**
 * One entry per training step, as parallel columns: `steps` (global, 1-based), `losses` (the batch's mean data
 * loss, no weight penalty; NaN/±Infinity at a diverged run's last step), `learningRates` (the rate used) and
 * `seconds` (of training, pauses excluded). Generic over the column type: typed arrays on the wire, growing
 * number[] on the page, plain lists in files.
 */
export type StepColumns<Column> = Record<StepColumn, Column>;

/** A run's steps as kept on the page: the columns grow in place; `length` entries are in use. */
export interface StepSeries extends StepColumns<number[]> {
  length: number;
}

export function emptyStepSeries(): StepSeries {
  return { steps: [], losses: [], learningRates: [], seconds: [], length: 0 };
}

/** How a non-finite number is written in a JSON file (JSON has none); files read these strings back. */
export const NON_FINITE = ['NaN', 'Infinity', '-Infinity'] as const;

/** A number, or one of the strings a non-finite number is written as; undefined for anything else. */
export function readMeasurement(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  return typeof value === 'string' && (NON_FINITE as readonly string[]).includes(value) ? Number(value) : undefined;
}

/** A measured number: in memory any float; in a file also one of the NON_FINITE strings, read back as the float. */
export const measurementSchema = z
  .union([z.number(), z.enum(NON_FINITE)])
  .transform((value) => readMeasurement(value)!);

const scoreSchema = z.object({ loss: measurementSchema, accuracy: measurementSchema });

/** One evaluation of a run, as every part of the app keeps it (the trainer's message adds its bookkeeping). */
export const evaluationRecordSchema = z.object({
  step: z.number().int().nonnegative(),
  epoch: measurementSchema,
  /** Seconds of training (pauses excluded) at this evaluation. */
  seconds: measurementSchema,
  testLoss: measurementSchema,
  testAccuracy: measurementSchema,
  /** Loss and accuracy on the training examples in use, measured when they are few (≤ 4,096), e.g. D01's batch. */
  train: scoreSchema.optional(),
  /** Test loss and accuracy from class probabilities averaged over K dropout passes (M04), when K > 1. */
  monteCarlo: scoreSchema.extend({ samples: z.number().int().positive() }).optional(),
});
export type EvaluationRecord = z.output<typeof evaluationRecordSchema>;

/** The fields of an evaluation record, for code that copies one out of a richer object. */
export function evaluationRecordOf(evaluation: EvaluationRecord): EvaluationRecord {
  const { step, epoch, seconds, testLoss, testAccuracy, train, monteCarlo } = evaluation;
  return { step, epoch, seconds, testLoss, testAccuracy, ...(train && { train }), ...(monteCarlo && { monteCarlo }) };
}

export type MetricFormat = 'loss' | 'percent' | 'rate';

/** Where a charted quantity comes from: a per-step column, or a field of each evaluation. */
export type MetricSource =
  | { kind: 'step'; column: Exclude<StepColumn, 'steps' | 'seconds'> }
  | { kind: 'evaluation'; field: 'testLoss' | 'testAccuracy' };

export interface MetricInfo {
  source: MetricSource;
  label: string;
  /** What a value is measured in, for an axis title; '' for a pure number. */
  unit: string;
  format: MetricFormat;
  /** Which y axis it shares with others: losses compare with losses. */
  axis: 'loss' | 'accuracy' | 'rate';
  /** Noisy per-step values get the EMA slider; evaluations are already averages. */
  smoothable: boolean;
}

/** The charted quantities. The chart's metric choice, its labels and its number format all read this table. */
export const METRICS = {
  trainLoss: {
    source: { kind: 'step', column: 'losses' },
    label: 'Training loss',
    unit: '',
    format: 'loss',
    axis: 'loss',
    smoothable: true,
  },
  testLoss: {
    source: { kind: 'evaluation', field: 'testLoss' },
    label: 'Test loss',
    unit: '',
    format: 'loss',
    axis: 'loss',
    smoothable: false,
  },
  testAccuracy: {
    source: { kind: 'evaluation', field: 'testAccuracy' },
    label: 'Test accuracy',
    unit: '%',
    format: 'percent',
    axis: 'accuracy',
    smoothable: false,
  },
  learningRate: {
    source: { kind: 'step', column: 'learningRates' },
    label: 'Learning rate',
    unit: '',
    format: 'rate',
    axis: 'rate',
    smoothable: false,
  },
} as const satisfies Record<string, MetricInfo>;
export type MetricName = keyof typeof METRICS;
export const METRIC_NAMES = Object.keys(METRICS) as MetricName[];

/** A value as the chart's hover and the statistics show it. */
export function formatMetric(value: number, format: MetricFormat): string {
  if (!Number.isFinite(value)) return String(value);
  if (format === 'percent') return `${(value * 100).toFixed(2)}%`;
  if (format === 'rate') return value.toPrecision(3);
  return value.toFixed(4);
}
