// What the import of a person's own data says is kept beside the parsers that say it (src/schema/ownDataWords.ts);
// the catalog takes it from there, so there is one English copy.
import { OWN_DATA_WORDS } from '../../../schema/ownDataWords';

export const ownData = OWN_DATA_WORDS;
