import { usePlayground } from './StoreContext';

function megabytes(bytes: number): string {
  return (bytes / 1e6).toFixed(1);
}

/**
 * The trainer's state in one line of fixed height: the dataset download while it runs, then where training runs.
 * Its space stays reserved, so the buttons below do not jump when the download ends.
 */
export function DataLoadingBar() {
  const phase = usePlayground((s) => s.trainerPhase);
  const progress = usePlayground((s) => s.dataProgress);
  const backend = usePlayground((s) => s.backend);
  if (phase === 'starting' || phase === 'loading-data') {
    const label = progress
      ? `Loading ${progress.title}: ${megabytes(progress.receivedBytes)} of ${megabytes(progress.totalBytes)} MB`
      : 'Starting the trainer…';
    return (
      <div className="loading">
        <label htmlFor="data-progress">{label}</label>
        <progress id="data-progress" max={progress?.totalBytes || 1} value={progress?.receivedBytes ?? 0} />
      </div>
    );
  }
  return (
    <div className="loading is-done">
      {phase === 'failed'
        ? 'Training is unavailable: the message above says why.'
        : `Ready to train${backend ? ` on ${backend.name.toUpperCase()}, in ${backend.thread === 'worker' ? 'a worker' : 'the main thread'}` : ''}.`}
    </div>
  );
}
