// Histograms over time as one grid: every measured step's histogram re-binned onto a shared value axis, so that a
// heat-map shows a layer's weights or activations spreading, collapsing or saturating as training goes on.
import type { Histogram } from '../diagnostics/health';

export interface HeatmapGrid {
  /** The shared value axis: row 0 starts at `min`, the last row ends at `max`. */
  min: number;
  max: number;
  rows: number;
  columns: number;
  /**
   * Column-major: `cells[column * rows + row]` is the share of that column's values falling in the row (0..1), so
   * columns of different sample sizes compare; NaN where the column had no finite value.
   */
  cells: Float64Array;
}

/**
 * Re-bins each histogram onto `rows` equal rows spanning all histograms' range. A bin's count is spread evenly over
 * its own value range and shared between the rows it overlaps, so re-binning keeps every column's total.
 */
export function heatmapGrid(histograms: readonly Histogram[], rows: number): HeatmapGrid {
  let min = Infinity;
  let max = -Infinity;
  for (const h of histograms) {
    if (h.counts.length === 0) continue;
    min = Math.min(min, h.min);
    max = Math.max(max, h.max);
  }
  const columns = histograms.length;
  const cells = new Float64Array(columns * rows).fill(NaN);
  if (!(min <= max)) return { min: 0, max: 0, rows, columns, cells };
  // A single value everywhere: give the axis a width so that it still has one lit row.
  if (min === max) [min, max] = [min - 0.5, max + 0.5];
  const rowWidth = (max - min) / rows;
  histograms.forEach((h, column) => {
    const total = h.counts.reduce((a, b) => a + b, 0);
    if (total === 0) return;
    const share = new Float64Array(rows);
    const binWidth = (h.max - h.min) / h.counts.length;
    h.counts.forEach((count, bin) => {
      if (count === 0) return;
      const from = h.min + bin * binWidth;
      if (binWidth === 0) {
        share[Math.min(rows - 1, Math.floor((from - min) / rowWidth))]! += count;
        return;
      }
      const to = from + binWidth;
      const firstRow = Math.max(0, Math.floor((from - min) / rowWidth));
      const lastRow = Math.min(rows - 1, Math.floor((to - min) / rowWidth));
      for (let row = firstRow; row <= lastRow; row++) {
        const overlap = Math.min(to, min + (row + 1) * rowWidth) - Math.max(from, min + row * rowWidth);
        if (overlap > 0) share[row]! += (count * overlap) / binWidth;
      }
    });
    for (let row = 0; row < rows; row++) cells[column * rows + row] = share[row]! / total;
  });
  return { min, max, rows, columns, cells };
}
