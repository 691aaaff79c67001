// A text as data: a code naming the sentence and the values it is filled with. The schema keeps each sentence's
// English as a template (`{{name}}` marks a value); the UI's catalog renders the same code in the page's language.
// A value may itself be a phrase (a part of the sentence that varies with the case), rendered first.

export interface Phrase<C extends string = string> {
  code: C;
  params: PhraseParams;
}

export type PhraseParams = Readonly<Record<string, string | number | Phrase>>;

/** Fills `{{name}}` in `template` with `values` (already rendered); an unknown name is left as written. */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** Renders a phrase and its nested phrases with one table of templates (one language's). */
export function renderPhrase(phrase: Phrase, templates: Readonly<Record<string, string>>): string {
  const values = Object.fromEntries(
    Object.entries(phrase.params).map(([name, value]) => [
      name,
      typeof value === 'object' ? renderPhrase(value, templates) : value,
    ]),
  );
  return fillTemplate(templates[phrase.code] ?? phrase.code, values);
}

/** Whether two phrases say the same thing: same code, same values. */
export function samePhrase(a: Phrase, b: Phrase): boolean {
  return JSON.stringify([a.code, a.params]) === JSON.stringify([b.code, b.params]);
}
