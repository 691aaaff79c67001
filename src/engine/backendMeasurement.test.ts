import { describe, expect, it } from 'vitest';
import { MEASUREMENT_PLAN, stepsToTime } from './backendMeasurement';

describe('stepsToTime', () => {
  it('times a backend for about the planned time, within the step limits', () => {
    const plan = { ...MEASUREMENT_PLAN, targetMs: 300, minSteps: 2, maxSteps: 10 };
    expect(stepsToTime(60, plan)).toBe(5);
    expect(stepsToTime(5, plan)).toBe(10);
    expect(stepsToTime(0, plan)).toBe(10);
    expect(stepsToTime(400, plan)).toBe(2);
  });
});
