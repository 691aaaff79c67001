// Weight initializers as pure functions over a seeded generator. Variance scaling (Keras' VarianceScaling, after
// He et al. 2015 and Glorot & Bengio 2010): target variance = scale / n, where n is fan_in, fan_out or their mean.
import type { Random } from './random';
import type { Initializer, VarianceScaling } from './trainingSpec';

/** Draws `count` initial weights for a layer with the given fans. */
export function initialWeights(
  init: Initializer,
  count: number,
  fanIn: number,
  fanOut: number,
  random: Random,
): Float32Array {
  switch (init.kind) {
    case 'varianceScaling':
      return varianceScalingValues(init.spec, count, fanIn, fanOut, random);
    case 'normal': {
      const out = new Float32Array(count);
      for (let i = 0; i < count; i++) out[i] = init.sigma * random.normal();
      return out;
    }
    case 'zeros':
      return new Float32Array(count);
    default: {
      const never: never = init;
      throw new Error(`Unknown initializer ${JSON.stringify(never)}`);
    }
  }
}

/**
 * Std of a standard normal truncated to [-2, 2]: sqrt(1 - 4·φ(2)/(Φ(2) - Φ(-2))) ≈ 0.87962566. Dividing by it
 * makes the truncated draw have the intended variance (Keras does the same).
 */
export const TRUNCATED_NORMAL_STD = 0.8796256610342398;

export function targetVariance(spec: VarianceScaling, fanIn: number, fanOut: number): number {
  const n = spec.mode === 'fanIn' ? fanIn : spec.mode === 'fanOut' ? fanOut : (fanIn + fanOut) / 2;
  return spec.scale / Math.max(1, n);
}

/** Fills a fanIn × fanOut weight matrix (row-major) with draws whose variance is scale / n. */
export function varianceScalingWeights(
  spec: VarianceScaling,
  fanIn: number,
  fanOut: number,
  random: Random,
): Float32Array {
  return varianceScalingValues(spec, fanIn * fanOut, fanIn, fanOut, random);
}

/** `count` draws with variance scale / n (a conv kernel has k·k·channels·filters of them). */
function varianceScalingValues(spec: VarianceScaling, count: number, fanIn: number, fanOut: number, random: Random) {
  const variance = targetVariance(spec, fanIn, fanOut);
  const out = new Float32Array(count);
  switch (spec.distribution) {
    case 'normal': {
      const std = Math.sqrt(variance);
      for (let i = 0; i < out.length; i++) out[i] = std * random.normal();
      break;
    }
    case 'truncatedNormal': {
      const std = Math.sqrt(variance) / TRUNCATED_NORMAL_STD;
      for (let i = 0; i < out.length; i++) {
        let z = random.normal();
        while (Math.abs(z) > 2) z = random.normal(); // redraw beyond two standard deviations
        out[i] = std * z;
      }
      break;
    }
    case 'uniform': {
      const limit = Math.sqrt(3 * variance); // U(-a, a) has variance a²/3
      for (let i = 0; i < out.length; i++) out[i] = limit * (2 * random.next() - 1);
      break;
    }
    default: {
      const never: never = spec.distribution;
      throw new Error(`Unknown distribution ${String(never)}`);
    }
  }
  return out;
}
