import { selectedRun } from '../store/playgroundStore';
import { usePlayground } from './StoreContext';

/** Train, pause, stop and reset the selected run. */
export function TrainingButtons() {
  const run = usePlayground(selectedRun);
  const trainerPhase = usePlayground((s) => s.trainerPhase);
  const train = usePlayground((s) => s.train);
  const pause = usePlayground((s) => s.pause);
  const stop = usePlayground((s) => s.stop);
  const reset = usePlayground((s) => s.reset);
  const { phase } = run;
  const working = trainerPhase !== 'failed';
  const canReset = working && trainerPhase !== 'starting' && phase !== 'imported' && phase !== 'setting-up';
  return (
    <div className="buttons" role="group" aria-label={`Training ${run.name}`}>
      <button
        type="button"
        className="primary"
        onClick={() => train(run.id)}
        disabled={!working || (phase !== 'ready' && phase !== 'paused')}
      >
        {phase === 'paused' ? 'Resume' : 'Train'}
      </button>
      <button type="button" onClick={() => pause(run.id)} disabled={phase !== 'training'}>
        Pause
      </button>
      <button type="button" onClick={() => stop(run.id)} disabled={phase !== 'training' && phase !== 'paused'}>
        Stop
      </button>
      <button type="button" onClick={() => reset(run.id)} disabled={!canReset}>
        Reset
      </button>
    </div>
  );
}
