// What a verdict tells a person to try, built from the run's own settings: a remedy the run already has is left out
// (a sigmoid run with He init is not told to try He init), and a rule says what else to try when none is left.
import type { VerdictSettings } from './verdict';

/** Something a verdict may suggest, in the words of its "Try …" sentence, and how to tell that the run has it. */
export interface Remedy {
  text: string;
  has: (settings: VerdictSettings) => boolean;
}

/** The remedies the rules share, each with the setting that says the run already follows it. */
export const REMEDIES = {
  relu: { text: 'ReLU (activation)', has: (s) => s.activation === 'relu' },
  leakyRelu: { text: 'leaky ReLU (activation)', has: (s) => s.activation === 'leakyRelu' },
  heInit: { text: 'He init (initializer)', has: (s) => s.initializer === 'he' },
  glorotInit: { text: 'Glorot init (initializer)', has: (s) => s.initializer === 'glorot' },
  batchNorm: { text: 'batch norm', has: (s) => s.batchNorm !== 'off' },
  dropout: { text: 'dropout', has: (s) => s.dropout.some((rate) => rate > 0) },
  l2: { text: 'L2 weight decay', has: (s) => s.l2 > 0 },
  // The full set is all the training data the playground has.
  moreData: { text: 'more training data', has: (s) => s.trainingSubset === 'full' },
  earlyStopping: { text: 'early stopping', has: (s) => s.earlyStoppingPatience > 0 },
  smallerBatch: { text: 'a smaller batch', has: (s) => s.batchSize <= 1 },
} satisfies Record<string, Remedy>;

/** A remedy no setting can already hold, e.g. a learning rate computed from the run's own. */
export const always = (text: string): Remedy => ({ text, has: () => false });

/** "A", "A or B", "A, B, or C": the serial comma, so the last two of a long list are not read as one item. */
export function listed(items: readonly string[], conjunction: 'or' | 'and' = 'or'): string {
  if (items.length <= 2) return items.join(` ${conjunction} `);
  return `${items.slice(0, -1).join(', ')}, ${conjunction} ${items.at(-1)}`;
}

/**
 * "Try A, B, or C{tail}." from the remedies (in the order given) the run does not have yet; `otherwise`, a whole
 * sentence, when it has them all.
 */
export function tryRemedies(
  settings: VerdictSettings,
  remedies: readonly Remedy[],
  { tail = '', otherwise }: { tail?: string; otherwise: string },
): string {
  const left = remedies.filter((remedy) => !remedy.has(settings)).map((remedy) => remedy.text);
  return left.length ? `Try ${listed(left)}${tail}.` : otherwise;
}
