// How a teacher's set-up travels in a link, written once for the whole link like the chart view:
// `present=1` (the page opens presenting), `panels=diagnosis,exports` (whole panels hidden) and `note=…` (a caption,
// plain text). urlCodec.ts places them in the link; this module writes and reads their values. Reading never throws:
// a value that is not valid leaves the default in place, with a reason in `problems`; an over-long note is cut.
import type { Message } from './message';
import { sayLink } from './linkWords';
import { MAX_NOTE_LENGTH, PAGE_PANELS, defaultClassroom, type Classroom, type PagePanel } from './view';

const PRESENT_KEY = 'present';
const PANELS_KEY = 'panels';
const NOTE_KEY = 'note';

/** The keys this module reads, for the link to treat as link-wide. */
export const CLASSROOM_KEYS: readonly string[] = [PRESENT_KEY, PANELS_KEY, NOTE_KEY];

/** How much of a refused value a message quotes: enough to recognise it, never a whole hostile string. */
const quoted = (raw: string) => Array.from(raw).slice(0, 40).join('');

/**
 * Characters that have no place in a caption: control characters (tabs become spaces, line breaks stay) and the
 * bidirectional overrides and isolates, with which a link could make the note read in another order than it was
 * written.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNWANTED = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** A note fit to show: plain text, line breaks kept (at most one blank line), at most MAX_NOTE_LENGTH characters. */
export function cleanNote(raw: string): { note: string; cutFrom: number | null } {
  const text = raw
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/\t/g, ' ')
    .replace(UNWANTED, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  // Counted in characters a person sees as one (code points), so a cut never splits an emoji or a CJK extension.
  const characters = Array.from(text);
  if (characters.length <= MAX_NOTE_LENGTH) return { note: text, cutFrom: null };
  return { note: characters.slice(0, MAX_NOTE_LENGTH).join('').trimEnd(), cutFrom: characters.length };
}

/** Writes what differs from the default set-up. */
export function encodeClassroom(params: URLSearchParams, classroom: Classroom): void {
  if (classroom.present) params.set(PRESENT_KEY, '1');
  const panels = PAGE_PANELS.filter((panel) => classroom.hiddenPanels.includes(panel));
  if (panels.length > 0) params.set(PANELS_KEY, panels.join(','));
  if (classroom.note !== '') params.set(NOTE_KEY, classroom.note);
}

/** The set-up from the link-wide keys; a part that is absent or not valid stays as in `base`. */
export function decodeClassroom(
  linkWide: ReadonlyMap<string, string>,
  problems: Message[],
  base: Classroom = defaultClassroom(),
): Classroom {
  return {
    present: readPresent(linkWide.get(PRESENT_KEY), problems, base.present),
    hiddenPanels: readPanels(linkWide.get(PANELS_KEY), problems, base.hiddenPanels),
    note: readNote(linkWide.get(NOTE_KEY), problems, base.note),
  };
}

function readPresent(raw: string | undefined, problems: Message[], base: boolean): boolean {
  if (raw === undefined) return base;
  if (raw === '1' || raw === 'true') return true;
  if (raw === '0' || raw === 'false') return false;
  problems.push(sayLink('present', { key: PRESENT_KEY, value: quoted(raw), kept: base ? 1 : 0 }));
  return base;
}

function readPanels(raw: string | undefined, problems: Message[], base: readonly PagePanel[]): PagePanel[] {
  if (raw === undefined) return [...base];
  const named = new Set<string>();
  const unknown = new Set<string>();
  for (const key of raw.split(',')) {
    const name = key.trim().toLowerCase();
    if (name === '') continue;
    if ((PAGE_PANELS as readonly string[]).includes(name)) named.add(name);
    else unknown.add(key);
  }
  for (const key of unknown) problems.push(sayLink('notPanel', { key: quoted(key), panels: PAGE_PANELS.join(', ') }));
  return PAGE_PANELS.filter((panel) => named.has(panel));
}

function readNote(raw: string | undefined, problems: Message[], base: string): string {
  if (raw === undefined) return base;
  const { note, cutFrom } = cleanNote(raw);
  if (cutFrom !== null) problems.push(sayLink('noteCut', { length: cutFrom, max: MAX_NOTE_LENGTH }));
  return note;
}
