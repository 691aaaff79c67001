// Why a setting or a whole config was refused, as data: a code, the values it names, and the path of the setting.
// The English of each code lives here, once (problemText renders it for the link codec, the import and the engine,
// which speak English); the page renders the same codes through its catalog, in its language.
import type { Message } from './message';
import { EXPERIMENT_FIELDS } from './experiment';
import { fillTemplate, type PhraseParams } from './phrase';

/** Each problem's English; `{{name}}` is one of its params. A field's problem is shown after its label. */
export const PROBLEM_TEXTS = {
  notOneOf: 'must be one of {{values}}',
  notNumber: 'must be a number',
  notFinite: 'must be a finite number',
  notWhole: 'must be a whole number',
  tooSmall: 'must be at least {{min}}',
  tooLarge: 'must be at most {{max}}',
  itemOutOfRange: 'must be between {{min}} and {{max}}',
  notListOfWholeNumbers: 'must be a list of whole numbers',
  notListOfNumbers: 'must be a list of numbers',
  needsOneItem: 'needs at least 1 item',
  tooFewItems: 'needs at least {{min}} items',
  tooManyItems: 'allows at most {{max}} items',
  notBoolean: 'must be true or false',
  missing: 'is missing',
  invalid: 'is not valid',
  unknownSetting: 'unknown setting',
  oneExampleBatch: 'training on one example needs batch size 1 (it is {{batchSize}})',
  examplesBelowBatch:
    '{{examples}} examples cannot fill one batch of {{batchSize}}; use at least {{batchSize}} or a smaller batch',
  ratesForBoundary: '1 boundary needs {{needed}} rates, not {{given}}',
  ratesForBoundaries: '{{boundaries}} boundaries need {{needed}} rates, not {{given}}',
  mustIncrease: 'must increase',
  noLayerBeyondOne: 'the model has 1 hidden layer, so there is no layer {{layers}}',
  noLayerBeyond: 'the model has {{count}} hidden layers, so there is no layer {{layers}}',
  dropoutCount: 'give one rate for all hidden layers or one per hidden layer ({{hidden}}), not {{given}}',
  mcDropoutNeedsDropout: 'Monte Carlo dropout needs a dropout rate above 0',
  sigmoidRegression: 'a sigmoid output lies in (0, 1) and cannot reach class numbers up to 9 in regression',
  notAnObject: 'The experiment must be an object of settings.',
  versionInvalid: 'missing or not a positive whole number',
  versionNewer: '{{version}} was written by a newer playground (this one reads up to {{newest}})',
  runImported: 'This run was imported from a file and shows saved results: duplicate it to train it again.',
  runTraining: 'Pause this run before changing its settings.',
} as const;

export type ProblemCode = keyof typeof PROBLEM_TEXTS;

/** How a problem is placed: after the setting it is about (and the list item), or marked as not applied. */
export const PROBLEM_PLACES = {
  at: '{{where}}: {{text}}',
  item: '{{label}} (item {{item}})',
  notApplied: 'Not applied: {{text}}',
} as const;

export interface Problem {
  /** Dotted path of the offending value, e.g. `hiddenLayers.2`; empty for the whole config. */
  path: string;
  code: ProblemCode;
  params: PhraseParams;
}

/** One language's words for problems: a problem's text, its placing, and each setting's label. */
export interface ProblemWords {
  text: (code: ProblemCode, values: Readonly<Record<string, string | number>>) => string;
  place: (code: keyof typeof PROBLEM_PLACES, values: Readonly<Record<string, string | number>>) => string;
  label: (field: keyof typeof EXPERIMENT_FIELDS) => string;
}

const ENGLISH: ProblemWords = {
  text: (code, values) => fillTemplate(PROBLEM_TEXTS[code], values),
  place: (code, values) => fillTemplate(PROBLEM_PLACES[code], values),
  label: (field) => EXPERIMENT_FIELDS[field].label,
};

/** The values a problem names, as text (a problem's params are never phrases). */
const valuesOf = (problem: Problem) =>
  Object.fromEntries(
    Object.entries(problem.params).map(([name, value]) => [name, typeof value === 'object' ? '' : value]),
  );

/** The reason alone, without the setting it is about: "must be at most 10". */
export const problemReason = (problem: Problem, words: ProblemWords = ENGLISH): string =>
  words.text(problem.code, valuesOf(problem));

/** "Hidden layer sizes (item 2): must be between 8 and 1024": the problem after what it is about, in `words`. */
export function problemText(problem: Problem, words: ProblemWords = ENGLISH): string {
  const text = problemReason(problem, words);
  if (problem.path === '') return text;
  const [head, item] = problem.path.split('.');
  if (head === undefined || !Object.hasOwn(EXPERIMENT_FIELDS, head))
    return words.place('at', { where: problem.path, text });
  const label = words.label(head as keyof typeof EXPERIMENT_FIELDS);
  const where = item === undefined ? label : words.place('item', { label, item: Number(item) + 1 });
  return words.place('at', { where, text });
}

/** The reason alone as a message of the page's catalog (`fields:problems.<code>`). */
export const reasonMessage = (problem: Problem): Message => ({
  code: `fields:problems.${problem.code}`,
  params: valuesOf(problem),
});

/** A setting's label as a message of the page's catalog. */
export const labelMessage = (field: keyof typeof EXPERIMENT_FIELDS): Message => ({
  code: `fields:settings.${field}.label`,
});

/** problemText as a message: the page says it in its language, as it says a field's problem. */
export function problemMessage(problem: Problem): Message {
  const text = reasonMessage(problem);
  if (problem.path === '') return text;
  const [head, item] = problem.path.split('.');
  if (head === undefined || !Object.hasOwn(EXPERIMENT_FIELDS, head))
    return { code: 'fields:problemPlaces.at', params: { where: problem.path, text } };
  const label = labelMessage(head as keyof typeof EXPERIMENT_FIELDS);
  const where: Message =
    item === undefined ? label : { code: 'fields:problemPlaces.item', params: { label, item: Number(item) + 1 } };
  return { code: 'fields:problemPlaces.at', params: { where, text } };
}

/** The same problem: same setting, same reason, same values. */
export function sameProblem(a: Problem, b: Problem): boolean {
  return a.path === b.path && JSON.stringify([a.code, a.params]) === JSON.stringify([b.code, b.params]);
}
