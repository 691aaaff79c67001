import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lessonById } from '../schema/lessonCatalog';
import type { Lesson } from '../schema/lessons';
import type { OutcomeVerdict } from '../schema/outcomes';
import { lessonProgress, predictionFeedback, type PredictionFeedback } from '../store/lessonProgress';
import { useNarrowScreen } from './useNarrowScreen';
import { useLessonWords, type LessonWords } from './i18n/lessonWords';
import { usePlayground } from './StoreContext';
import { TipLinks, TipText } from './TipText';

/** Where the claims go in the lesson's heading line, whatever the language's word order. */
const CLAIMS_MARK = '\u241f';

const VERDICT_MARK: Readonly<Record<OutcomeVerdict, string>> = { holds: '✓', undecided: '…', fails: '✗' };

/** What to say about the prediction, in the page's language, with the choices' own words. */
function feedbackText(
  feedback: PredictionFeedback,
  lesson: Lesson,
  words: LessonWords,
  t: ReturnType<typeof useTranslation<'lessons'>>['t'],
): string {
  const answer = words.choice(lesson, feedback.answer);
  switch (feedback.kind) {
    case 'predicted':
    case 'supported':
    case 'supportsOther':
      return t(`feedback.${feedback.kind}`, { picked: words.choice(lesson, feedback.picked), answer });
    case 'noPrediction':
      return t('feedback.noPrediction', { answer });
    case 'notShown':
      return feedback.picked === null
        ? t('feedback.notShown', { answer })
        : t('feedback.predictedNotShown', { picked: words.choice(lesson, feedback.picked), answer });
  }
}

function Prediction({ lesson, locked }: { lesson: Lesson; locked: boolean }) {
  const pick = usePlayground((s) => s.lessonPrediction);
  const choose = usePlayground((s) => s.choosePrediction);
  const { t } = useTranslation('lessons');
  const words = useLessonWords();
  return (
    <fieldset className="lesson-question" disabled={locked} aria-describedby="lesson-prompt">
      <legend>{t('panel.prediction')}</legend>
      <p id="lesson-prompt">{words.text(lesson, 'prompt')}</p>
      {lesson.question.choices.map((choice, i) => (
        <label key={choice} className="checkbox">
          <input type="radio" name={`prediction-${lesson.id}`} checked={pick === i} onChange={() => choose(i)} />
          {words.choice(lesson, i)}
        </label>
      ))}
      <p className="hint">
        {locked ? (pick === null ? t('panel.noPrediction') : t('panel.locked')) : t('panel.pickFirst')}
      </p>
    </fieldset>
  );
}

function OpenLesson({ lesson, focusOnOpen }: { lesson: Lesson; focusOnOpen: boolean }) {
  const runs = usePlayground((s) => s.runs);
  const pick = usePlayground((s) => s.lessonPrediction);
  const closeLesson = usePlayground((s) => s.closeLesson);
  const openLesson = usePlayground((s) => s.openLesson);
  const heading = useRef<HTMLHeadingElement>(null);
  const { t } = useTranslation('lessons');
  const words = useLessonWords();
  // Runs change a few times a second while training; the verdict is cheap to judge again. Its run names are the
  // page's language's.
  const progress = useMemo(() => lessonProgress(lesson, runs, words.runNames(lesson)), [lesson, runs, words]);
  const code = lesson.id.toUpperCase();
  useEffect(() => {
    // Opened from the gallery: take keyboard focus here, where the lesson begins. After the dialogs close, which
    // hand focus back to the button that opened them.
    if (!focusOnOpen) return;
    const timer = setTimeout(() => heading.current?.focus());
    return () => clearTimeout(timer);
  }, [focusOnOpen]);
  const { judgement } = progress;
  const feedback = judgement && predictionFeedback(lesson, pick, judgement);
  return (
    <section className="lesson-panel" aria-labelledby="lesson-title">
      <p className="lesson-claims">
        {/* The claims are links (TipLinks): the sentence is split where the catalog puts them. */}
        {t('panel.heading', { code, claims: CLAIMS_MARK })
          .split(CLAIMS_MARK)
          .flatMap((part, index) =>
            index === 0
              ? [part]
              : [<TipLinks key="claims" ids={lesson.claims} separator={t('panel.claimSeparator')} />, part],
          )}
      </p>
      <h2 id="lesson-title" ref={heading} tabIndex={-1}>
        {words.text(lesson, 'title')}
      </h2>
      {progress.modified || !judgement ? (
        <p className="lesson-modified">
          <strong>{t('panel.modifiedTitle', { code })}</strong> {t('panel.modified')}
        </p>
      ) : (
        <div className="lesson-body">
          <Prediction lesson={lesson} locked={progress.started} />
          <div>
            <LessonNotes lesson={lesson} started={progress.started} />
            <h3>{t('panel.verdict')}</h3>
            <p className={`lesson-verdict is-${judgement.verdict}`}>
              <span className="lesson-verdict-mark" aria-hidden="true">
                {VERDICT_MARK[judgement.verdict]}
              </span>{' '}
              <span className="lesson-verdict-text">{words.verdict(judgement.phrase)}</span>
            </p>
            {/* The text changes with every step; only the verdict itself is announced. */}
            <p className="visually-hidden" role="status">
              {t('panel.verdictStatus', { label: t(`verdictLabels.${judgement.verdict}`) })}
            </p>
            {feedback && (
              <p
                className={`lesson-feedback${feedback.matched === null ? '' : feedback.matched ? ' is-right' : ' is-wrong'}`}
              >
                {feedbackText(feedback, lesson, words, t)}
              </p>
            )}
          </div>
        </div>
      )}
      <div className="buttons">
        {progress.modified && (
          <button type="button" onClick={() => openLesson(lesson.id, words.runNames(lesson))}>
            {t('panel.reopen', { code })}
          </button>
        )}
        <button type="button" onClick={closeLesson}>
          {t('panel.close')}
        </button>
      </div>
    </section>
  );
}

/**
 * What to watch and the honest note. In one column (a phone) they fold away under their heading, so that the chart
 * still comes within two screens of the top; beside the chart they stay open.
 */
function LessonNotes({ lesson, started }: { lesson: Lesson; started: boolean }) {
  const { t } = useTranslation('lessons');
  const words = useLessonWords();
  const narrow = useNarrowScreen();
  const notes = (
    <>
      <p>
        <TipText text={words.text(lesson, 'watch')} />
      </p>
      {!started && <p className="hint">{t('panel.trainAll')}</p>}
      {lesson.honestNote && (
        <>
          <h3>{t('panel.honestNote')}</h3>
          <p>
            <TipText text={words.text(lesson, 'honestNote')} />
          </p>
        </>
      )}
    </>
  );
  if (!narrow) {
    return (
      <>
        <h3>{t('panel.watch')}</h3>
        {notes}
      </>
    );
  }
  return (
    <details className="lesson-notes">
      <summary>
        <h3>{t('panel.watch')}</h3>
      </summary>
      {notes}
    </details>
  );
}

/** The open lesson: its question, what to watch, its honest note and the live verdict on its runs. */
export function LessonPanel() {
  const lessonId = usePlayground((s) => s.lessonId);
  // A lesson opened by the page's own link is where the page starts; one opened later takes focus.
  const [startedWith] = useState(lessonId);
  const lesson = lessonId ? lessonById(lessonId) : undefined;
  if (!lesson) return null;
  return <OpenLesson key={lesson.id} lesson={lesson} focusOnOpen={lesson.id !== startedWith} />;
}
