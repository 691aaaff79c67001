// The verdicts' English is kept beside the rules that say it (src/diagnostics/verdictWords.ts); the catalog takes it
// from there, so there is one English copy.
export { VERDICT_WORDS as diagnostics } from '../../../diagnostics/verdictWords';
