// How runs are named and told apart: legend entries, the run card's line under the name, a duplicate's name, a
// run's status, and the values the chart reads out. `{{name}}` and the like are filled in when shown.
export const runs = {
  legend: {
    label: 'Legend',
    baseline: '{{name}} (baseline)',
    /** A run's name, then what differs from the baseline that its name does not already say. */
    withChanges: '{{name}} — {{changes}}',
    sameSettings: 'same settings',
    divergedAt: '(diverged at step {{step}})',
  },
  card: {
    baseline: 'Baseline: the other runs are compared with it',
    sameSettings: 'Same settings as the baseline',
  },
  setting: {
    change: '{{label}}: {{value}}',
    /** Between two changed settings. */
    separator: ' · ',
    /** Between the numbers of a list setting (hidden layer sizes). */
    listSeparator: ', ',
    on: 'on',
    off: 'off',
    none: 'none',
  },
  names: {
    copy: '{{name}} (copy)',
    copyNumbered: '{{name}} (copy {{n}})',
    /** A name another run already has, numbered. */
    numbered: '{{name}} ({{n}})',
  },
  status: {
    settingUp: 'Setting up',
    ready: 'Ready',
    training: 'Training',
    paused: 'Paused',
    finished: 'Finished',
    diverged: 'Diverged',
    stopped: 'Stopped',
    imported: 'Imported',
    stoppedByError: 'Stopped by an error',
    startsWhenLoaded: 'Starts when {{dataset}} has loaded',
    starting: 'Starting…',
    pausing: 'Pausing…',
    stopping: 'Stopping…',
    trainerStarting: 'Starting',
    loadingData: 'Loading data',
    divergedAt: 'Diverged at step {{step}}',
    atStep: '{{status}} · step {{step}}',
  },
  chart: {
    noData: 'no data yet',
    diverged: '{{name}} diverged',
    summary: '{{metric}} against {{axis}}: {{values}}',
    summaryValue: '{{name}} {{value}}',
    hoverValue: '{{name}}: {{value}}',
    figure: 'Training curves',
    caption: '{{metric}} against {{axis}}',
    yAxis: 'Y axis',
    xAxis: 'X axis',
    metric: {
      trainLoss: 'Training loss',
      testLoss: 'Test loss',
      testAccuracy: 'Test accuracy',
      learningRate: 'Learning rate',
    },
    axis: { step: 'step', epoch: 'epoch', seconds: 'seconds of training' },
    controls: {
      metric: 'Chart',
      axis: 'X axis',
      layout: 'Layout',
      overlay: 'All runs on one chart',
      panels: 'One panel per run',
      smoothing: 'Smoothing',
      logScale: 'Log scale',
    },
  },
};
