// What the trainer, the store and the page's bridges tell a person: their English is kept beside the code that says
// it (one copy), and gathered here as the catalog's `messages` namespace.
import { BRIDGE_WORDS } from '../../../bridge/bridgeWords';
import { LINK_WORDS } from '../../../schema/linkWords';
import { OWN_DATA_WORDS } from '../../../schema/ownDatasetWords';
import { TRAINER_WORDS } from '../../../schema/trainerWords';
import { STORE_WORDS } from '../../../store/storeWords';

export const messages = {
  trainer: TRAINER_WORDS,
  store: STORE_WORDS,
  bridge: BRIDGE_WORDS,
  link: LINK_WORDS,
  ownData: OWN_DATA_WORDS,
};
