import { describe, expect, it } from 'vitest';
import { heatmapGrid } from './heatmap';

const column = (grid: ReturnType<typeof heatmapGrid>, c: number) =>
  Array.from(grid.cells.subarray(c * grid.rows, (c + 1) * grid.rows));

describe('heatmapGrid', () => {
  it('puts histograms of different ranges on one value axis, each column as shares of its values', () => {
    // Column 0: 4 values in [0, 1) and 4 in [1, 2). Column 1: 2 values in [2, 3), 6 in [3, 4].
    const grid = heatmapGrid(
      [
        { min: 0, max: 2, counts: [4, 4] },
        { min: 2, max: 4, counts: [2, 6] },
      ],
      4,
    );
    expect(grid).toMatchObject({ min: 0, max: 4, rows: 4, columns: 2 });
    expect(column(grid, 0)).toEqual([0.5, 0.5, 0, 0]);
    expect(column(grid, 1)).toEqual([0, 0, 0.25, 0.75]);
  });

  it('splits a bin between the rows it overlaps, in proportion to the overlap', () => {
    // One bin [0, 3) of 6 values onto rows of width 2 ([0,2), [2,4)): 4 values (2/3 of the bin) and 2 (1/3).
    const grid = heatmapGrid(
      [
        { min: 0, max: 3, counts: [6] },
        { min: 4, max: 4, counts: [1] },
      ],
      2,
    );
    expect(column(grid, 0)[0]).toBeCloseTo(4 / 6, 12);
    expect(column(grid, 0)[1]).toBeCloseTo(2 / 6, 12);
    // A zero-width histogram (every value 4) lands in the top row whole.
    expect(column(grid, 1)).toEqual([0, 1]);
  });

  it('marks steps with no finite value, and survives when nothing was finite at all', () => {
    const grid = heatmapGrid(
      [
        { min: -1, max: 1, counts: [1, 1] },
        { min: 0, max: 0, counts: [] },
      ],
      2,
    );
    expect(column(grid, 0)).toEqual([0.5, 0.5]);
    expect(column(grid, 1).every(Number.isNaN)).toBe(true);
    const empty = heatmapGrid([{ min: 0, max: 0, counts: [] }], 3);
    expect(Array.from(empty.cells).every(Number.isNaN)).toBe(true);
  });

  it('widens an axis of one single value so that it has a lit row', () => {
    const grid = heatmapGrid([{ min: 2, max: 2, counts: [5] }], 4);
    expect(grid).toMatchObject({ min: 1.5, max: 2.5 });
    expect(column(grid, 0)).toEqual([0, 0, 1, 0]);
  });
});
