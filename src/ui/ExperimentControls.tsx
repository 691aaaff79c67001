import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPERIMENT_FIELDS, type ExperimentFieldName } from '../schema/experiment';
import { isRelevant } from '../schema/fields';
import { selectedRun } from '../store/playgroundStore';
import { FieldControl } from './FieldControl';
import { FIELD_GROUPS } from './i18n/en/fields';
import { useFieldWords } from './i18n/fieldWords';
import { LearningRateNote } from './LearningRateNote';
import { usePlayground } from './StoreContext';

const FIELD_NAMES = Object.keys(EXPERIMENT_FIELDS) as ExperimentFieldName[];

/** For a teacher: tick the controls to hide; the link keeps the choice, so a class sees only what the lesson needs. */
function HiddenControlsBar({ editing, setEditing }: { editing: boolean; setEditing: (on: boolean) => void }) {
  const hiddenCount = usePlayground((s) => s.hidden.length);
  const showAll = usePlayground((s) => s.showAllControls);
  const inLesson = usePlayground((s) => s.lessonId !== null);
  return (
    <div className="hidden-controls">
      <label className="checkbox">
        <input type="checkbox" checked={editing} onChange={(event) => setEditing(event.target.checked)} />
        Choose controls to hide
      </label>
      {hiddenCount > 0 && !editing && (
        <p className="hint">
          {hiddenCount === 1 ? '1 control is hidden' : `${hiddenCount} controls are hidden`} by{' '}
          {inLesson ? 'the lesson' : 'this link'}.{' '}
          <button type="button" className="link-button" onClick={showAll}>
            Show all controls
          </button>
        </p>
      )}
    </div>
  );
}

/**
 * The selected run's settings, rendered from the schema and grouped the way a learner thinks. A setting that has
 * no effect under the others (momentum β with Adam, say) is not shown, nor one a teacher hid.
 */
export function ExperimentControls() {
  // Narrow slices: metrics arrive many times a second and must not re-render ~60 controls.
  const runId = usePlayground((s) => selectedRun(s).id);
  const name = usePlayground((s) => selectedRun(s).name);
  const colour = usePlayground((s) => selectedRun(s).colour);
  const experiment = usePlayground((s) => selectedRun(s).experiment);
  const phase = usePlayground((s) => selectedRun(s).phase);
  const setField = usePlayground((s) => s.setField);
  const trainerPhase = usePlayground((s) => s.trainerPhase);
  const hidden = usePlayground((s) => s.hidden);
  const setControlHidden = usePlayground((s) => s.setControlHidden);
  const [editingHidden, setEditingHidden] = useState(false);
  const words = useFieldWords();
  const { t } = useTranslation('fields');
  const locked = phase === 'training' || phase === 'imported' || trainerPhase === 'failed';
  // What an optimizer switch did to the learning rate is said under its field, or under the optimizer's when a
  // teacher hid the rate.
  const noteField: ExperimentFieldName =
    hidden.includes('learningRate') && !editingHidden ? 'optimizer' : 'learningRate';
  return (
    <form className="controls" aria-label={t('panel.label')} onSubmit={(event) => event.preventDefault()}>
      <h2 className="controls-title">
        {t('panel.title')} <span style={{ color: colour }}>■</span> {name}
      </h2>
      {phase === 'training' && <p className="hint">{t('panel.pauseToChange')}</p>}
      {phase === 'imported' && <p className="hint">{t('panel.importedRun')}</p>}
      <HiddenControlsBar editing={editingHidden} setEditing={setEditingHidden} />
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
                {editingHidden && (
                  <label className="checkbox hide-toggle">
                    <input
                      type="checkbox"
                      checked={hidden.includes(name)}
                      aria-label={`Hide ${words.label(name)}`}
                      onChange={(event) => setControlHidden(name, event.target.checked)}
                    />
                    hide
                  </label>
                )}
                <FieldControl
                  name={name}
                  // A different run is a different control: its draft and problems must not carry over.
                  key={runId}
                  field={EXPERIMENT_FIELDS[name]}
                  value={experiment[name]}
                  disabled={locked}
                  onChange={(value) => setField(name, value as never)}
                >
                  {name === noteField && <LearningRateNote disabled={locked} />}
                </FieldControl>
              </div>
            ))}
          </fieldset>
        );
      })}
    </form>
  );
}
