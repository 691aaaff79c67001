// The English of every sentence a lesson's verdict is made of, by code (outcomes.ts builds verdicts as phrases of
// these codes; `npm run lessons` prints them in English, the page in its own language through the catalog).
// `{{name}}` marks a value: a run's name, a number as shown, or a smaller phrase.
import type { OutcomeVerdict } from './outcomes';

export const VERDICT_TEXTS = {
  holds: 'Holds: {{detail}}.',
  undecided: 'Not yet decided: {{detail}}.',
  fails: 'Does not hold in this run: {{detail}}.',
  listSeparator: '; ',
  // Where a value was read.
  atStep: 'at step {{step}}',
  atStepLastMeasured: 'at step {{step}} (last measured at steps {{a}} and {{b}})',
  atEnd: 'at the end',
  atEndStep: 'at the end (step {{step}})',
  atEnds: 'at their ends (steps {{a}} and {{b}})',
  // What was read.
  testAccuracy: 'test accuracy',
  testLoss: 'test loss',
  trainLossLast: 'training loss (mean of the last {{window}} steps)',
  trainLossSteps: 'training loss (mean of steps {{from}}–{{to}})',
  meanOfSteps: 'mean of steps {{from}}–{{to}}',
  // A run that cannot be read where asked.
  divergedAt: '{{name}} diverged at step {{step}}',
  endedBefore: '{{name}} ended at step {{last}}, before step {{step}}',
  noEvaluationBy: '{{name}} has no test evaluation by step {{step}}',
  stoppedBeforeEnd: '{{name}} was stopped at step {{step}}, before its end',
  endedBeforeFirstStep: '{{name}} ended before its first step',
  endedWithoutEvaluation: '{{name}} ended without a test evaluation',
  notMeasuredYet:
    '{{what}} {{at}} is not measured yet ({{name}} is at step {{step}}, {{otherName}} at step {{otherStep}})',
  // beats / matches.
  valueAgainstDiverged: '{{name}} {{value}} {{what}} {{where}}; {{diverged}}',
  notFiniteAgainstDiverged: "{{name}}'s {{what}} is {{value}} {{where}}; {{diverged}}",
  measured: '{{name}} {{value}} vs {{otherName}} {{otherValue}} {{what}} {{where}}',
  aheadBy: 'ahead by {{points}} points',
  behindBy: 'behind by {{points}} points',
  pointsNeeded: '{{measured}}: {{gap}}, at least {{needed}} needed',
  timesLower: '{{ratio}}× lower',
  timesHigher: '{{ratio}}× higher',
  factorNeeded: '{{measured}}: {{gap}}, at least {{needed}}× lower needed',
  pointsApart: '{{measured}}: {{points}} points apart, at most {{allowed}} allowed',
  // improves.
  comparedAtStep: '{{name}} is at step {{step}}; its training loss is compared at step {{toStep}}',
  fellBy: 'fell {{ratio}}×',
  roseBy: 'rose {{ratio}}×',
  lossChange:
    "{{name}}'s training loss {{change}}, from {{before}} ({{beforeWindow}}) to {{after}} ({{afterWindow}}), a fall of at least {{needed}}× needed",
  // diverges / explodes / staysFinite.
  lossBecame: "{{name}}'s loss became {{loss}} at step {{step}}",
  withinSteps: '{{event}}, within {{steps}} steps',
  largest: 'largest {{loss}}',
  stayedFiniteThrough: "{{name}}'s loss stayed finite through step {{step}} ({{largest}})",
  stayedFiniteToEnd: "{{name}}'s loss stayed finite to its last step, {{step}} ({{largest}})",
  endedWithoutDiverging: '{{name}} ended at step {{step}} without diverging',
  finiteSoFar: '{{name}} is at step {{step}} of {{of}}, finite so far',
  lossReached: "{{name}}'s loss reached {{peak}} at step {{step}}, {{ratio}}× its first ({{first}})",
  underFactor: '{{flight}}: under the {{factor}}× asked for, by step {{step}}',
  notYetFactor: '{{name}} is at step {{step}} of {{of}}, its loss not yet {{factor}}× its first',
  // reachesFirst.
  accuracyTarget: '{{percent}}% test accuracy',
  best: 'best {{value}}',
  notEvaluatedYet: 'not evaluated yet',
  bothReached: '{{name}} and {{otherName}} both reached {{target}} at step {{step}}',
  reachedFirst: '{{first}} reached {{target}} at step {{step}}, {{second}} only at step {{secondStep}}',
  reachedOtherNot: '{{name}} reached {{target}} at step {{step}}; {{otherName}} {{state}} ({{best}})',
  neverDid: 'never did',
  hadNotBy: 'had not by step {{step}}',
  reachedOtherAt: '{{name}} reached {{target}} at step {{step}}; {{otherName}} is at step {{otherStep}} ({{best}})',
  endedWithoutReaching: '{{name}} ended without reaching {{target}} ({{best}})',
  neitherReached: 'neither run has reached {{target}} yet ({{name}} {{best}}, {{otherName}} {{otherBest}})',
} as const satisfies Record<OutcomeVerdict, string> & Record<string, string>;

export type VerdictCode = keyof typeof VERDICT_TEXTS;
