import { describe, expect, it } from 'vitest';
import { run, sgd } from '../store/exportedRunFixtures';
import type { ExportedRun } from '../store/runExport';
import { packRuns, UNPACK_SLICE, unpackRuns } from './importMessages';

const noPause = () => Promise.resolve();

function longRun(points: number): ExportedRun {
  const steps = Array.from({ length: points }, (_, i) => i + 1);
  return run({
    series: { steps, losses: steps.map((s) => 1 / s), learningRates: steps.map(() => 0.01), seconds: steps },
  });
}

describe('packRuns and unpackRuns', () => {
  it('give back the same runs: NaN, ±Infinity, and optional scores present (even NaN) or absent', async () => {
    const runs = [
      run({
        evaluations: [
          { step: 0, epoch: 0, seconds: 0, testLoss: 2.3, testAccuracy: 0.1 },
          {
            step: 3,
            epoch: 1,
            seconds: 0.35,
            testLoss: Infinity,
            testAccuracy: 0.8,
            train: { loss: NaN, accuracy: 0.5 },
            monteCarlo: { loss: -Infinity, accuracy: 0.75, samples: Number.MAX_SAFE_INTEGER },
          },
          { step: 9, epoch: 3, seconds: 1, testLoss: 0.5, testAccuracy: 0.9, train: { loss: 0.4, accuracy: 0.95 } },
        ],
      }),
      sgd(),
    ];
    runs[0]!.series.losses[1] = -Infinity;
    const { runs: packed } = packRuns(runs);
    const unpacked = await unpackRuns(packed, noPause);
    expect(unpacked).toEqual(runs);
    // toEqual treats an absent key and an undefined one alike; the store and the export tell them apart.
    expect(Object.keys(unpacked![0]!.evaluations[0]!)).not.toContain('train');
    expect(Object.keys(unpacked![0]!.evaluations[2]!)).not.toContain('monteCarlo');
    expect(Array.isArray(unpacked![0]!.series.steps)).toBe(true);
  });

  it('lists every column buffer for transfer, so nothing large is copied', () => {
    const { runs: packed, transfer } = packRuns([run(), sgd()]);
    const buffers = packed.flatMap((p) => [
      ...Object.values(p.series).map((column) => column.buffer),
      p.evaluations.values.buffer,
      p.evaluations.scores.buffer,
    ]);
    expect(transfer).toHaveLength(buffers.length);
    expect(new Set(transfer)).toEqual(new Set(buffers));
  });

  it('pauses between slices of a long run, and not for a short one', async () => {
    let pauses = 0;
    const counting = () => {
      pauses++;
      return Promise.resolve();
    };
    await unpackRuns(packRuns([run()]).runs, counting);
    expect(pauses).toBe(0);
    const points = 3 * UNPACK_SLICE;
    const unpacked = await unpackRuns(packRuns([longRun(points)]).runs, counting);
    // Four series of three slices each, and the run's two evaluations.
    expect(pauses).toBeGreaterThanOrEqual(4 * 3);
    expect(unpacked![0]!.series.losses).toEqual(longRun(points).series.losses);
  });

  it('stops and gives null once cancelled', async () => {
    let pauses = 0;
    const result = await unpackRuns(
      packRuns([longRun(3 * UNPACK_SLICE)]).runs,
      () => {
        pauses++;
        return Promise.resolve();
      },
      () => pauses >= 2,
    );
    expect(result).toBeNull();
    expect(pauses).toBe(2);
  });
});
