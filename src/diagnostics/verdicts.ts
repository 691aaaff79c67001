// Verdicts: pure rules that read a run's metric streams and tell a learner, in plain words, why the run fails and
// which knob to try, citing the tips of shared/TIPS.md. Thresholds, titles and types live in verdict.ts.
import { exploding, isFiniteSample, nonFinite, unitRules, vanishing } from './healthVerdicts';
import { cannotOverfit, finitePoints, lossPattern, lrTooHigh, lrTooLow } from './lossVerdicts';
import { KINDS, THRESHOLDS, type Verdict, type VerdictInput } from './verdict';

export { THRESHOLDS, type Verdict, type VerdictInput, type VerdictKind } from './verdict';

/** Every verdict that holds, in KINDS order: the divergence, the health signs that explain it, the loss curves. */
export function verdictsFor(input: VerdictInput): Verdict[] {
  const finite = input.health.filter(isFiniteSample);
  const recent = finite.slice(-THRESHOLDS.healthWindow);
  const diverged = nonFinite(input);
  const found = [diverged, exploding(input, recent), vanishing(input, finite), ...unitRules(input, recent)];
  // Loss-curve rules would only read the blow-up of a diverged run.
  if (!diverged) {
    const points = finitePoints(input.training);
    const high = lrTooHigh(input, points);
    const low = high ? null : lrTooLow(input, points);
    found.push(high, low, cannotOverfit(input), lossPattern(input, points, low !== null));
  }
  const order = Object.keys(KINDS);
  return found.filter((v) => v !== null).sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}
