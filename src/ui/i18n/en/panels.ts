// The results column's own words in English: the selected run's statistics, the trainer's loading line and the
// question asked before trained results are thrown away.
export const panels = {
  stats: {
    label: 'Statistics of {{name}}',
    status: 'Status',
    step: 'Step',
    stepOf: '{{step}} / {{total}}',
    epoch: 'Epoch',
    firstLoss: 'First training loss',
    latestLoss: 'Latest training loss',
    testLoss: 'Test loss',
    testAccuracy: 'Test accuracy',
    monteCarlo: 'MC dropout test accuracy ({{samples}} passes)',
    trainAccuracy: 'Training-set accuracy',
    learningRate: 'Learning rate',
    samplesPerSecond: 'Samples/s',
    backend: 'Backend',
    runsOn: 'Runs on',
    runsOnValue: '{{thread}} ({{detail}})',
    worker: 'worker',
    mainThread: 'main thread',
    tensors: 'Tensors in memory',
    parameters: 'Parameters',
    examples: 'Training examples',
    examplesOf: '{{examples}} of {{dataset}}',
  },
  loading: {
    dataset: 'Loading {{dataset}}: {{received}} of {{total}} MB',
    starting: 'Starting the trainer…',
    failed: 'Training is unavailable: the message above says why.',
    ready: 'Ready to train.',
    readyOn: 'Ready to train on {{backend}}, in a worker.',
    readyOnMain: 'Ready to train on {{backend}}, in the main thread.',
  },
  confirm: {
    openLesson: 'Open the lesson “{{title}}”?',
    openLink: 'Open the new link?',
    unsaved_one:
      '1 run has trained results that are not in a downloaded file. The link opens another experiment in their place. To keep them, choose “Keep my runs” and download CSV or JSON first.',
    unsaved_other:
      '{{count}} runs have trained results that are not in a downloaded file. The link opens another experiment in their place. To keep them, choose “Keep my runs” and download CSV or JSON first.',
    unsavedLesson_one:
      '1 run has trained results that are not in a downloaded file. The lesson opens another experiment in their place. To keep them, choose “Keep my runs” and download CSV or JSON first.',
    unsavedLesson_other:
      '{{count}} runs have trained results that are not in a downloaded file. The lesson opens another experiment in their place. To keep them, choose “Keep my runs” and download CSV or JSON first.',
    openTheLesson: 'Open the lesson',
    openTheLink: 'Open the link',
    keepRuns: 'Keep my runs',
    change: 'Change {{setting}} of {{name}}?',
    thisRun: 'This run',
    trained_one:
      '{{name}} has trained 1 step. A new setting starts it afresh and clears its curves. A copy with the change keeps {{name}} as it is, to compare the two.',
    trained_other:
      '{{name}} has trained {{steps}} steps. A new setting starts it afresh and clears its curves. A copy with the change keeps {{name}} as it is, to compare the two.',
    addCopy: 'Add a copy with the change',
    changeAfresh: 'Change and start afresh',
    cancel: 'Cancel',
  },
};
