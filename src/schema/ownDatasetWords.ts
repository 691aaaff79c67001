// What the page says about a person's own datasets, in English: the source of the catalog's `messages:ownData.`
// keys (Chinese typed key for key in src/ui/i18n).
import { speaker } from './message';

export const OWN_DATA_WORDS = {
  missing:
    'This link trains on “{{title}}” (fingerprint {{fingerprint}}), a dataset of its author’s that this browser does ' +
    'not have; it opened on MNIST instead. Import that dataset to train on it.',
  notes: '{{notes}}',
  withLinkProblems: '{{missing}} {{problems}}',
  notInBrowser: 'The dataset “{{title}}” is not in this browser (removed, or never imported here); import it again.',
} as const;

export const sayOwnData = speaker<typeof OWN_DATA_WORDS>('messages:ownData.');
