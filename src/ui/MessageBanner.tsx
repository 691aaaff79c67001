import { usePlayground } from './StoreContext';

/** Errors and notices, in plain words, where a person looks first. */
export function MessageBanner() {
  const error = usePlayground((s) => s.error);
  const notice = usePlayground((s) => s.notice);
  const warning = usePlayground((s) => s.warning);
  return (
    <>
      {error && (
        <div role="alert" className="banner banner-error">
          {error}
        </div>
      )}
      {warning && (
        <div role="alert" className="banner banner-warning">
          {warning}
        </div>
      )}
      {notice && (
        <div role="status" className="banner banner-notice">
          {notice}
        </div>
      )}
    </>
  );
}
