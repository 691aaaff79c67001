import { useTranslation } from 'react-i18next';
import { learningRateNoteText, noteHolds } from '../schema/usualLearningRate';
import { selectedRun } from '../store/playgroundStore';
import { useFieldWords } from './i18n/fieldWords';
import { usePlayground } from './StoreContext';

/**
 * What switching the optimizer did to the selected run's learning rate: set to the new optimizer's usual rate, or
 * kept as the person chose it with the usual one a click away. A live region, always there, so the words are read
 * out when they appear; empty once the optimizer or the rate changes again.
 */
export function LearningRateNote({ disabled }: { disabled: boolean }) {
  const note = usePlayground((s) => s.learningRateNote);
  const runId = usePlayground((s) => selectedRun(s).id);
  const optimizer = usePlayground((s) => selectedRun(s).experiment.optimizer);
  const learningRate = usePlayground((s) => selectedRun(s).experiment.learningRate);
  const setField = usePlayground((s) => s.setField);
  const { t } = useTranslation('fields');
  const words = useFieldWords();
  const shown = note && note.runId === runId && noteHolds(note, { optimizer, learningRate }) ? note : null;
  return (
    <div role="status" className="hint learning-rate-note">
      {shown &&
        learningRateNoteText(
          shown,
          (optimizer) => words.option('optimizer', optimizer),
          (kind, values) => t(`learningRateNote.${kind}`, values),
        )}
      {shown?.kind === 'kept' && (
        <>
          {' '}
          <button
            type="button"
            className="link-button"
            disabled={disabled}
            onClick={() => setField('learningRate', shown.usualRate)}
          >
            {t('learningRateNote.use', { rate: shown.usualRate })}
          </button>
        </>
      )}
    </div>
  );
}
