import { useTranslation } from 'react-i18next';
import { useClipboardCopy } from './useClipboardCopy';

/** Copies the page's address, which encodes the whole experiment. */
export function CopyLinkButton() {
  const { t } = useTranslation();
  const { outcome, copy } = useClipboardCopy();
  // The key, not the sentence: a language switch after copying re-says it in the new language. Blocked: the
  // address bar holds the same link.
  const status = outcome && (outcome === 'copied' ? 'copyLink.copied' : 'copyLink.blocked');
  return (
    <div className="copy-link">
      <button type="button" onClick={() => void copy(window.location.href)}>
        {t('copyLink.button')}
      </button>
      <span role="status" className="hint">
        {status && t(status)}
      </span>
    </div>
  );
}
