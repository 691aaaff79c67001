import { useEffect, useMemo, useRef, useState } from 'react';
import { lessonById } from '../schema/lessonCatalog';
import type { Lesson } from '../schema/lessons';
import type { OutcomeVerdict } from '../schema/outcomes';
import { lessonProgress, predictionFeedback } from '../store/lessonProgress';
import { usePlayground } from './StoreContext';
import { TipLinks, TipText } from './TipText';

const VERDICT_LABEL: Readonly<Record<OutcomeVerdict, string>> = {
  holds: 'Holds',
  undecided: 'Not yet decided',
  fails: 'Does not hold',
};
const VERDICT_MARK: Readonly<Record<OutcomeVerdict, string>> = { holds: '✓', undecided: '…', fails: '✗' };

function Prediction({ lesson, locked }: { lesson: Lesson; locked: boolean }) {
  const pick = usePlayground((s) => s.lessonPrediction);
  const choose = usePlayground((s) => s.choosePrediction);
  return (
    <fieldset className="lesson-question" disabled={locked} aria-describedby="lesson-prompt">
      <legend>Your prediction</legend>
      <p id="lesson-prompt">{lesson.question.prompt}</p>
      {lesson.question.choices.map((choice, i) => (
        <label key={choice} className="checkbox">
          <input type="radio" name={`prediction-${lesson.id}`} checked={pick === i} onChange={() => choose(i)} />
          {choice}
        </label>
      ))}
      <p className="hint">
        {locked
          ? pick === null
            ? 'Training has started: no prediction was made this time.'
            : 'Locked in once training started.'
          : 'Pick one before you train: it locks once the runs start.'}
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
  // Runs change a few times a second while training; the verdict is cheap to judge again.
  const progress = useMemo(() => lessonProgress(lesson, runs), [lesson, runs]);
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
        Lesson {code} · claims <TipLinks ids={lesson.claims} separator=", " />
      </p>
      <h2 id="lesson-title" ref={heading} tabIndex={-1}>
        {lesson.title}
      </h2>
      {progress.modified || !judgement ? (
        <p className="lesson-modified">
          <strong>Modified from lesson {code}.</strong> A changed setting, or an added, removed or moved run, makes this
          your own experiment. The lesson’s verdict judges only the lesson’s own runs, so it is not shown; its link now
          says where the runs came from.
        </p>
      ) : (
        <div className="lesson-body">
          <Prediction lesson={lesson} locked={progress.started} />
          <div>
            <h3>What to watch</h3>
            <p>
              <TipText text={lesson.watch} />
            </p>
            {!progress.started && <p className="hint">Press “Train all” under Runs to train the lesson’s runs.</p>}
            {lesson.honestNote && (
              <>
                <h3>Honest note</h3>
                <p>
                  <TipText text={lesson.honestNote} />
                </p>
              </>
            )}
            <h3>Verdict</h3>
            <p className={`lesson-verdict is-${judgement.verdict}`}>
              <span className="lesson-verdict-mark" aria-hidden="true">
                {VERDICT_MARK[judgement.verdict]}
              </span>{' '}
              <span className="lesson-verdict-text">{judgement.text}</span>
            </p>
            {/* The text changes with every step; only the verdict itself is announced. */}
            <p className="visually-hidden" role="status">
              Verdict: {VERDICT_LABEL[judgement.verdict]}
            </p>
            {feedback && (
              <p
                className={`lesson-feedback${feedback.matched === null ? '' : feedback.matched ? ' is-right' : ' is-wrong'}`}
              >
                {feedback.text}
              </p>
            )}
          </div>
        </div>
      )}
      <div className="buttons">
        {progress.modified && (
          <button type="button" onClick={() => openLesson(lesson.id)}>
            Reopen lesson {code}
          </button>
        )}
        <button type="button" onClick={closeLesson}>
          Close lesson
        </button>
      </div>
    </section>
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
