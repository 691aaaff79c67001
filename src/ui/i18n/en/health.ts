// The diagnosis column's words in English: the health charts, the histograms, the test-set results and the
// verdict list's own lines (the verdicts themselves are in `diagnostics`).
export const health = {
  region: 'Health of {{name}}',
  title: 'Diagnosis of {{name}}',
  whenMeasured: 'Measured on steps 1, 2, 3, 5, 10, 20 and every 50th once the run trains.',
  gradients: {
    figure: 'Gradient per layer',
    caption: 'Gradient per layer, {{measure}} (log scale)',
    show: 'Show',
    relative: '‖gradient‖ / ‖weights‖',
    norm: '‖gradient‖',
  },
  activations: {
    figure: 'Layer activations',
    caption: 'Activations per layer at step {{step}}',
    std: 'activation std',
    dead: 'dead fraction',
    saturated: 'saturated fraction',
  },
  histograms: {
    figure: 'Layer histogram',
    caption: 'Histograms over time',
    layer: 'Layer',
    values: 'Values',
    activations: 'activations',
    weights: 'weights',
    atStep: 'At step',
    activationsOf: 'Activations of {{layer}}',
    weightsOf: 'Weights of {{layer}}',
  },
  tests: {
    region: 'Test results of {{name}}',
    title: 'Test set at step {{step}}: {{name}}',
    confusion: 'Confusion matrix',
    confusionCaption: 'Confusion matrix: rows are the true class, columns the predicted one (counts on the test set)',
    corner: 'true ↓ / predicted →',
    mistakes: 'Most confident mistakes',
    mistakesTitle: 'Most confident mistakes (true → predicted)',
  },
  verdicts: {
    label: 'Verdicts',
    none: 'No problem detected so far.',
    waiting: 'Verdicts appear once the run trains.',
  },
};
