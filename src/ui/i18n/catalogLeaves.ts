// Every text of a catalog namespace as (key path, text): what the completeness tests walk, in Vitest and in the
// browser (the zh-CN page must show none of the English texts).

export interface CatalogLeaf {
  key: string;
  text: string;
}

export function catalogLeaves(namespace: unknown, prefix = ''): CatalogLeaf[] {
  if (typeof namespace === 'string') return [{ key: prefix, text: namespace }];
  if (namespace === null || typeof namespace !== 'object') return [];
  return Object.entries(namespace).flatMap(([key, value]) => catalogLeaves(value, prefix ? `${prefix}.${key}` : key));
}

/** The `{{name}}` placeholders a text fills in, sorted: both languages' texts of a key must fill the same ones. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((match) => match[1]!).sort();
}
