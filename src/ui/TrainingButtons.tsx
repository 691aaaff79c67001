import { canPause, canReset, canStop, canTrain, selectedRun } from '../store/playgroundStore';
import { usePlayground } from './StoreContext';

/** Train, pause, stop and reset the selected run; a button that can do nothing now is disabled. */
export function TrainingButtons() {
  const run = usePlayground(selectedRun);
  const trainerPhase = usePlayground((s) => s.trainerPhase);
  const train = usePlayground((s) => s.train);
  const pause = usePlayground((s) => s.pause);
  const stop = usePlayground((s) => s.stop);
  const reset = usePlayground((s) => s.reset);
  return (
    <div className="buttons" role="group" aria-label={`Training ${run.name}`}>
      <button type="button" className="primary" onClick={() => train(run.id)} disabled={!canTrain(run, trainerPhase)}>
        {run.phase === 'paused' ? 'Resume' : 'Train'}
      </button>
      <button type="button" onClick={() => pause(run.id)} disabled={!canPause(run)}>
        Pause
      </button>
      <button type="button" onClick={() => stop(run.id)} disabled={!canStop(run)}>
        Stop
      </button>
      <button type="button" onClick={() => reset(run.id)} disabled={!canReset(run, trainerPhase)}>
        Reset
      </button>
    </div>
  );
}
