// A text as data: a code naming the sentence and the values it is filled with. The schema keeps each sentence's
// English as a template (`{{name}}` marks a value); the UI's catalog renders the same code in the page's language.
// A value may itself be a phrase (a part of the sentence that varies with the case), or a list of phrases (joined),
// rendered first.

export interface Phrase<C extends string = string> {
  code: C;
  params: PhraseParams;
}

export type PhraseParams = Readonly<Record<string, string | number | Phrase | readonly Phrase[]>>;

/** One language's sentences: a code and its (rendered) values in, the text out. */
export type Say = (code: string, values: Readonly<Record<string, string | number>>) => string;

/** The code that joins a list of phrases ("; " in English). */
export const LIST_SEPARATOR = 'listSeparator';

/** Fills `{{name}}` in `template` with `values` (already rendered); an unknown name is left as written. */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** Says a table's template for each code (the code itself where the table lacks it). */
export const sayFrom =
  (templates: Readonly<Record<string, string>>): Say =>
  (code, values) =>
    fillTemplate(templates[code] ?? code, values);

/** Renders a phrase and its nested phrases in one language. */
export function renderPhrase(phrase: Phrase, say: Say): string {
  const values = Object.fromEntries(
    Object.entries(phrase.params).map(([name, value]) => [
      name,
      typeof value !== 'object'
        ? value
        : Array.isArray(value)
          ? (value as readonly Phrase[]).map((part) => renderPhrase(part, say)).join(say(LIST_SEPARATOR, {}))
          : renderPhrase(value as Phrase, say),
    ]),
  );
  return say(phrase.code, values);
}
