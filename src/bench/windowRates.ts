// Samples/s from read-backs as they arrived: the auto row of the bench times the session from its metrics messages.

/** One read-back: the last step it covers and when it arrived (ms). */
export interface ReadBack {
  step: number;
  at: number;
}

/**
 * Samples/s over `repeats` consecutive windows of at least `steps` steps each, the first starting at the first
 * read-back at or past `warmup`; each window ends at the first read-back `steps` or more steps after its start.
 * Fewer windows when the read-backs run out.
 */
export function windowRates(
  reads: readonly ReadBack[],
  warmup: number,
  steps: number,
  repeats: number,
  batchSize: number,
): number[] {
  const rates: number[] = [];
  let from = reads.find((read) => read.step >= warmup);
  for (let r = 0; r < repeats && from; r++) {
    const start: ReadBack = from;
    const to = reads.find((read) => read.step >= start.step + steps);
    if (!to) break;
    rates.push(((to.step - start.step) * batchSize) / ((to.at - start.at) / 1000));
    from = to;
  }
  return rates;
}
