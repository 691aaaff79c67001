// The arithmetic behind the bench's backend figures, apart from the browser so it can be unit-tested: medians,
// the fastest backend measured by hand, the auto pick against it and against WebGL, and each goal met or not.

/** The median of a non-empty list (the upper one of the middle two for an even count). */
export function median(values) {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

/**
 * @param rows one per backend: { backend, samplesPerSecond } where it trained, { backend, samplesPerSecond: null }
 *   where it could not
 * @param auto samples/s of the session asked for 'auto', or null when it did not train
 * @param speedupGoal how many times WebGL's figure the auto pick should reach on this machine
 */
export function backendFigures(rows, auto, speedupGoal) {
  const trained = rows.filter((row) => row.samplesPerSecond !== null);
  const fastest = trained.reduce(
    (best, row) => (best && best.samplesPerSecond >= row.samplesPerSecond ? best : row),
    null,
  );
  const webgl = trained.find((row) => row.backend === 'webgl') ?? null;
  const autoVsFastest = auto !== null && fastest ? auto / fastest.samplesPerSecond : null;
  const autoVsWebgl = auto !== null && webgl ? auto / webgl.samplesPerSecond : null;
  return {
    fastest,
    autoVsFastest,
    autoVsFastestMet: autoVsFastest !== null && autoVsFastest >= 0.95,
    autoVsWebgl,
    speedupGoal,
    autoVsWebglMet: autoVsWebgl !== null && autoVsWebgl >= speedupGoal,
  };
}

/** "3.10× (goal ≥ 3×: met)" or "not measured (…)" for a ratio and its goal. */
export function goalText(ratio, goal, unit = '×', why = 'not measured') {
  if (ratio === null) return `${why} (goal ≥ ${goal}${unit}: not met)`;
  return `${ratio.toFixed(2)}${unit} (goal ≥ ${goal}${unit}: ${ratio >= goal ? 'met ✓' : 'not met ✗'})`;
}
