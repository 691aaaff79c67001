// The name a downloaded PyTorch script gets: from the run's name, in characters every file system and shell takes.

/** At most this many characters of the name, so the file name stays readable in a terminal. */
const LONGEST = 48;

/**
 * `playground_<name>.py`, the name lower-cased, accents dropped, and every run of other characters (spaces,
 * punctuation, letters outside a–z) made one `_`; `playground_run.py` when nothing is left (a name in Chinese).
 */
export function scriptFileName(name: string): string {
  const safe = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .slice(0, LONGEST)
    .replace(/^_+|_+$/g, '');
  return `playground_${safe || 'run'}.py`;
}
