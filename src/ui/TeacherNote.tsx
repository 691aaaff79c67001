import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlayground } from './StoreContext';
import './classroom.css';

/**
 * The teacher's note as a caption. Rendered as text only — React escapes it — so a link's note can never become
 * markup; its line breaks are kept by CSS (white-space: pre-line).
 */
export function TeacherNote() {
  const { t } = useTranslation('classroom');
  const note = usePlayground((s) => s.classroom.note);
  const id = useId();
  if (!note) return null;
  return (
    <section className="teacher-note" aria-labelledby={id}>
      <h2 id={id} className="teacher-note-label">
        {t('note.label')}
      </h2>
      <p className="teacher-note-text">{note}</p>
    </section>
  );
}
