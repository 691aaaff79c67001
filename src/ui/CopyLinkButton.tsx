import { useState } from 'react';

/** Copies the page's address, which encodes the whole experiment. */
export function CopyLinkButton() {
  const [status, setStatus] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus('Link copied: it opens this experiment with the same settings and seed.');
    } catch {
      // No clipboard (an insecure origin, a denied permission): the address bar holds the same link.
      setStatus('Copying is blocked here: copy the address from the address bar instead.');
    }
  };
  return (
    <div className="copy-link">
      <button type="button" onClick={() => void copy()}>
        Copy link
      </button>
      <span role="status" className="hint">
        {status}
      </span>
    </div>
  );
}
