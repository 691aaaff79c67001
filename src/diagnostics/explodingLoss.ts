// Too high a learning rate makes the loss suddenly "fly" (L04). Finite but exploding losses get a warning; the
// non-finite ones stop the run in the trainer.
import type { Message } from '../schema/message';
import { say } from './verdictWords';

/** A loss this many times the first one counts as exploding: a fresh classifier starts near ln(classes). */
export const EXPLODING_FACTOR = 10;

export interface ExplodingLoss {
  step: number;
  loss: number;
  firstLoss: number;
}

/** The first step whose finite loss exceeds EXPLODING_FACTOR × the first loss, from `from` on; null if none. */
export function findExplodingLoss(steps: readonly number[], losses: readonly number[], from = 0): ExplodingLoss | null {
  const firstLoss = losses[0];
  if (firstLoss === undefined || !Number.isFinite(firstLoss) || firstLoss <= 0) return null;
  for (let i = Math.max(1, from); i < losses.length; i++) {
    const loss = losses[i]!;
    if (Number.isFinite(loss) && loss > EXPLODING_FACTOR * firstLoss) return { step: steps[i]!, loss, firstLoss };
  }
  return null;
}

export function explodingLossMessage({ step, loss, firstLoss }: ExplodingLoss): Message {
  return say('live.explodingLoss', { loss, step, first: firstLoss });
}
