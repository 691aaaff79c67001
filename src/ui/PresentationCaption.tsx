import { useTranslation } from 'react-i18next';
import { lessonById } from '../schema/lessonCatalog';
import { useLessonWords } from './i18n/lessonWords';
import { usePlayground } from './StoreContext';
import { TeacherNote } from './TeacherNote';
import { TipText } from './TipText';

/** Under the chart while presenting: the open lesson's question and what to watch, and the teacher's note. */
export function PresentationCaption() {
  const { t } = useTranslation('classroom');
  const words = useLessonWords();
  const lessonId = usePlayground((s) => s.lessonId);
  const hasNote = usePlayground((s) => s.classroom.note !== '');
  const lesson = lessonId ? lessonById(lessonId) : undefined;
  if (!lesson && !hasNote) return null;
  return (
    // Focusable: a long caption scrolls, and a keyboard must be able to scroll it too.
    <section className="presentation-caption" aria-label={t('caption.label')} tabIndex={0}>
      {lesson && (
        <div className="presentation-lesson">
          <h2>{t('caption.lesson', { code: lesson.id.toUpperCase(), title: words.text(lesson, 'title') })}</h2>
          <p>
            <strong>{t('caption.question')}</strong> <TipText text={words.text(lesson, 'prompt')} />
          </p>
          <p>
            <strong>{t('caption.watch')}</strong> <TipText text={words.text(lesson, 'watch')} />
          </p>
        </div>
      )}
      <TeacherNote />
    </section>
  );
}
