// What the verdicts say, in English: the source the page's catalog takes its English from (namespace
// `diagnostics`), with its Chinese typed key for key beside the other translations. The rules never build
// sentences: they pick a key here and the values it fills in (`say`), so the page can say them in any language.
// Formats: `int` whole number with grouping (∞ when not finite), `num` 3 significant digits, `pct` whole percent,
// `pct1` percent with one decimal, `lr` a learning rate as a person writes it.
import { speaker, type KeyPaths } from '../schema/message';

export const VERDICT_WORDS = {
  kinds: {
    nonFinite: 'The run diverged (NaN/Inf)',
    explodingGradients: 'Exploding gradients',
    vanishingGradients: 'Vanishing gradients',
    deadRelus: 'Dead ReLUs',
    saturated: 'Saturated units',
    lrTooHigh: 'Learning rate too high',
    lrTooLow: 'Learning rate too low',
    cannotOverfit: 'Cannot overfit a tiny training set',
    bothRising: 'Both losses rise',
    stuck: 'Stuck',
    dataProblem: 'Something is wrong with the training data',
    overfitting: 'Overfitting',
  },
  live: {
    explodingLoss:
      'The loss is exploding: {{loss, num}} at step {{step}}, from {{first, num}} at the start. The learning rate is ' +
      'probably too high (L04): try one ten times smaller.',
  },
  quantity: { activation: 'activations', gradient: 'gradients', weight: 'weights' },
  nonFinite: {
    where: 'the {{quantity}} of {{layer}} at step {{step, int}}',
    whereLoss: 'the loss at step {{step, int}}',
    appeared: 'A NaN/Inf appeared in {{where}}.',
    lossBecame: 'Loss became {{value}} at step {{step, int}}; the first NaN/Inf appeared in {{where}}.',
    nan: 'NaN',
    infinite: 'infinite',
    fromInit: '{{first}} Likely cause: exploding activations from N(0,1) init (D04, T05).',
    fromRate: '{{first}} Likely cause: the learning rate ({{rate, lr}}) is too high (L04).',
    tryInit: 'Try He init, or batch norm.',
  },
  exploding: {
    ratio: "Layer {{first}}'s gradient is {{ratio, int}}× larger than {{output}}'s",
    wild: 'The activations of {{layer}} have a standard deviation of {{std, num}}',
    both:
      "Layer {{first}}'s gradient is {{ratio, int}}× larger than {{output}}'s, and the activations of {{layer}} " +
      'have a standard deviation of {{std, num}}',
    message: '{{what}}: exploding gradients (T05, D09).',
    messageInit: '{{what}}: exploding gradients from N(0,1) init (T05, D09).',
    clipping: 'gradient clipping stops the explosion but only hides its cause (L09)',
    clippingOn: "this run's gradient clipping stops the explosion but only hides its cause (L09)",
    tail: '; {{clipping}}',
    otherwise: 'He init and batch norm are on already: try a learning rate 10× smaller ({{rate, lr}}); {{clipping}}.',
  },
  vanishing: {
    name: 'vanishing gradients',
    nameOf: 'vanishing gradients ({{activation}})',
    otherwise: 'He init and batch norm are on already: try fewer layers; the gradient shrinks through each (T02).',
    now:
      "Relative to its weights, layer {{first}}'s gradient is {{ratio, int}}× smaller than {{largest}}'s " +
      '(‖gradient‖ / ‖weights‖: {{firstRelative, num}} vs {{largestRelative, num}}; the raw norms differ ' +
      '{{raw, int}}×): {{name}}. With plain SGD, {{first}} changes {{ratio, int}}× more slowly than {{largest}}: ' +
      'the first layers barely learn (T02).{{adaptive}}',
    adaptive:
      " {{optimizer}} rescales each weight's step, which hides this in the step size: the measured update/weight " +
      'ratios are {{firstUpdate, num}} for {{first}} and {{largestUpdate, num}} for {{largest}}.',
    recovered:
      "Until step {{step, int}}, relative to its weights, layer {{first}}'s gradient was up to {{ratio, int}}× " +
      "smaller than {{largest}}'s (at step {{worstStep, int}}): {{name}} slowed the first layers early on (T02). " +
      'It has since recovered to {{now, int}}×.',
  },
  units: {
    dead:
      "{{fraction, pct}} of {{layer}}'s units output zero for every example of the batch in the last {{samples}} " +
      'health samples: dead ReLUs (L11).',
    saturated:
      "{{fraction, pct}} of {{layer}}'s outputs sit at the {{activation}}'s limits in the last {{samples}} health " +
      'samples: saturated units pass almost no gradient (T02).',
    tryRelu: 'Try ReLU (activation).',
  },
  rate: {
    exploded:
      'The loss reached {{loss, num}} at step {{step, int}}, over {{factor}}× its first value {{first, num}}: the ' +
      'learning rate ({{rate, lr}}) is too high (L04).',
    swings:
      'Over the last {{span, int}} steps the loss swings by ±{{std, num}} ({{share, pct}} of its starting value) ' +
      'without falling ({{start, num}} → {{end, num}}): the learning rate ({{rate, lr}}) looks too high (D02, L04).',
    flat:
      'After {{steps, int}} steps the loss has barely moved ({{start, num}} → {{end, num}}, under {{fall, pct}} ' +
      'lower): flat from the start, the learning rate ({{rate, lr}}) looks too low (D02).',
    tryLarger: 'Try a learning rate 10× larger ({{rate, lr}}); bisect between 0.1 and 0.0001 (L04).',
  },
  overfit: {
    oneBatch: 'one batch',
    oneExample: 'one example',
    cannot:
      'After {{steps, int}} steps on {{what}} the training accuracy is only {{accuracy, pct1}}: the model cannot ' +
      'overfit {{what}}: something in the model or pipeline is broken (D01).',
    tryCheck:
      'Check the output layer (logits, no activation), the labels and the input preprocessing; then the learning rate.',
  },
  curves: {
    range: '{{from, num}} → {{to, num}}',
    both: 'over the last {{evaluations}} evaluations (training {{train}}, test {{test}})',
    overfitting:
      'The training loss keeps falling ({{train}}) but the test loss has not beaten its best ({{best, num}} at step ' +
      '{{bestStep, int}}) for {{since}} evaluations and is now {{now, num}}: overfitting (L12).',
    overfittingOtherwise:
      'The run already has dropout, L2 weight decay, early stopping and all the training data: try a higher ' +
      'dropout rate or L2 penalty, or a smaller network (M05, L07).',
    bothRising: 'Both losses rise {{both}}: bad architecture or hyper-parameters (L12).',
    tryThenArchitecture: 'Try a learning rate 10× smaller ({{rate, lr}}), then revisit the architecture.',
    stuck:
      'Both losses are flat {{both}}, still at {{share, pct}} of the starting training loss: the run is stuck (L12).',
    tryLower: 'Try a lower learning rate (L12).',
    dataProblem:
      'The test loss falls ({{test}}) while the training loss stays flat at {{train, num}}, {{ratio, num}}× the ' +
      'test loss: something is wrong with the training data, e.g. noisy labels (L12, L02).',
    tryLabels: 'Check the training labels and preprocessing (label noise, normalisation).',
  },
  remedy: {
    relu: 'ReLU (activation)',
    leakyRelu: 'leaky ReLU (activation)',
    heInit: 'He init (initializer)',
    glorotInit: 'Glorot init (initializer)',
    batchNorm: 'batch norm',
    dropout: 'dropout',
    l2: 'L2 weight decay',
    moreData: 'more training data',
    earlyStopping: 'early stopping',
    smallerBatch: 'a smaller batch',
    tenthRate: 'a learning rate 10× smaller ({{rate, lr}})',
    lowerRate: 'a lower learning rate',
  },
  try: {
    remedies: 'Try {{remedies}}{{tail}}.',
    tenthRate: 'Try a learning rate 10× smaller ({{rate, lr}}).',
    tailL12: ' (L12)',
    tailM05L07: ' (M05, L07)',
  },
} as const;

export type VerdictWord = KeyPaths<typeof VERDICT_WORDS>;

/** A verdict's words as data: the key (typed: a misspelt key does not compile) and the values it fills in. */
export const say = speaker<typeof VERDICT_WORDS>('diagnostics:');
