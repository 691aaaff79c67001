import { describe, expect, it } from 'vitest';
import { curveOf, sharedDomain, shownOn, valueAt, type CurveSource } from './curves';

const source: CurveSource = {
  steps: [1, 2, 3, 4, 99],
  losses: [2, 1, 4, NaN, 7],
  learningRates: [0.1, 0.1, 0.05, 0.05, 9],
  seconds: [0.5, 1, 1.5, 2, 9],
  length: 4, // the fifth entry is not in use yet
  evaluations: [{ step: 2, epoch: 1, seconds: 1.2, testLoss: 0.9, testAccuracy: 0.7 }],
  stepsPerEpoch: 2,
};

describe('curves for the charts', () => {
  it('draws training loss against step, epoch or seconds, smoothed with the raw values kept', () => {
    const curve = curveOf(source, 'trainLoss', 'epoch', 0.5);
    expect(curve.x).toEqual([0.5, 1, 1.5, 2]);
    expect(curve.raw).toEqual([2, 1, 4, NaN]);
    // Debiased EMA, β = 0.5: 2; (0.5·1 + 0.5·1)/(1 − 0.25) = 4/3; (0.5·1 + 0.5·4)/(1 − 0.125) = 2.5/0.875.
    expect(curve.y[0]).toBeCloseTo(2, 12);
    expect(curve.y[1]).toBeCloseTo(4 / 3, 12);
    expect(curve.y[2]).toBeCloseTo(2.5 / 0.875, 12);
    expect(curve.y[3]).toBeNaN(); // a divergence is not smoothed away
    expect(curveOf(source, 'trainLoss', 'seconds', 0).x).toEqual([0.5, 1, 1.5, 2]);
    expect(curveOf(source, 'trainLoss', 'step', 0)).toEqual({ x: [1, 2, 3, 4], y: [2, 1, 4, NaN], raw: null });
  });

  it('draws evaluations and the learning rate unsmoothed', () => {
    expect(curveOf(source, 'testAccuracy', 'seconds', 0.9)).toEqual({ x: [1.2], y: [0.7], raw: null });
    expect(curveOf(source, 'testLoss', 'step', 0.9)).toEqual({ x: [2], y: [0.9], raw: null });
    expect(curveOf(source, 'learningRate', 'step', 0.9).y).toEqual([0.1, 0.1, 0.05, 0.05]);
  });

  it('leaves out points an axis cannot show', () => {
    const points = [
      { x: 1, y: 0 },
      { x: 2, y: NaN },
      { x: 3, y: 2 },
    ];
    expect(shownOn(points, false)).toEqual([
      { x: 1, y: 0 },
      { x: 3, y: 2 },
    ]);
    expect(shownOn(points, true)).toEqual([{ x: 3, y: 2 }]);
  });

  it('reads the value each run showed at a hovered x', () => {
    const curve = { x: [1, 2, 5], y: [10, 20, 50], raw: null };
    expect(valueAt(curve, 0.5)).toBeNull();
    expect(valueAt(curve, 1)).toEqual({ x: 1, y: 10 });
    expect(valueAt(curve, 4.9)).toEqual({ x: 2, y: 20 });
    expect(valueAt(curve, 100)).toEqual({ x: 5, y: 50 });
  });

  it('shares one domain across runs, finite values only', () => {
    expect(
      sharedDomain(
        [
          [1, NaN, 3],
          [0.5, Infinity],
        ],
        false,
      ),
    ).toEqual([0.5, 3]);
    expect(sharedDomain([[0, -1, 2]], true)).toEqual([2, 2]);
    expect(sharedDomain([[NaN]], false)).toBeNull();
  });
});
