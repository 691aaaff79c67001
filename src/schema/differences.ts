// What sets one run apart from the baseline, in a few words for its legend entry: "optimizer: sgd, learning
// rate: 0.1". Only settings that have an effect in the run are named (momentum is not news for an Adam run).
import { EXPERIMENT_FIELDS, type Experiment, type ExperimentFieldName } from './experiment';
import { isRelevant } from './fields';

const FIELD_NAMES = Object.keys(EXPERIMENT_FIELDS) as ExperimentFieldName[];

function shown(value: unknown): string {
  if (Array.isArray(value)) return value.length ? value.join('-') : 'none';
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  return String(value);
}

/** The settings of `run` that differ from `baseline` and matter in `run`, in the settings panel's order. */
export function differingFields(baseline: Experiment, run: Experiment): ExperimentFieldName[] {
  return FIELD_NAMES.filter(
    (name) => shown(baseline[name]) !== shown(run[name]) && isRelevant(EXPERIMENT_FIELDS[name], run),
  );
}

/** "optimizer: sgd, learning rate: 0.1"; "same settings" when nothing that matters differs. */
export function describeDifferences(baseline: Experiment, run: Experiment): string {
  const names = differingFields(baseline, run);
  if (!names.length) return 'same settings';
  return names.map((name) => `${EXPERIMENT_FIELDS[name].label.toLowerCase()}: ${shown(run[name])}`).join(', ');
}
