// Draws training curves on a 2D canvas: grid, axis lines, each run's faint raw curve, its bold (smoothed) curve,
// dots for sparse series, and a ring where a diverged run broke. One canvas instead of one SVG element per line:
// eight runs of smoothed and raw curves redraw in a few milliseconds, with no DOM for the page to lay out.
// The caller has already downsampled each curve (LTTB) and left out points the axis cannot show.
import type { Point } from './lttb';
import type { Scale } from './plot';

/** What of a 2D context the drawing uses: the page canvas and an OffscreenCanvas share it (a test records calls on a stand-in). */
export type PlotContext = Pick<
  OffscreenCanvasRenderingContext2D,
  | 'setTransform'
  | 'clearRect'
  | 'save'
  | 'restore'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'arc'
  | 'rect'
  | 'clip'
  | 'stroke'
  | 'fill'
  | 'setLineDash'
  | 'strokeStyle'
  | 'fillStyle'
  | 'lineWidth'
  | 'globalAlpha'
  | 'lineJoin'
>;

export interface PlotFrame {
  /** The canvas's size in CSS pixels; the bitmap is `pixelRatio` times larger. */
  width: number;
  height: number;
  pixelRatio: number;
  /** The plot area inside the canvas, in CSS pixels: curves are clipped to it. */
  area: { left: number; top: number; width: number; height: number };
  x: Scale;
  y: Scale;
  xTicks: readonly number[];
  yTicks: readonly number[];
}

export interface DrawnCurve {
  colour: string;
  /** The curve drawn bold: smoothed where smoothing applies. */
  line: readonly Point[];
  /** The unsmoothed curve, drawn faint behind; null without smoothing. */
  raw: readonly Point[] | null;
  /** A dot on every point (evaluations: a few, far apart). */
  dots: boolean;
  /** A diverged run's last finite point. */
  diverged: Point | null;
}

export const RAW_ALPHA = 0.2;

/** The theme's colours for what is not a run's: read from the page's styles by the caller. */
export interface PlotColours {
  grid: string;
  axis: string;
  /** The chart's background: fills the evaluation dots and the diverged ring. */
  surface: string;
}

/** A crisp one-pixel line sits on a half pixel. */
const half = (pixel: number) => Math.round(pixel) + 0.5;

function strokePath(context: PlotContext, points: readonly Point[], frame: PlotFrame): void {
  context.beginPath();
  points.forEach((p, i) => {
    const px = frame.x.toPixel(p.x);
    const py = frame.y.toPixel(p.y);
    if (i === 0) context.moveTo(px, py);
    else context.lineTo(px, py);
  });
  context.stroke();
}

function ring(context: PlotContext, point: Point, radius: number, frame: PlotFrame): void {
  context.beginPath();
  context.arc(frame.x.toPixel(point.x), frame.y.toPixel(point.y), radius, 0, 2 * Math.PI);
  context.fill();
  context.stroke();
}

function drawGrid(context: PlotContext, frame: PlotFrame, colours: PlotColours): void {
  const { left, top, width, height } = frame.area;
  context.strokeStyle = colours.grid;
  context.lineWidth = 1;
  context.setLineDash([3, 3]);
  context.beginPath();
  for (const tick of frame.yTicks) {
    const y = half(frame.y.toPixel(tick));
    context.moveTo(left, y);
    context.lineTo(left + width, y);
  }
  for (const tick of frame.xTicks) {
    const x = half(frame.x.toPixel(tick));
    context.moveTo(x, top);
    context.lineTo(x, top + height);
  }
  context.stroke();
  context.setLineDash([]);
  context.strokeStyle = colours.axis;
  context.beginPath();
  context.moveTo(half(left), top);
  context.lineTo(half(left), half(top + height));
  context.lineTo(left + width, half(top + height));
  context.stroke();
}

/** Draws the whole plot; every raw curve goes first so that no faint line covers a bold one. */
export function drawPlot(
  context: PlotContext,
  frame: PlotFrame,
  curves: readonly DrawnCurve[],
  colours: PlotColours,
): void {
  context.setTransform(frame.pixelRatio, 0, 0, frame.pixelRatio, 0, 0);
  context.clearRect(0, 0, frame.width, frame.height);
  drawGrid(context, frame, colours);

  context.save();
  const { left, top, width, height } = frame.area;
  context.beginPath();
  context.rect(left, top, width, height);
  context.clip();
  context.lineJoin = 'round';
  context.globalAlpha = RAW_ALPHA;
  context.lineWidth = 1;
  for (const curve of curves) {
    if (!curve.raw) continue;
    context.strokeStyle = curve.colour;
    strokePath(context, curve.raw, frame);
  }
  context.globalAlpha = 1;
  context.lineWidth = 1.75;
  for (const curve of curves) {
    context.strokeStyle = curve.colour;
    strokePath(context, curve.line, frame);
  }
  context.fillStyle = colours.surface;
  context.lineWidth = 1.5;
  for (const curve of curves) {
    if (!curve.dots) continue;
    context.strokeStyle = curve.colour;
    for (const point of curve.line) ring(context, point, 2.5, frame);
  }
  context.restore();

  // Outside the clip: a run that broke at the plot's edge still shows its whole marker.
  context.fillStyle = colours.surface;
  context.lineWidth = 2;
  for (const curve of curves) {
    if (!curve.diverged) continue;
    context.strokeStyle = curve.colour;
    ring(context, curve.diverged, 5, frame);
  }
}
