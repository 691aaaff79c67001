// What the store tells a person about the runs it keeps, in English: the source of the catalog's
// `messages:store.` keys (Chinese typed key for key in src/ui/i18n). The store keeps messages as data
// (`sayStore`), never sentences, so a language switch re-says them.
import { speaker } from '../schema/message';

export const STORE_WORDS = {
  imported: 'Imported from a file (it was {{status}} then); duplicate it to train it again.',
  tooManyRuns: 'An experiment holds at most {{max}} runs: remove one first.',
  importTooMany: 'Only {{max}} runs fit in an experiment: remove {{excess}} first.',
} as const;

export const sayStore = speaker<typeof STORE_WORDS>('messages:store.');
