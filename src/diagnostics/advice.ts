// What a verdict tells a person to try, built from the run's own settings: a remedy the run already has is left out
// (a sigmoid run with He init is not told to try He init), and a rule says what else to try when none is left.
import type { Message } from '../schema/message';
import type { VerdictSettings } from './verdict';
import { say } from './verdictWords';

/** Something a verdict may suggest, in the words of its "Try …" sentence, and how to tell that the run has it. */
export interface Remedy {
  text: Message;
  has: (settings: VerdictSettings) => boolean;
}

/** The remedies the rules share, each with the setting that says the run already follows it. */
export const REMEDIES = {
  relu: { text: say('remedy.relu'), has: (s) => s.activation === 'relu' },
  leakyRelu: { text: say('remedy.leakyRelu'), has: (s) => s.activation === 'leakyRelu' },
  heInit: { text: say('remedy.heInit'), has: (s) => s.initializer === 'he' },
  glorotInit: { text: say('remedy.glorotInit'), has: (s) => s.initializer === 'glorot' },
  batchNorm: { text: say('remedy.batchNorm'), has: (s) => s.batchNorm !== 'off' },
  dropout: { text: say('remedy.dropout'), has: (s) => s.dropout.some((rate) => rate > 0) },
  l2: { text: say('remedy.l2'), has: (s) => s.l2 > 0 },
  // The full set is all the training data the playground has.
  moreData: { text: say('remedy.moreData'), has: (s) => s.trainingSubset === 'full' },
  earlyStopping: { text: say('remedy.earlyStopping'), has: (s) => s.earlyStoppingPatience > 0 },
  smallerBatch: { text: say('remedy.smallerBatch'), has: (s) => s.batchSize <= 1 },
} satisfies Record<string, Remedy>;

/** A remedy no setting can already hold, e.g. a learning rate computed from the run's own. */
export const always = (text: Message): Remedy => ({ text, has: () => false });

/**
 * "Try A, B, or C{tail}." from the remedies (in the order given) the run does not have yet; `otherwise`, a whole
 * sentence, when it has them all. The list is joined as the reader's language joins alternatives.
 */
export function tryRemedies(
  settings: VerdictSettings,
  remedies: readonly Remedy[],
  { tail = '', otherwise }: { tail?: Message | ''; otherwise: Message },
): Message {
  const left = remedies.filter((remedy) => !remedy.has(settings)).map((remedy) => remedy.text);
  return left.length ? say('try.remedies', { remedies: { items: left, join: 'or' }, tail }) : otherwise;
}
