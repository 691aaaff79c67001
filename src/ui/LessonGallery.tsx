import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LESSONS } from '../schema/lessonCatalog';
import { lessonsByGroup } from '../schema/lessonGroups';
import type { Lesson } from '../schema/lessons';
import { useLessonWords } from './i18n/lessonWords';
import { usePlayground } from './StoreContext';
import { TipLinks } from './TipText';

// The catalog is fixed while the page runs: grouped once.
const GROUPS = lessonsByGroup(LESSONS);

/** The "Lessons" button and the gallery it opens: every lesson under its TIPS.md section, each opened by a button. */
export function LessonGallery() {
  const openLesson = usePlayground((s) => s.openLesson);
  const openId = usePlayground((s) => s.lessonId);
  const dialog = useRef<HTMLDialogElement>(null);
  const { t } = useTranslation('lessons');
  const words = useLessonWords();
  const open = (lesson: Lesson) => {
    // Closed first: opening may ask about unsaved results in a dialog of its own.
    dialog.current?.close();
    openLesson(lesson.id, words.runNames(lesson));
  };
  return (
    <>
      <button
        type="button"
        className="primary lessons-button"
        aria-haspopup="dialog"
        onClick={() => dialog.current?.showModal()}
      >
        {t('gallery.button')}
      </button>
      <dialog ref={dialog} className="lesson-gallery" aria-labelledby="lesson-gallery-title">
        <div className="lesson-gallery-head">
          <h2 id="lesson-gallery-title">{t('gallery.title')}</h2>
          <button type="button" onClick={() => dialog.current?.close()}>
            {t('gallery.close')}
          </button>
        </div>
        <p className="hint">{t('gallery.intro')}</p>
        {GROUPS.map(({ group, lessons }) => (
          <section key={group} aria-label={words.group(group)}>
            <h3>{words.group(group)}</h3>
            <ul className="lesson-cards">
              {lessons.map((lesson) => (
                <li key={lesson.id} className="lesson-card">
                  <h4>{words.text(lesson, 'title')}</h4>
                  <p className="lesson-claims">
                    <TipLinks ids={lesson.claims} separator={t('gallery.claimSeparator')} />
                  </p>
                  <p>{words.text(lesson, 'summary')}</p>
                  <button
                    type="button"
                    className={openId === lesson.id ? undefined : 'primary'}
                    aria-label={t('gallery.openNamed', { title: words.text(lesson, 'title') })}
                    onClick={() => open(lesson)}
                  >
                    {openId === lesson.id ? t('gallery.openAgain') : t('gallery.open')}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </dialog>
    </>
  );
}
