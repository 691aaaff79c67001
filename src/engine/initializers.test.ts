import { describe, expect, it } from 'vitest';
import { initialWeights, TRUNCATED_NORMAL_STD, targetVariance, varianceScalingWeights } from './initializers';
import { initializerFor, VARIANCE_SCALING_PRESETS, type Distribution, type FanMode } from './trainingSpec';
import { createRandom } from './random';

function maxAbs(values: Float32Array): number {
  let max = 0;
  for (const v of values) max = Math.max(max, Math.abs(v));
  return max;
}

function std(values: Float32Array): number {
  let mean = 0;
  for (const v of values) mean += v;
  mean /= values.length;
  let sq = 0;
  for (const v of values) sq += (v - mean) ** 2;
  return Math.sqrt(sq / values.length);
}

describe('targetVariance', () => {
  it('divides the scale by fan_in, fan_out or their mean (by hand: 784 → 128)', () => {
    expect(targetVariance({ scale: 2, mode: 'fanIn', distribution: 'normal' }, 784, 128)).toBeCloseTo(2 / 784, 12);
    expect(targetVariance({ scale: 2, mode: 'fanOut', distribution: 'normal' }, 784, 128)).toBeCloseTo(2 / 128, 12);
    expect(targetVariance({ scale: 1, mode: 'fanAvg', distribution: 'normal' }, 784, 128)).toBeCloseTo(1 / 456, 12);
  });

  it('names He as 2/fan_in, LeCun as 1/fan_in and Glorot as 1/fan_avg (uniform limit sqrt(6/(in+out)))', () => {
    expect(targetVariance(VARIANCE_SCALING_PRESETS.he, 100, 50)).toBeCloseTo(0.02, 12);
    expect(targetVariance(VARIANCE_SCALING_PRESETS.lecun, 100, 50)).toBeCloseTo(0.01, 12);
    // Glorot uniform: limit = sqrt(6 / (100 + 50)) = 0.2, variance = limit² / 3 = 0.04 / 3.
    expect(targetVariance(VARIANCE_SCALING_PRESETS.glorot, 100, 50)).toBeCloseTo(0.04 / 3, 12);
  });
});

describe('TRUNCATED_NORMAL_STD', () => {
  it('is the std of N(0,1) cut at ±2, computed from φ and Φ', () => {
    const phi2 = Math.exp(-2) / Math.sqrt(2 * Math.PI); // φ(2)
    const massWithin2 = 0.9544997361036416; // Φ(2) − Φ(−2)
    expect(TRUNCATED_NORMAL_STD).toBeCloseTo(Math.sqrt(1 - (4 * phi2) / massWithin2), 10);
  });
});

describe('varianceScalingWeights on a 512×256 layer', () => {
  const modes: FanMode[] = ['fanIn', 'fanOut', 'fanAvg'];
  const distributions: Distribution[] = ['normal', 'truncatedNormal', 'uniform'];
  // 512×256 so fan_in, fan_out and fan_avg give three different targets.
  const fanIn = 512;
  const fanOut = 256;
  for (const mode of modes) {
    for (const distribution of distributions) {
      it(`${distribution}, ${mode}: empirical std within 3% of sqrt(scale/n)`, () => {
        const spec = { scale: 2, mode, distribution };
        const weights = varianceScalingWeights(spec, fanIn, fanOut, createRandom(123));
        const n = mode === 'fanIn' ? fanIn : mode === 'fanOut' ? fanOut : (fanIn + fanOut) / 2;
        const expected = Math.sqrt(2 / n);
        expect(Math.abs(std(weights) / expected - 1)).toBeLessThan(0.03);
      });
    }
  }

  it('keeps truncated-normal draws within two of their pre-scaling standard deviations', () => {
    const weights = varianceScalingWeights(VARIANCE_SCALING_PRESETS.he, 512, 512, createRandom(1));
    const bound = (2 * Math.sqrt(2 / 512)) / TRUNCATED_NORMAL_STD;
    expect(maxAbs(weights)).toBeLessThanOrEqual(bound + 1e-6);
  });

  it('keeps uniform draws within ±sqrt(3·variance)', () => {
    const weights = varianceScalingWeights(VARIANCE_SCALING_PRESETS.glorot, 512, 512, createRandom(1));
    const limit = Math.sqrt(6 / 1024);
    const max = maxAbs(weights);
    expect(max).toBeLessThanOrEqual(limit);
    expect(max).toBeGreaterThan(0.99 * limit);
  });

  it('is a function of the seed', () => {
    const a = varianceScalingWeights(VARIANCE_SCALING_PRESETS.he, 64, 32, createRandom(5));
    expect(varianceScalingWeights(VARIANCE_SCALING_PRESETS.he, 64, 32, createRandom(5))).toEqual(a);
    expect(varianceScalingWeights(VARIANCE_SCALING_PRESETS.he, 64, 32, createRandom(6))).not.toEqual(a);
  });
});

describe('every initializer the settings offer, on a 512×512 layer', () => {
  const base = { initScale: 2, initMode: 'fanIn', initDistribution: 'truncatedNormal', initSigma: 0.05 } as const;
  it.each([
    ['he', Math.sqrt(2 / 512)],
    ['lecun', Math.sqrt(1 / 512)],
    ['glorot', Math.sqrt(1 / 512)], // fan_avg = 512 on a square layer
    ['varianceScaling', Math.sqrt(2 / 512)],
    ['standardNormal', 1],
    ['normal', 0.05],
  ] as const)('%s: empirical std within 3%% of %f', (initializer, expected) => {
    const weights = initialWeights(initializerFor(initializer, base), 512 * 512, 512, 512, createRandom(77));
    expect(Math.abs(std(weights) / expected - 1)).toBeLessThan(0.03);
  });

  it('zeros gives exactly zero', () => {
    const weights = initialWeights(initializerFor('zeros', base), 512 * 512, 512, 512, createRandom(1));
    expect(maxAbs(weights)).toBe(0);
  });

  it('maps the named presets and the custom settings', () => {
    expect(initializerFor('he', base)).toEqual({
      kind: 'varianceScaling',
      spec: { scale: 2, mode: 'fanIn', distribution: 'truncatedNormal' },
    });
    expect(
      initializerFor('varianceScaling', { ...base, initScale: 3, initMode: 'fanOut', initDistribution: 'uniform' }),
    ).toEqual({ kind: 'varianceScaling', spec: { scale: 3, mode: 'fanOut', distribution: 'uniform' } });
    expect(initializerFor('standardNormal', base)).toEqual({ kind: 'normal', sigma: 1 });
  });
});
