import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CLAIMS, type ClaimId } from '../schema/claims';
import { LESSONS } from '../schema/lessonCatalog';
import { lessonsShowing } from '../schema/lessonGroups';
import { useLessonWords } from './i18n/lessonWords';
import { usePlayground } from './StoreContext';
import { TipText } from './TipText';

interface TipDialogApi {
  /** Shows the tip; `opener` gets focus back when the dialog closes. */
  openTip(id: ClaimId, opener: HTMLElement): void;
}

const TipDialogContext = createContext<TipDialogApi | null>(null);

/** What a tip link calls to open the page's one tip dialog. */
export function useTipDialog(): TipDialogApi {
  const api = useContext(TipDialogContext);
  if (!api) throw new Error('useTipDialog must be used inside <TipDialogProvider>');
  return api;
}

function TipContent({
  id,
  close,
  openLesson,
}: {
  id: ClaimId;
  close: () => void;
  openLesson: (id: string, runNames: Record<string, string>) => void;
}) {
  const { t } = useTranslation('tips');
  const lessons = lessonsShowing(LESSONS, id);
  const words = useLessonWords();
  return (
    <>
      <div className="tip-dialog-head">
        <p className="tip-dialog-id">{t('dialog.heading', { id, section: t(`sections.${CLAIMS[id].group}`) })}</p>
        <button type="button" onClick={close}>
          {t('dialog.close')}
        </button>
      </div>
      <h2 id="tip-dialog-title">{t(`claims.${id}.title`)}</h2>
      <p id="tip-dialog-claim">
        <TipText text={t(`claims.${id}.claim`)} />
      </p>
      <h3>{t('dialog.tryThis')}</h3>
      <p>
        <TipText text={t(`claims.${id}.tryThis`)} />
      </p>
      <h3>{t('dialog.lessons')}</h3>
      {lessons.length === 0 ? (
        <p>{t('dialog.noLesson')}</p>
      ) : (
        <ul className="tip-dialog-lessons">
          {lessons.map((lesson) => (
            <li key={lesson.id}>
              <span>{words.text(lesson, 'title')}</span>
              <button
                type="button"
                className="small"
                aria-label={t('dialog.openLessonNamed', { title: words.text(lesson, 'title') })}
                // Named in the page's language, as the gallery opens a lesson.
                onClick={() => openLesson(lesson.id, words.runNames(lesson))}
              >
                {t('dialog.openLesson')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * The page's one tip dialog and the context its links open it through: a tip's claim in plain words, what to try,
 * and the lessons that show it. Esc or Close hands focus back to the link that opened it.
 */
export function TipDialogProvider({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState<ClaimId | null>(null);
  // Bumped on every open, so opening the tip already shown still moves focus into the dialog.
  const [opening, setOpening] = useState(0);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const returnFocus = useRef(true);
  const openLesson = usePlayground((s) => s.openLesson);

  const api = useMemo<TipDialogApi>(
    () => ({
      openTip(id, from) {
        // A tip named inside the open dialog replaces it; focus still goes back to the link outside it.
        if (!dialog.current?.open) opener.current = from;
        setShown(id);
        setOpening((n) => n + 1);
      },
    }),
    [],
  );

  useEffect(() => {
    const element = dialog.current;
    if (!element || opening === 0) return;
    if (!element.open) element.showModal();
    // The first control, Close: from there Tab reaches the links and lessons, and Enter or Esc leaves.
    element.querySelector('button')?.focus();
  }, [opening]);

  const close = () => dialog.current?.close();
  const openLessonHere = (lessonId: string, runNames: Record<string, string>) => {
    // Opening a lesson moves focus to it (LessonPanel), not back to the link; the dialog the link was in (the
    // gallery) closes too, as opening a lesson from the gallery closes it.
    returnFocus.current = false;
    const from = opener.current;
    dialog.current?.close();
    from?.closest('dialog')?.close();
    openLesson(lessonId, runNames);
  };

  return (
    <TipDialogContext.Provider value={api}>
      {children}
      <dialog
        ref={dialog}
        className="tip-dialog"
        aria-labelledby="tip-dialog-title"
        aria-describedby="tip-dialog-claim"
        onClose={() => {
          const from = opener.current;
          if (returnFocus.current && from?.isConnected) from.focus();
          returnFocus.current = true;
          opener.current = null;
          setShown(null);
        }}
      >
        {shown && <TipContent id={shown} close={close} openLesson={openLessonHere} />}
      </dialog>
    </TipDialogContext.Provider>
  );
}
