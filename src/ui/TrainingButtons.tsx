import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { canPause, canReset, canStop, canTrain, selectedRun } from '../store/playgroundStore';
import { usePlayground } from './StoreContext';
import { useFocusStaysInGroup } from './useFocusStaysInGroup';

/** Train, pause, stop and reset the selected run; a button that can do nothing now is disabled. */
export function TrainingButtons() {
  const { t } = useTranslation();
  const run = usePlayground(selectedRun);
  const trainerPhase = usePlayground((s) => s.trainerPhase);
  const train = usePlayground((s) => s.train);
  const pause = usePlayground((s) => s.pause);
  const stop = usePlayground((s) => s.stop);
  const reset = usePlayground((s) => s.reset);
  const group = useRef<HTMLDivElement>(null);
  useFocusStaysInGroup(group);
  return (
    <div className="buttons" ref={group} role="group" aria-label={t('training.group', { name: run.name })}>
      <button type="button" className="primary" onClick={() => train(run.id)} disabled={!canTrain(run, trainerPhase)}>
        {run.phase === 'paused' ? t('training.resume') : t('training.train')}
      </button>
      <button type="button" onClick={() => pause(run.id)} disabled={!canPause(run)}>
        {t('training.pause')}
      </button>
      <button type="button" onClick={() => stop(run.id)} disabled={!canStop(run)}>
        {t('training.stop')}
      </button>
      <button type="button" onClick={() => reset(run.id)} disabled={!canReset(run, trainerPhase)}>
        {t('training.reset')}
      </button>
    </div>
  );
}
