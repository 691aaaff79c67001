// Verdicts: pure rules that read a run's metric streams and tell a learner, in plain words, why the run fails and
// which knob to try, citing the tips of shared/TIPS.md. Thresholds, titles and types live in verdict.ts.
import { exploding, isFiniteSample, nonFinite, unitRules, vanishing } from './healthVerdicts';
import { cannotOverfit, finitePoints, lossPattern, lossSummary, lrTooHigh, lrTooLow } from './lossVerdicts';
import { inKindOrder, THRESHOLDS, type Verdict, type VerdictInput } from './verdict';

export { THRESHOLDS, type Verdict, type VerdictInput, type VerdictKind } from './verdict';

/**
 * Every verdict that holds, in KINDS order: the divergence, the health signs that explain it, the loss curves. This
 * reads the whole history and is the definition; VerdictTracker gives the same verdicts from what was appended.
 */
export function verdictsFor(input: VerdictInput): Verdict[] {
  const finite = input.health.filter(isFiniteSample);
  const recent = finite.slice(-THRESHOLDS.healthWindow);
  const diverged = nonFinite(input);
  const found = [diverged, exploding(input, recent), vanishing(input, finite), ...unitRules(input, recent)];
  // Loss-curve rules would only read the blow-up of a diverged run.
  if (!diverged) {
    const points = finitePoints(input.training);
    const summary = lossSummary(points);
    const high = lrTooHigh(input, summary);
    const low = high ? null : lrTooLow(input, summary);
    found.push(high, low, cannotOverfit(input), lossPattern(input, points, low !== null));
  }
  return inKindOrder(found);
}
