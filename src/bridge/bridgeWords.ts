// What the page's connection to the trainer and to the address bar tells a person, in English: the source of the
// catalog's `messages:bridge.` keys (Chinese typed key for key in src/ui/i18n).
import { speaker } from '../schema/message';

export const BRIDGE_WORDS = {
  trainerDied: 'The trainer stopped unexpectedly ({{reason}}). Reload the page to start again.',
  trainerFailed: 'The trainer could not start: {{reason}}',
  mainThread: "Training runs on the page's main thread: {{reason}}.",
  /** Why the trainer left its worker (the `reason` above). */
  why: {
    noWorkers: 'this browser has no Web Workers',
    noWebglInWorker: 'WebGL is not available inside a worker in this browser',
    workerFailed: 'the worker failed: {{detail}}',
    workerNotCreated: 'the worker could not be created: {{detail}}',
  },
  linkProblems: "Some of the link's settings were not used: {{problems}}",
  fileTooLarge: 'This file is too large for this browser to read at once: it gave up after {{size, int}} MB.',
  fileUnreadable: 'The file could not be read ({{detail}}).',
  fileFailed: 'The file could not be read: {{detail}}.',
} as const;

export const sayBridge = speaker<typeof BRIDGE_WORDS>('messages:bridge.');
