// The settings panel's words in English, derived from the schema, which declares every setting's label, hint and
// options once (the link codec, the engine's messages and `npm run lessons` read them there too): one English copy,
// not two kept by hand. The Chinese file is typed from this shape, so a setting without its Chinese does not compile.
import { EXPERIMENT_FIELDS, type ExperimentFieldName } from '../../../schema/experiment';
import type { FieldGroup } from '../../../schema/fields';
import { LEARNING_RATE_NOTE_TEXTS } from '../../../schema/usualLearningRate';
import { PROBLEM_PLACES, PROBLEM_TEXTS, type ProblemCode } from '../../../schema/problems';

type Fields = typeof EXPERIMENT_FIELDS;

/** A setting's words: a choice also names each of its options, by value. */
export type FieldTexts<F> = F extends { options: readonly { value: infer V extends string }[] }
  ? { label: string; hint: string; options: Record<V, string> }
  : { label: string; hint: string };

export const FIELD_GROUPS = [
  'Data',
  'Model',
  'Optimization',
  'Regularization',
  'Evaluation',
] as const satisfies readonly FieldGroup[];

function textsOf(name: ExperimentFieldName): FieldTexts<Fields[typeof name]> {
  const field = EXPERIMENT_FIELDS[name];
  const texts = { label: field.label, hint: field.hint };
  if (field.kind !== 'choice') return texts as FieldTexts<Fields[typeof name]>;
  const options = Object.fromEntries(field.options.map((option) => [option.value, option.label]));
  return { ...texts, options } as FieldTexts<Fields[typeof name]>;
}

const settings = Object.fromEntries(
  (Object.keys(EXPERIMENT_FIELDS) as ExperimentFieldName[]).map((name) => [name, textsOf(name)]),
) as { [K in ExperimentFieldName]: FieldTexts<Fields[K]> };

export const fields = {
  settings,
  groups: Object.fromEntries(FIELD_GROUPS.map((group) => [group, group])) as Record<FieldGroup, string>,
  problems: PROBLEM_TEXTS as Record<ProblemCode, string>,
  problemPlaces: PROBLEM_PLACES as Record<keyof typeof PROBLEM_PLACES, string>,
  panel: {
    label: 'Experiment settings',
    title: 'Settings of',
    pauseToChange: 'Pause to change settings; a change starts the run afresh.',
    importedRun: 'An imported run shows saved results: duplicate it to train.',
  },
  learningRateNote: {
    ...(LEARNING_RATE_NOTE_TEXTS as Record<keyof typeof LEARNING_RATE_NOTE_TEXTS, string>),
    use: 'Use {{rate}}',
  },
};
