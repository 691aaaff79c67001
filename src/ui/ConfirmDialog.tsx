import { useFieldWords } from './i18n/fieldWords';
import { useSay } from './i18n/say';
import { ModalDialog } from './ModalDialog';
import { useTranslation } from 'react-i18next';
import { lessonById } from '../schema/lessonCatalog';
import type { Confirmation } from '../store/playgroundStore';
import { countText } from '../charting/numberText';
import { usePlayground } from './StoreContext';

function Question({ confirmation }: { confirmation: Confirmation }) {
  const { t, i18n } = useTranslation('panels');
  const fieldWords = useFieldWords();
  const say = useSay();
  const run = usePlayground((s) =>
    confirmation.kind === 'setting' ? s.runs.find((r) => r.id === confirmation.runId) : undefined,
  );
  const resolve = usePlayground((s) => s.resolveConfirmation);
  if (confirmation.kind === 'link') {
    const lesson = confirmation.link.lesson === undefined ? undefined : lessonById(confirmation.link.lesson);
    return (
      <>
        <h2 id="confirm-title">{lesson ? t('confirm.openLesson', { title: lesson.title }) : t('confirm.openLink')}</h2>
        <p>{t(lesson ? 'confirm.unsavedLesson' : 'confirm.unsaved', { count: confirmation.unsavedRuns })}</p>
        <div className="buttons">
          <button type="button" className="primary" onClick={() => resolve('apply')}>
            {lesson ? t('confirm.openTheLesson') : t('confirm.openTheLink')}
          </button>
          <button type="button" onClick={() => resolve('cancel')}>
            {t('confirm.keepRuns')}
          </button>
        </div>
      </>
    );
  }
  const name = run?.name ?? t('confirm.thisRun');
  const steps = run?.series.length ?? 0;
  return (
    <>
      <h2 id="confirm-title">
        {t('confirm.change', {
          setting: new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
            confirmation.changed.map(fieldWords.label),
          ),
          name,
        })}
      </h2>
      <p>{t('confirm.trained', { count: steps, steps: countText(steps, i18n.language), name })}</p>
      <div className="buttons">
        <button type="button" className="primary" onClick={() => resolve('duplicate')}>
          {t('confirm.addCopy')}
        </button>
        <button type="button" onClick={() => resolve('apply')}>
          {t('confirm.changeAfresh')}
        </button>
        <button type="button" onClick={() => resolve('cancel')}>
          {t('confirm.cancel')}
        </button>
      </div>
      {confirmation.problem && (
        <p className="problem" role="alert">
          {say(confirmation.problem)}
        </p>
      )}
    </>
  );
}

/** Asks before trained results are thrown away: a setting changed on a trained run, another link or a lesson opened. */
export function ConfirmDialog() {
  const confirmation = usePlayground((s) => s.confirmation);
  const resolve = usePlayground((s) => s.resolveConfirmation);
  return (
    <ModalDialog
      open={confirmation !== null}
      labelledBy="confirm-title"
      className="confirm"
      // Escape, or the dialog closed any other way than by a choice: nothing changes.
      onClose={() => {
        if (confirmation) resolve('cancel');
      }}
    >
      {confirmation && <Question confirmation={confirmation} />}
    </ModalDialog>
  );
}
