import { describe, expect, it } from 'vitest';
import { Plateau, scheduledRate } from './schedules';
import type { ScheduleRule } from './trainingSpec';

/** The rate at step t of a schedule starting at lr0. */
const rateOf = (rule: ScheduleRule, lr0: number, t: number) => scheduledRate({ ...rule, initialRate: lr0 }, t);
const at = (rule: ScheduleRule, steps: number[], lr0 = 0.1) => steps.map((t) => rateOf(rule, lr0, t));

describe('scheduledRate, against the formulas by hand', () => {
  it('constant stays at lr0', () => {
    expect(at({ kind: 'constant' }, [0, 10, 1e6])).toEqual([0.1, 0.1, 0.1]);
  });

  it('piecewise constant switches exactly at its boundaries', () => {
    const schedule: ScheduleRule = { kind: 'piecewise', boundaries: [100, 300], rates: [0.1, 0.01, 0.001] };
    expect(at(schedule, [0, 99, 100, 299, 300, 10_000])).toEqual([0.1, 0.1, 0.01, 0.01, 0.001, 0.001]);
  });

  it('exponential is lr0 · 0.1^(t/s)', () => {
    const schedule: ScheduleRule = { kind: 'exponential', stepsPerTenfold: 1000 };
    const [t0, t500, t1000, t2000] = at(schedule, [0, 500, 1000, 2000]);
    expect(t0).toBeCloseTo(0.1, 12);
    expect(t500).toBeCloseTo(0.1 / Math.sqrt(10), 12); // 0.1 · 10^-0.5 = 0.0316227766
    expect(t1000).toBeCloseTo(0.01, 12);
    expect(t2000).toBeCloseTo(0.001, 12);
  });

  it('per-step multiply is lr0 · γ^t: 0.9995 halves the rate in about 1386 steps', () => {
    const schedule: ScheduleRule = { kind: 'perStep', factor: 0.9995 };
    expect(rateOf(schedule, 0.1, 1)).toBeCloseTo(0.09995, 12);
    expect(rateOf(schedule, 0.1, 1386)).toBeCloseTo(0.05, 4); // ln 2 / -ln 0.9995 ≈ 1386
    // T08: 0.999995 is almost no decay: after 10,000 steps still 95.1% of lr0.
    expect(rateOf({ kind: 'perStep', factor: 0.999995 }, 1, 10_000)).toBeCloseTo(
      Math.exp(10_000 * Math.log(0.999995)),
      12,
    );
  });

  it('power is lr0 / (1 + t/k)^c', () => {
    const schedule: ScheduleRule = { kind: 'power', decaySteps: 100, power: 1 };
    expect(at(schedule, [0, 100, 300])).toEqual([0.1, 0.05, 0.025]);
    expect(rateOf({ kind: 'power', decaySteps: 100, power: 2 }, 0.1, 100)).toBeCloseTo(0.025, 12);
  });

  it('warm-up climbs linearly to lr0, then a half cosine brings it to the minimum', () => {
    const schedule: ScheduleRule = { kind: 'warmupCosine', warmupSteps: 10, totalSteps: 110, minRate: 0 };
    expect(rateOf(schedule, 0.1, 0)).toBeCloseTo(0.01, 12);
    expect(rateOf(schedule, 0.1, 4)).toBeCloseTo(0.05, 12);
    expect(rateOf(schedule, 0.1, 9)).toBeCloseTo(0.1, 12);
    expect(rateOf(schedule, 0.1, 10)).toBeCloseTo(0.1, 12); // cosine starts at its top
    expect(rateOf(schedule, 0.1, 60)).toBeCloseTo(0.05, 12); // halfway: cos(π/2) = 0
    expect(rateOf(schedule, 0.1, 110)).toBeCloseTo(0, 12);
    expect(rateOf(schedule, 0.1, 500)).toBeCloseTo(0, 12); // stays at the floor after the end
    expect(rateOf({ ...schedule, minRate: 0.02 }, 0.1, 60)).toBeCloseTo(0.06, 12);
  });
});

describe('Plateau', () => {
  it('reduces exactly after `patience` flat evaluations, then counts again', () => {
    const plateau = new Plateau(0.1, 0.5, 3);
    expect(plateau.observe(1.0)).toBe(0.1); // best = 1.0
    expect(plateau.observe(0.9)).toBe(0.1); // improved
    expect(plateau.observe(0.95)).toBe(0.1); // flat 1
    expect(plateau.observe(0.9)).toBe(0.1); // flat 2 (equal is not better)
    expect(plateau.observe(0.91)).toBe(0.05); // flat 3 → halve
    expect(plateau.observe(0.92)).toBe(0.05); // flat 1 again
    expect(plateau.observe(0.5)).toBe(0.05); // improved, counter reset
    expect(plateau.observe(0.6)).toBe(0.05);
    expect(plateau.observe(0.6)).toBe(0.05);
    expect(plateau.observe(0.6)).toBe(0.025);
  });

  it('does not count improvements under 0.01% as better', () => {
    const plateau = new Plateau(0.1, 0.5, 2);
    plateau.observe(1);
    expect(plateau.observe(0.99995)).toBe(0.1); // flat 1: only 0.005% better
    expect(plateau.observe(0.99992)).toBe(0.05); // flat 2 → halve
  });

  it('leaves the rate to the plateau logic in scheduledRate', () => {
    expect(rateOf({ kind: 'plateau', factor: 0.5, patience: 5 }, 0.1, 5000)).toBe(0.1);
  });
});
