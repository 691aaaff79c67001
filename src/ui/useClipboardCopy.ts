// Copying text to the clipboard with a line that says whether it worked, shown for a while and then gone: a line
// that stayed would read as news each time the eye passed it.
import { useEffect, useState } from 'react';

/** How long the outcome stays: long enough to read twice. */
const STATUS_SHOWN_MS = 8000;

export type CopyOutcome = 'copied' | 'blocked';

/** `copy(text)` writes to the clipboard; `outcome` says how it went until STATUS_SHOWN_MS later. */
export function useClipboardCopy(): { outcome: CopyOutcome | null; copy: (text: string) => Promise<void> } {
  const [outcome, setOutcome] = useState<CopyOutcome | null>(null);
  useEffect(() => {
    if (!outcome) return;
    const timer = setTimeout(() => setOutcome(null), STATUS_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [outcome]);
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setOutcome('copied');
    } catch {
      // No clipboard (an insecure origin, a denied permission): the caller says where else the text is.
      setOutcome('blocked');
    }
  };
  return { outcome, copy };
}
