import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ownDatasetValue } from '../schema/datasetChoice';
import { EXPERIMENT_FIELDS, type ExperimentFieldName } from '../schema/experiment';
import { isRelevant } from '../schema/fields';
import { selectedRun } from '../store/playgroundStore';
import { ControlPickBox, HiddenControlsBar, type PickMode } from './ControlPicker';
import { FieldControl } from './FieldControl';
import { FIELD_GROUPS } from './i18n/en/fields';
import { useFieldWords } from './i18n/fieldWords';
import { LearningRateNote } from './LearningRateNote';
import { OwnDatasetTools } from './OwnDatasetTools';
import { useOwnDatasets } from './OwnDatasets';
import { usePlayground } from './StoreContext';
import { useShownColour } from './theme/useTheme';

const FIELD_NAMES = Object.keys(EXPERIMENT_FIELDS) as ExperimentFieldName[];

/**
 * The selected run's settings, rendered from the schema and grouped the way a learner thinks. A setting that has
 * no effect under the others (momentum β with Adam, say) is not shown, nor one a teacher hid.
 */
export function ExperimentControls() {
  // Narrow slices: metrics arrive many times a second and must not re-render ~60 controls.
  const runId = usePlayground((s) => selectedRun(s).id);
  const name = usePlayground((s) => selectedRun(s).name);
  const colour = usePlayground((s) => selectedRun(s).colour);
  const shown = useShownColour();
  const experiment = usePlayground((s) => selectedRun(s).experiment);
  const phase = usePlayground((s) => selectedRun(s).phase);
  const setField = usePlayground((s) => s.setField);
  const trainerPhase = usePlayground((s) => s.trainerPhase);
  const hidden = usePlayground((s) => s.hidden);
  const [picking, setPicking] = useState<PickMode | null>(null);
  const editingHidden = picking !== null;
  const words = useFieldWords();
  const { summaries } = useOwnDatasets();
  const ownOptions = summaries.map((summary) => ({ value: ownDatasetValue(summary), label: summary.title }));
  const { t } = useTranslation('fields');
  const locked = phase === 'training' || phase === 'imported' || trainerPhase === 'failed';
  // What an optimizer switch did to the learning rate is said under its field, or under the optimizer's when a
  // teacher hid the rate.
  const noteField: ExperimentFieldName =
    hidden.includes('learningRate') && !editingHidden ? 'optimizer' : 'learningRate';
  return (
    <form className="controls" aria-label={t('panel.label')} onSubmit={(event) => event.preventDefault()}>
      <h2 className="controls-title">
        {t('panel.title')} <span className="swatch" style={{ background: shown(colour) }} aria-hidden="true" /> {name}
      </h2>
      {phase === 'training' && <p className="hint">{t('panel.pauseToChange')}</p>}
      {phase === 'imported' && <p className="hint">{t('panel.importedRun')}</p>}
      <HiddenControlsBar picking={picking} setPicking={setPicking} />
      {FIELD_GROUPS.map((group) => {
        const names = FIELD_NAMES.filter(
          (name) =>
            EXPERIMENT_FIELDS[name].group === group &&
            isRelevant(EXPERIMENT_FIELDS[name], experiment) &&
            (editingHidden || !hidden.includes(name)),
        );
        if (!names.length) return null;
        return (
          <fieldset key={group}>
            <legend>{words.group(group)}</legend>
            {names.map((name) => (
              <div key={name} className={editingHidden && hidden.includes(name) ? 'field-row is-hidden' : 'field-row'}>
                {picking && <ControlPickBox name={name} mode={picking} />}
                <FieldControl
                  name={name}
                  // A different run is a different control: its draft and problems must not carry over.
                  key={runId}
                  field={EXPERIMENT_FIELDS[name]}
                  value={experiment[name]}
                  disabled={locked}
                  onChange={(value) => setField(name, value as never)}
                  moreOptions={name === 'dataset' ? ownOptions : undefined}
                >
                  {name === noteField && <LearningRateNote disabled={locked} />}
                  {name === 'dataset' && (
                    <OwnDatasetTools
                      value={experiment.dataset}
                      disabled={locked}
                      onChoose={(value) => setField('dataset', value)}
                    />
                  )}
                </FieldControl>
              </div>
            ))}
          </fieldset>
        );
      })}
    </form>
  );
}
