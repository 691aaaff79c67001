import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_NOTE_LENGTH, PAGE_PANELS } from '../schema/view';
import { usePlayground } from './StoreContext';
import './classroom.css';

/** The note as typed: the store keeps it cleaned (trimmed, cut), which would eat a space while it is typed. */
function NoteField() {
  const { t, i18n } = useTranslation('classroom');
  const note = usePlayground((s) => s.classroom.note);
  const setTeacherNote = usePlayground((s) => s.setTeacherNote);
  const [draft, setDraft] = useState(note);
  const [kept, setKept] = useState(note);
  const [cut, setCut] = useState(false);
  if (kept !== note) {
    // Changed elsewhere (another link opened): show that one.
    setKept(note);
    if (note !== draft.trim()) setDraft(note);
  }
  const id = useId();
  const count = new Intl.NumberFormat(i18n.language);
  return (
    <div className="teacher-note-field">
      <label htmlFor={id}>{t('teacher.noteLabel')}</label>
      <p className="hint" id={`${id}-hint`}>
        {t('teacher.noteHint', { max: count.format(MAX_NOTE_LENGTH) })}
      </p>
      <textarea
        id={id}
        rows={4}
        value={draft}
        aria-describedby={`${id}-hint ${id}-count`}
        onChange={(event) => {
          setDraft(event.target.value);
          setCut(setTeacherNote(event.target.value));
        }}
      />
      <p className="hint" id={`${id}-count`} aria-live="polite">
        {t('teacher.noteCount', {
          length: count.format(Array.from(draft.trim()).length),
          max: count.format(MAX_NOTE_LENGTH),
        })}
        {cut && <> {t('teacher.noteCut', { max: count.format(MAX_NOTE_LENGTH) })}</>}
      </p>
    </div>
  );
}

/** The "Teacher tools" button and its dialog: whole panels to hide and a note for the class, all kept in the link. */
export function TeacherTools() {
  const { t } = useTranslation('classroom');
  const dialog = useRef<HTMLDialogElement>(null);
  const hiddenPanels = usePlayground((s) => s.classroom.hiddenPanels);
  const setPanelHidden = usePlayground((s) => s.setPanelHidden);
  const titleId = useId();
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => dialog.current?.showModal()}>
        {t('teacher.button')}
      </button>
      <dialog ref={dialog} className="classroom-dialog" aria-labelledby={titleId}>
        <div className="classroom-dialog-head">
          <h2 id={titleId}>{t('teacher.title')}</h2>
          <button type="button" onClick={() => dialog.current?.close()}>
            {t('teacher.close')}
          </button>
        </div>
        <p className="hint">{t('teacher.linkHint')}</p>
        <fieldset>
          <legend>{t('teacher.panelsLegend')}</legend>
          {PAGE_PANELS.map((panel) => (
            <label key={panel} className="checkbox">
              <input
                type="checkbox"
                checked={hiddenPanels.includes(panel)}
                onChange={(event) => setPanelHidden(panel, event.target.checked)}
              />
              {t('teacher.hidePanel', { name: t(`teacher.panel.${panel}`) })}
            </label>
          ))}
        </fieldset>
        <NoteField />
        <p className="hint">{t('teacher.controlsHint')}</p>
      </dialog>
    </>
  );
}
