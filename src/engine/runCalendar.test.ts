import { describe, expect, it } from 'vitest';
import { chunkLength, evaluationDue, type RunCalendar } from './runCalendar';

const dueSteps = (run: RunCalendar) =>
  Array.from({ length: run.totalSteps }, (_, i) => i + 1).filter((step) => evaluationDue(run, step));

/** The chunk lengths a run reads back in, from step 0 to its end. */
function chunks(run: RunCalendar, readEvery: number): number[] {
  const lengths: number[] = [];
  for (let step = 0; step < run.totalSteps; step += lengths.at(-1)!) lengths.push(chunkLength(run, step, readEvery));
  return lengths;
}

describe('evaluationDue', () => {
  it('falls at the step interval, at epoch ends and at the last step', () => {
    const run = { stepsPerEpoch: 16, totalSteps: 32, evalEverySteps: 6 };
    expect(dueSteps(run)).toEqual([6, 12, 16, 18, 24, 30, 32]);
    expect(dueSteps({ ...run, evalEverySteps: 0 })).toEqual([16, 32]); // epoch ends only
  });

  it('skips epoch ends when epochs are shorter than the interval (one-batch training)', () => {
    expect(dueSteps({ stepsPerEpoch: 1, totalSteps: 25, evalEverySteps: 10 })).toEqual([10, 20, 25]);
  });
});

describe('chunkLength', () => {
  it('cuts read-backs at evaluations and epoch ends so they land on exact steps', () => {
    // Steps reached: 5, 6 (eval), 11, 12 (eval), 16 (epoch end), 18 (eval), 23, 24, 29, 30, 32.
    expect(chunks({ stepsPerEpoch: 16, totalSteps: 32, evalEverySteps: 6 }, 5)).toEqual([
      5, 1, 5, 1, 4, 2, 5, 1, 5, 1, 2,
    ]);
  });

  it('stops at every 200th step for a checkpoint', () => {
    const run = { stepsPerEpoch: 1000, totalSteps: 1000, evalEverySteps: 0 };
    expect(chunkLength(run, 190, 20)).toBe(10);
    expect(chunkLength(run, 200, 20)).toBe(20);
  });
});
