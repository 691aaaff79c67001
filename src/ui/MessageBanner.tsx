import type { Message } from '../schema/message';
import { selectedRun } from '../store/playgroundStore';
import { useSay } from './i18n/say';
import { usePlayground } from './StoreContext';
import { TipText } from './TipText';

/** Errors and notices, in plain words, where a person looks first: the page's, then the selected run's. */
export function MessageBanner() {
  const pageError = usePlayground((s) => s.error);
  const pageNotice = usePlayground((s) => s.notice);
  // Narrow slices: the selected run changes with every report, its messages seldom.
  const name = usePlayground((s) => selectedRun(s).name);
  const runError = usePlayground((s) => selectedRun(s).error);
  const warning = usePlayground((s) => selectedRun(s).warning);
  const runNotice = usePlayground((s) => selectedRun(s).notice);
  const several = usePlayground((s) => s.runs.length > 1);
  const say = useSay();
  const about = (message: Message) => (several ? `${name}: ${say(message)}` : say(message));
  const error = pageError ? say(pageError) : runError ? about(runError) : null;
  const notices = [pageNotice ? say(pageNotice) : null, runNotice ? about(runNotice) : null].filter(Boolean).join(' ');
  return (
    <>
      {error && (
        <div role="alert" className="banner banner-error">
          {error}
        </div>
      )}
      {warning && (
        <div role="alert" className="banner banner-warning">
          <TipText text={about(warning)} />
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
