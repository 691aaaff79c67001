// Tip IDs inside a text ("… vanishes through depth (T02, L11).") as parts, so the page can show each as a link to the
// tip. Only IDs of shared/TIPS.md count: "T99" or "X01" stay text. Works on any language's text: the IDs are the same
// Latin letters and digits everywhere.
import { isClaimId, type ClaimId } from './claims';

export type TextPart = { kind: 'text'; text: string } | { kind: 'claim'; id: ClaimId };

// A capital letter and two digits standing alone: not inside a longer word or number ("AT02", "T021", "T02x").
// \b is ASCII-only, so a Chinese character next to an ID is a boundary, as a space is.
const CANDIDATE = /\b[TDLM]\d\d\b/g;

/** The text cut into plain parts and claim IDs, in order; joined back they are the text. Empty text: no parts. */
export function splitClaimMentions(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let plainFrom = 0;
  for (const match of text.matchAll(CANDIDATE)) {
    const id = match[0];
    if (!isClaimId(id)) continue;
    if (match.index > plainFrom) parts.push({ kind: 'text', text: text.slice(plainFrom, match.index) });
    parts.push({ kind: 'claim', id });
    plainFrom = match.index + id.length;
  }
  if (plainFrom < text.length) parts.push({ kind: 'text', text: text.slice(plainFrom) });
  return parts;
}
