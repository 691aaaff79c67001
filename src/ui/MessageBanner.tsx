import { usePlayground } from './StoreContext';

/** Errors and notices, in plain words, where a person looks first. */
export function MessageBanner() {
  const error = usePlayground((s) => s.error);
  const notice = usePlayground((s) => s.notice);
  return (
    <>
      {error && (
        <div role="alert" className="banner banner-error">
          {error}
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
