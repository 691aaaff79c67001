// What sets one run's settings apart from another's: the baseline's for its legend entry, its source's for a
// duplicate's name. Only settings that have an effect in the run are named (momentum is not news for an Adam
// run). The words are the page's (src/ui/settingWords.ts renders them through the catalog); the English here
// is the schema's own labels, for code without a catalog (the store's default names, tests).
import { EXPERIMENT_FIELDS, type Experiment, type ExperimentFieldName } from './experiment';
import { isRelevant } from './fields';

const FIELD_NAMES = Object.keys(EXPERIMENT_FIELDS) as ExperimentFieldName[];

/** One setting of a run that differs from another run's, with the run's value. */
export interface SettingChange<K extends ExperimentFieldName = ExperimentFieldName> {
  name: K;
  value: Experiment[K];
}

const comparable = (value: unknown): string => (Array.isArray(value) ? value.join(',') : String(value));

/** The settings of `run` that differ from `baseline` and matter in `run`, in the settings panel's order. */
export function differingFields(baseline: Experiment, run: Experiment): ExperimentFieldName[] {
  return FIELD_NAMES.filter(
    (name) => comparable(baseline[name]) !== comparable(run[name]) && isRelevant(EXPERIMENT_FIELDS[name], run),
  );
}

/** As differingFields, each with the run's value. */
export function settingChanges(baseline: Experiment, run: Experiment): SettingChange[] {
  return differingFields(baseline, run).map((name) => ({ name, value: run[name] }));
}

/** A choice's option label ("SGD with momentum" for `momentum`); the raw value for anything else. */
export function optionLabel(name: ExperimentFieldName, value: unknown): string | undefined {
  const field = EXPERIMENT_FIELDS[name];
  if (field.kind !== 'choice') return undefined;
  return (field.options as readonly { value: string; label: string }[]).find((option) => option.value === value)?.label;
}

/** "Optimizer: SGD with momentum", from the schema's English labels. */
export function englishChange({ name, value }: SettingChange): string {
  const shown = Array.isArray(value)
    ? value.length
      ? value.join(', ')
      : 'none'
    : typeof value === 'boolean'
      ? value
        ? 'on'
        : 'off'
      : (optionLabel(name, value) ?? String(value));
  return `${EXPERIMENT_FIELDS[name].label}: ${shown}`;
}
