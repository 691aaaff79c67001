import { usePlayground } from './StoreContext';

function megabytes(bytes: number): string {
  return (bytes / 1e6).toFixed(1);
}

/** Shows the dataset download while it runs. */
export function DataLoadingBar() {
  const phase = usePlayground((s) => s.trainerPhase);
  const progress = usePlayground((s) => s.dataProgress);
  if (phase !== 'starting' && phase !== 'loading-data') return null;
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
