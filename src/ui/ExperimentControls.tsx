import { EXPERIMENT_FIELDS, type ExperimentFieldName } from '../schema/experiment';
import { isRelevant, type FieldGroup } from '../schema/fields';
import { FieldControl } from './FieldControl';
import { usePlayground } from './StoreContext';

const GROUPS: readonly FieldGroup[] = ['Data', 'Model', 'Optimization', 'Regularization', 'Evaluation'];
const FIELD_NAMES = Object.keys(EXPERIMENT_FIELDS) as ExperimentFieldName[];

/**
 * Every experiment setting, rendered from the schema and grouped the way a learner thinks. A setting that has no
 * effect under the others (momentum β with Adam, say) is not shown.
 */
export function ExperimentControls() {
  const experiment = usePlayground((s) => s.experiment);
  const setField = usePlayground((s) => s.setField);
  const phase = usePlayground((s) => s.phase);
  const locked = phase === 'training' || phase === 'failed';
  return (
    <form className="controls" aria-label="Experiment settings" onSubmit={(event) => event.preventDefault()}>
      {phase === 'training' && <p className="hint">Pause to change settings; a change starts the run afresh.</p>}
      {GROUPS.map((group) => (
        <fieldset key={group}>
          <legend>{group}</legend>
          {FIELD_NAMES.filter(
            (name) => EXPERIMENT_FIELDS[name].group === group && isRelevant(EXPERIMENT_FIELDS[name], experiment),
          ).map((name) => (
            <FieldControl
              key={name}
              field={EXPERIMENT_FIELDS[name]}
              value={experiment[name]}
              disabled={locked}
              onChange={(value) => setField(name, value as never)}
            />
          ))}
        </fieldset>
      ))}
    </form>
  );
}
