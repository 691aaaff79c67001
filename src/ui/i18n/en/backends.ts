// What the trainer says about its backend is kept beside the code that says it (src/schema/backendWords.ts); the
// catalog takes it from there, so there is one English copy. `page` holds the page's own labels around it.
import { BACKEND_WORDS } from '../../../schema/backendWords';

export const backends = {
  ...BACKEND_WORDS,
  page: {
    why: 'Why this backend',
    measured: 'Measured step times',
    timing: '{{backend}} {{ms, ms}} ms',
    timings: '{{list}} (measured in {{seconds, ratio}} s)',
    timingsRemembered: '{{list}} (measured earlier for this model)',
  },
} as const;
