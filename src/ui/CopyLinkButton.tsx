import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** How long "Link copied…" stays: long enough to read twice. */
const STATUS_SHOWN_MS = 8000;

/** Copies the page's address, which encodes the whole experiment. */
export function CopyLinkButton() {
  const { t } = useTranslation();
  // The key, not the sentence: a language switch after copying re-says it in the new language.
  const [status, setStatus] = useState<'copyLink.copied' | 'copyLink.blocked' | null>(null);
  // Said once, then gone: a line that stayed would read as news each time the eye passed it.
  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(null), STATUS_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [status]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus('copyLink.copied');
    } catch {
      // No clipboard (an insecure origin, a denied permission): the address bar holds the same link.
      setStatus('copyLink.blocked');
    }
  };
  return (
    <div className="copy-link">
      <button type="button" onClick={() => void copy()}>
        {t('copyLink.button')}
      </button>
      <span role="status" className="hint">
        {status && t(status)}
      </span>
    </div>
  );
}
