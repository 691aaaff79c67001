// What the trainer (engine and data loading, in the worker) tells the page, in English: the source of the catalog's
// `messages:trainer.` keys, with the Chinese typed key for key in src/ui/i18n. The trainer sends keys and values
// (`sayTrainer`), never sentences. It lives in schema because both sides of the worker boundary need the keys.
// `{{detail}}` carries text from outside our code (a browser or TF.js error), which stays as it came.
import { speaker } from './message';

export const TRAINER_WORDS = {
  stoppedAsAsked: 'Stopped at step {{step}}, as asked.',
  stoppedByError: 'Training stopped at step {{step}}: {{detail}}',
  earlyStoppingOne: 'Early stopping at step {{step}}: the test loss has not improved for 1 evaluation.',
  earlyStopping: 'Early stopping at step {{step}}: the test loss has not improved for {{patience}} evaluations.',
  diverged: 'Loss became {{value}} at step {{step}}: the run diverged and was stopped.',
  noRun:
    'There is no run to train: the last settings could not be set up (see the message above). Change a setting to ' +
    'try again.',
  contextLost:
    'The GPU (WebGL context) was lost, so training stopped: its results would be garbage. Reload the page to start ' +
    'again.',
  contextLostTrain: 'The GPU (WebGL context) was lost. Reload the page to train again.',
  resumed: '{{lost}} was lost at step {{lostAt}}; resumed from step {{from}} on {{backend}}.',
  internal: '{{detail}}',
  noBackend: 'No TF.js backend could start: {{detail}}',
  settings: '{{detail}}',
  data: {
    failed: 'Loading the dataset failed: {{detail}}',
    missing: 'The {{dataset}} dataset is missing ({{file}} could not be loaded). Run `npm install` to build it.',
    malformed: '{{file}} is malformed. Run `npm install` to rebuild the dataset.',
    corrupt: 'The {{dataset}} dataset is corrupt: {{detail}}.',
    badLabel: '{{file}}: label {{label}} at index {{index}} is not a class (0–{{last}})',
    download: 'Could not download {{file}}: {{detail}}',
    http: 'Could not download {{file}} (HTTP {{status}}). The dataset assets are built by `npm install`.',
    gzip: '{{file}} is corrupt: it could not be decompressed ({{detail}}).',
  },
} as const;

export const sayTrainer = speaker<typeof TRAINER_WORDS>('messages:trainer.');
