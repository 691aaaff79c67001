import { selectedRun } from '../store/playgroundStore';
import { usePlayground } from './StoreContext';

/** Errors and notices, in plain words, where a person looks first: the page's, then the selected run's. */
export function MessageBanner() {
  const pageError = usePlayground((s) => s.error);
  const pageNotice = usePlayground((s) => s.notice);
  const run = usePlayground(selectedRun);
  const several = usePlayground((s) => s.runs.length > 1);
  const about = (text: string) => (several ? `${run.name}: ${text}` : text);
  const error = pageError ?? (run.error ? about(run.error) : null);
  const notices = [pageNotice, run.notice ? about(run.notice) : null].filter(Boolean).join(' ');
  return (
    <>
      {error && (
        <div role="alert" className="banner banner-error">
          {error}
        </div>
      )}
      {run.warning && (
        <div role="alert" className="banner banner-warning">
          {about(run.warning)}
        </div>
      )}
      {notices && (
        <div role="status" className="banner banner-notice">
          {notices}
        </div>
      )}
    </>
  );
}
