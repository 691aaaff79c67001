// Messages said in English by a catalog of their own: what tests of the lower layers read, so they check the very
// sentences the page shows an English reader.
import type { Message } from '../../schema/message';
import { createCatalog } from './catalog';
import { sayMessage } from './say';

const catalog = createCatalog('en');

export const english = (message: Message): string => sayMessage(catalog, message);
