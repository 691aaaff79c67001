import { useEffect, useRef } from 'react';
import { lessonById } from '../schema/lessonCatalog';
import type { Confirmation } from '../store/playgroundStore';
import { usePlayground } from './StoreContext';

function Question({ confirmation }: { confirmation: Confirmation }) {
  const run = usePlayground((s) =>
    confirmation.kind === 'setting' ? s.runs.find((r) => r.id === confirmation.runId) : undefined,
  );
  const resolve = usePlayground((s) => s.resolveConfirmation);
  if (confirmation.kind === 'link') {
    const runs = confirmation.unsavedRuns === 1 ? '1 run has' : `${confirmation.unsavedRuns} runs have`;
    const lesson = confirmation.link.lesson === undefined ? undefined : lessonById(confirmation.link.lesson);
    return (
      <>
        <h2 id="confirm-title">{lesson ? `Open the lesson “${lesson.title}”?` : 'Open the new link?'}</h2>
        <p>
          {runs} trained results that are not in a downloaded file. {lesson ? 'The lesson' : 'The link'} opens another
          experiment in their place. To keep them, choose “Keep my runs” and download CSV or JSON first.
        </p>
        <div className="buttons">
          <button type="button" className="primary" onClick={() => resolve('apply')}>
            {lesson ? 'Open the lesson' : 'Open the link'}
          </button>
          <button type="button" onClick={() => resolve('cancel')}>
            Keep my runs
          </button>
        </div>
      </>
    );
  }
  const name = run?.name ?? 'This run';
  const steps = run?.series.length ?? 0;
  return (
    <>
      <h2 id="confirm-title">
        Change {confirmation.label} of {name}?
      </h2>
      <p>
        {name} has trained {steps.toLocaleString('en-US')} step{steps === 1 ? '' : 's'}. A new setting starts it afresh
        and clears its curves. A copy with the change keeps {name} as it is, to compare the two.
      </p>
      <div className="buttons">
        <button type="button" className="primary" onClick={() => resolve('duplicate')}>
          Add a copy with the change
        </button>
        <button type="button" onClick={() => resolve('apply')}>
          Change and start afresh
        </button>
        <button type="button" onClick={() => resolve('cancel')}>
          Cancel
        </button>
      </div>
      {confirmation.problem && (
        <p className="problem" role="alert">
          {confirmation.problem}
        </p>
      )}
    </>
  );
}

/** Asks before trained results are thrown away: a setting changed on a trained run, another link or a lesson opened. */
export function ConfirmDialog() {
  const confirmation = usePlayground((s) => s.confirmation);
  const resolve = usePlayground((s) => s.resolveConfirmation);
  const dialog = useRef<HTMLDialogElement>(null);
  const open = confirmation !== null;
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      className="confirm"
      aria-labelledby="confirm-title"
      // Escape, or the dialog closed any other way than by a choice: nothing changes.
      onClose={() => {
        if (confirmation) resolve('cancel');
      }}
    >
      {confirmation && <Question confirmation={confirmation} />}
    </dialog>
  );
}
