import { useRef } from 'react';
import { LESSONS } from '../schema/lessonCatalog';
import { lessonsByGroup } from '../schema/lessonGroups';
import { usePlayground } from './StoreContext';
import { TipLinks } from './TipText';

// The catalog is fixed while the page runs: grouped once.
const GROUPS = lessonsByGroup(LESSONS);

/** The "Lessons" button and the gallery it opens: every lesson under its TIPS.md section, each opened by a button. */
export function LessonGallery() {
  const openLesson = usePlayground((s) => s.openLesson);
  const openId = usePlayground((s) => s.lessonId);
  const dialog = useRef<HTMLDialogElement>(null);
  const open = (id: string) => {
    // Closed first: opening may ask about unsaved results in a dialog of its own.
    dialog.current?.close();
    openLesson(id);
  };
  return (
    <>
      <button
        type="button"
        className="primary lessons-button"
        aria-haspopup="dialog"
        onClick={() => dialog.current?.showModal()}
      >
        Lessons
      </button>
      <dialog ref={dialog} className="lesson-gallery" aria-labelledby="lesson-gallery-title">
        <div className="lesson-gallery-head">
          <h2 id="lesson-gallery-title">Lessons</h2>
          <button type="button" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
        <p className="hint">
          Each lesson sets a few runs side by side to test a claim of the training tips, asks what you expect, and says
          whether the measured runs bear it out. Opening one replaces the runs on the page; nothing trains until you
          press Train.
        </p>
        {GROUPS.map(({ group, lessons }) => (
          <section key={group} aria-label={group}>
            <h3>{group}</h3>
            <ul className="lesson-cards">
              {lessons.map((lesson) => (
                <li key={lesson.id} className="lesson-card">
                  <h4>{lesson.title}</h4>
                  <p className="lesson-claims">
                    <TipLinks ids={lesson.claims} separator=" · " />
                  </p>
                  <p>{lesson.summary}</p>
                  <button
                    type="button"
                    className={openId === lesson.id ? undefined : 'primary'}
                    aria-label={`Open lesson: ${lesson.title}`}
                    onClick={() => open(lesson.id)}
                  >
                    {openId === lesson.id ? 'Open lesson again' : 'Open lesson'}
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
