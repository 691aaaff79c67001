import { describe, expect, it } from 'vitest';
import { drawPlot, RAW_ALPHA, type DrawnCurve, type PlotColours, type PlotContext, type PlotFrame } from './canvasPlot';
import { linearScale } from './plot';

interface Stroke {
  colour: string;
  alpha: number;
  width: number;
  /** The path's points; an arc is recorded as its centre and radius. */
  path: number[][];
}

/** A stand-in for a 2D context that records each stroked path with the style it was stroked in. */
function recordingContext() {
  const strokes: Stroke[] = [];
  let path: number[][] = [];
  const context = {
    strokeStyle: '',
    fillStyle: '',
    lineWidth: 1,
    globalAlpha: 1,
    lineJoin: 'miter',
    transform: [] as number[],
    setTransform(...m: number[]) {
      this.transform = m;
    },
    clearRect() {},
    save() {},
    restore() {},
    clip() {},
    fill() {},
    setLineDash() {},
    rect() {},
    beginPath() {
      path = [];
    },
    moveTo(x: number, y: number) {
      path.push([x, y]);
    },
    lineTo(x: number, y: number) {
      path.push([x, y]);
    },
    arc(x: number, y: number, r: number) {
      path.push([x, y, r]);
    },
    stroke() {
      strokes.push({ colour: String(this.strokeStyle), alpha: this.globalAlpha, width: this.lineWidth, path });
    },
  };
  return { context, strokes };
}

// x 0–10 onto 40–240 px, y 0–2 onto 220–20 px: 20 px per step of x, 100 px per unit of y.
const frame: PlotFrame = {
  width: 260,
  height: 250,
  pixelRatio: 1.5,
  area: { left: 40, top: 20, width: 200, height: 200 },
  x: linearScale([0, 10], [40, 240]),
  y: linearScale([0, 2], [220, 20]),
  xTicks: [0, 5, 10],
  yTicks: [0, 1, 2],
};

const colours: PlotColours = { grid: '#3a3f47', axis: '#9aa0a8', surface: '#1e2126' };

const curve = (colour: string, overrides: Partial<DrawnCurve> = {}): DrawnCurve => ({
  colour,
  line: [
    { x: 0, y: 2 },
    { x: 10, y: 0.5 },
  ],
  raw: null,
  dots: false,
  diverged: null,
  ...overrides,
});

describe('drawing curves on a canvas', () => {
  it('scales the bitmap by the pixel ratio and maps each point into the plot area', () => {
    const { context, strokes } = recordingContext();
    drawPlot(context as unknown as PlotContext, frame, [curve('#0072b2')], colours);
    expect(context.transform).toEqual([1.5, 0, 0, 1.5, 0, 0]);
    const line = strokes.find((s) => s.colour === '#0072b2')!;
    expect(line.path).toEqual([
      [40, 20],
      [240, 170],
    ]);
    expect(line.width).toBe(1.75);
    expect(line.alpha).toBe(1);
  });

  it('draws every faint raw curve before the bold ones, in its run’s colour', () => {
    const { context, strokes } = recordingContext();
    const raw = [
      { x: 0, y: 1 },
      { x: 5, y: 1.5 },
    ];
    drawPlot(context as unknown as PlotContext, frame, [curve('#0072b2', { raw }), curve('#d55e00', { raw })], colours);
    const runs = strokes.filter((s) => ['#0072b2', '#d55e00'].includes(s.colour));
    expect(runs.map((s) => [s.colour, s.alpha])).toEqual([
      ['#0072b2', RAW_ALPHA],
      ['#d55e00', RAW_ALPHA],
      ['#0072b2', 1],
      ['#d55e00', 1],
    ]);
    expect(runs[0]!.path).toEqual([
      [40, 120],
      [140, 70],
    ]);
  });

  it('draws the grid at the ticks, a dot on each sparse point and a ring where a run diverged', () => {
    const { context, strokes } = recordingContext();
    const diverged = { x: 5, y: 1 };
    drawPlot(context as unknown as PlotContext, frame, [curve('#009e73', { dots: true, diverged })], colours);
    // Horizontal lines at y = 0, 1, 2 (220, 120, 20 px, on half pixels), then vertical ones at x = 0, 5, 10.
    // In the theme's grid colour, then its axis colour.
    expect(strokes[0]!.colour).toBe('#3a3f47');
    expect(strokes[1]!.colour).toBe('#9aa0a8');
    expect(strokes[0]!.path).toEqual([
      [40, 220.5],
      [240, 220.5],
      [40, 120.5],
      [240, 120.5],
      [40, 20.5],
      [240, 20.5],
      [40.5, 20],
      [40.5, 220],
      [140.5, 20],
      [140.5, 220],
      [240.5, 20],
      [240.5, 220],
    ]);
    const rings = strokes.filter((s) => s.colour === '#009e73' && s.path[0]!.length === 3).map((s) => s.path[0]);
    expect(rings).toEqual([
      [40, 20, 2.5],
      [240, 170, 2.5],
      [140, 120, 5],
    ]);
  });
});
