// Text a person or a link supplies, made fit to show: names of runs, a lesson ID quoted in a message.

/** Drops control characters (U+0000–U+001F, U+007F), which have no place in a run's name. */
export function withoutControlCharacters(text: string): string {
  return Array.from(text)
    .filter((ch) => {
      const code = ch.charCodeAt(0);
      return code > 0x1f && code !== 0x7f;
    })
    .join('');
}
