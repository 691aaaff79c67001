import { usePlayground } from './StoreContext';

export function TrainingButtons() {
  const phase = usePlayground((s) => s.phase);
  const train = usePlayground((s) => s.train);
  const pause = usePlayground((s) => s.pause);
  const reset = usePlayground((s) => s.reset);
  const canReset = phase !== 'starting' && phase !== 'loading-data' && phase !== 'failed';
  return (
    <div className="buttons" role="group" aria-label="Training">
      <button type="button" className="primary" onClick={train} disabled={phase !== 'ready' && phase !== 'paused'}>
        {phase === 'paused' ? 'Resume' : 'Train'}
      </button>
      <button type="button" onClick={pause} disabled={phase !== 'training'}>
        Pause
      </button>
      <button type="button" onClick={reset} disabled={!canReset}>
        Reset
      </button>
    </div>
  );
}
