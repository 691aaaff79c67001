// What travels with an experiment besides the runs' settings: each run's name and colour, how the charts are
// shown, which controls and panels a teacher hid, the teacher's note, and whether the page presents. Shared by the store, the link codec and the export files.
import { z } from 'zod';
import type { ExperimentFieldName } from './experiment';
import type { MetricName } from './runRecord';

/**
 * Okabe & Ito's palette, distinguishable with the common colour-vision deficiencies; one per run, in order.
 * (Their yellow #f0e442 is left out: it vanishes on a white background. Their black stands in as the eighth.)
 */
export const RUN_COLOURS = [
  '#0072b2',
  '#d55e00',
  '#009e73',
  '#cc79a7',
  '#e69f00',
  '#56b4e9',
  '#000000',
  '#999999',
] as const;

export const colourSchema = z.string().regex(/^#[0-9a-f]{6}$/, { message: 'is not a colour (#rrggbb)' });

export const CHART_METRICS = [
  'trainLoss',
  'testLoss',
  'testAccuracy',
  'learningRate',
] as const satisfies readonly MetricName[];
export type ChartMetric = (typeof CHART_METRICS)[number];
export const CHART_LAYOUTS = ['overlay', 'panels'] as const;
export type ChartLayout = (typeof CHART_LAYOUTS)[number];
export const CHART_X_AXES = ['step', 'epoch', 'seconds'] as const;
export type ChartXAxis = (typeof CHART_X_AXES)[number];

export const chartViewSchema = z.strictObject({
  /** Which curve the overlaid view draws for every run. */
  metric: z.enum(CHART_METRICS),
  /** All runs on one chart, or one small panel per run on shared axes. */
  layout: z.enum(CHART_LAYOUTS),
  /** Weight of the debiased exponential moving average; 0 draws the raw points only. */
  smoothing: z.number().min(0).max(0.99),
  logScale: z.boolean(),
  xAxis: z.enum(CHART_X_AXES),
});
export type ChartView = z.infer<typeof chartViewSchema>;

export function defaultChartView(): ChartView {
  return { metric: 'trainLoss', layout: 'overlay', smoothing: 0.6, logScale: false, xAxis: 'step' };
}

/** The colour the n-th run (0-based) gets unless it was given another. */
export function defaultRunColour(index: number): string {
  return RUN_COLOURS[index % RUN_COLOURS.length]!;
}

/** Controls hidden from the page (a teacher's link); sorted, no duplicates. */
export type HiddenControls = readonly ExperimentFieldName[];

/** The parts of the page a teacher can hide, each as its link names it (`panels=diagnosis,exports`). */
export const PAGE_PANELS = ['diagnosis', 'statistics', 'drawing', 'tests', 'exports'] as const;
export type PagePanel = (typeof PAGE_PANELS)[number];

/** A teacher's note is a caption, not an essay: longer ones are cut. */
export const MAX_NOTE_LENGTH = 500;

/** How a teacher set the page up for a class. */
export interface Classroom {
  /** Whole panels left out of the page; in PAGE_PANELS order, no duplicates. */
  hiddenPanels: readonly PagePanel[];
  /** Plain text shown as a caption (never as HTML); '' for none. */
  note: string;
  /** The page shows the chart large, for a projector, with keyboard shortcuts. */
  present: boolean;
}

export function defaultClassroom(): Classroom {
  return { hiddenPanels: [], note: '', present: false };
}

export function isDefaultClassroom(classroom: Classroom): boolean {
  return classroom.hiddenPanels.length === 0 && classroom.note === '' && !classroom.present;
}
