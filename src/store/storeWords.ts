// What the store tells a person about the runs it keeps, in English: the source of the catalog's
// `messages:store.` keys (Chinese typed key for key in src/ui/i18n). The store keeps messages as data
// (`sayStore`), never sentences, so a language switch re-says them.
import { speaker } from '../schema/message';

export const STORE_WORDS = {
  imported: 'Imported from a file (it was {{status}} then); duplicate it to train it again.',
  tooManyRuns: 'An experiment holds at most {{max}} runs: remove one first.',
  importTooMany: 'Only {{max}} runs fit in an experiment: remove {{excess}} first.',
  import: {
    tooBig:
      'This file is {{size, int}} MB, larger than any export the page can import (at most {{max, int}} MB, for ' +
      '{{points, int}} points).',
    tooManyPoints: 'This export holds {{count, int}} points, more than the {{limit, int}} the page can import.',
    tooManyEvaluations:
      'This export holds {{count, int}} evaluations, more than the {{limit, int}} the page can import.',
    notJson: 'This file is not JSON, so it is not a training-playground export.',
    notExport: 'This file is not a training-playground export',
    noVersion: 'This export has no readable version number.',
    newer:
      'This export was written by a newer playground (export version {{version}}; this one reads up to ' +
      '{{newest}}), so it cannot be imported here.',
    noList: 'This export has no list of runs.',
    noRuns: 'This export holds no runs.',
    tooManyRuns: 'Runs {{from}}–{{to}}: an import holds at most {{max}} runs; they were left out.',
    noneImported: 'No run could be imported. {{problems}}',
    run: 'Run {{n}}',
    runNamed: 'Run {{n}} (“{{name}}”)',
    leftOut: '{{run}}: {{detail}}; it was left out.',
    badSettings: '{{run}}: its settings are invalid ({{detail}}); it was left out.',
    unorderedEvaluations: '{{run}}: evaluations.{{index}}: evaluation steps must increase; it was left out.',
    badColour: '{{run}}: its colour is not #rrggbb; it was given {{colour}}.',
    lengths: 'series: steps, losses, learningRates and seconds differ in length ({{lengths}})',
    notWholeStep: 'series.steps.{{index}}: not a whole number ≥ 0',
    unorderedSteps: 'series.steps.{{index}}: steps must increase',
    notNumber: 'series.{{name}}.{{index}}: not a number',
  },
} as const;

export const sayStore = speaker<typeof STORE_WORDS>('messages:store.');
