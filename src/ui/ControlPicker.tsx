// For a teacher: which settings a class sees. Either tick the controls to hide, or tick the few to show and hide
// every other one (`only=` in the link). The link keeps the choice, so a class sees only what the lesson needs.
import { useTranslation } from 'react-i18next';
import { EXPERIMENT_FIELDS, type ExperimentFieldName } from '../schema/experiment';
import { usePlayground } from './StoreContext';

/** How the teacher is picking: ticking what to hide, or ticking the only ones to show. */
export type PickMode = 'hide' | 'only';

export function HiddenControlsBar({
  picking,
  setPicking,
}: {
  picking: PickMode | null;
  setPicking: (mode: PickMode | null) => void;
}) {
  const { t } = useTranslation('classroom');
  const hiddenCount = usePlayground((s) => s.hidden.length);
  const showAll = usePlayground((s) => s.showAllControls);
  const showOnly = usePlayground((s) => s.showOnlyControls);
  const inLesson = usePlayground((s) => s.lessonId !== null);
  const allHidden = hiddenCount >= Object.keys(EXPERIMENT_FIELDS).length;
  const choose = (mode: PickMode, on: boolean) => {
    if (!on) {
      // Nothing ticked to show would leave a class no control at all: that was not a choice, show them all again.
      if (mode === 'only' && allHidden) showAll();
      setPicking(null);
      return;
    }
    // Start from none shown, so the few ticked are the ones kept.
    if (mode === 'only' && hiddenCount === 0) showOnly([]);
    setPicking(mode);
  };
  return (
    <div className="hidden-controls">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={picking === 'hide'}
          onChange={(event) => choose('hide', event.target.checked)}
        />
        {t('controls.chooseHidden')}
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={picking === 'only'}
          onChange={(event) => choose('only', event.target.checked)}
        />
        {t('controls.chooseShown')}
      </label>
      {hiddenCount > 0 && !picking && (
        <p className="hint">
          {t(inLesson ? 'controls.hiddenByLesson' : 'controls.hiddenByLink', { count: hiddenCount })}{' '}
          <button type="button" className="link-button" onClick={showAll}>
            {t('controls.showAll')}
          </button>
        </p>
      )}
    </div>
  );
}

/** The box beside one control while picking: ticked means hidden, or, picking the ones to show, shown. */
export function ControlPickBox({ name, mode }: { name: ExperimentFieldName; mode: PickMode }) {
  const { t } = useTranslation('classroom');
  const hidden = usePlayground((s) => s.hidden.includes(name));
  const setControlHidden = usePlayground((s) => s.setControlHidden);
  const label = EXPERIMENT_FIELDS[name].label;
  return (
    <label className="checkbox hide-toggle">
      <input
        type="checkbox"
        checked={mode === 'hide' ? hidden : !hidden}
        aria-label={t(mode === 'hide' ? 'controls.hideOne' : 'controls.showOne', { name: label })}
        onChange={(event) => setControlHidden(name, mode === 'hide' ? event.target.checked : !event.target.checked)}
      />
      {t(mode === 'hide' ? 'controls.hideBox' : 'controls.showBox')}
    </label>
  );
}
