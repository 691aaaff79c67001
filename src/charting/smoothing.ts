// Debiased exponential moving average, as TensorBoard's smoothing slider: s_t = β·s_(t−1) + (1 − β)·x_t, shown as
// s_t / (1 − β^n) after n finite points, so the start is not dragged toward 0. A NaN or ±Inf is passed through
// as it is and left out of the average: a divergence stays visible instead of being smoothed away (D08).

export function smooth(values: ArrayLike<number>, weight: number): number[] {
  const out = new Array<number>(values.length);
  let average = 0;
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (!Number.isFinite(x)) {
      out[i] = x;
      continue;
    }
    average = weight * average + (1 - weight) * x;
    count++;
    out[i] = weight === 0 ? x : average / (1 - weight ** count);
  }
  return out;
}
