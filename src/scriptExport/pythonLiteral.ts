// Values as Python literals, for the settings table at the top of the exported script: strings, numbers and lists as
// JSON writes them (so the text matches the playground's JSON export: `[0.2,0.5]`, no spaces), booleans True/False,
// null None.

export type PlainValue =
  string | number | boolean | null | readonly PlainValue[] | { readonly [key: string]: PlainValue };

export function pythonLiteral(value: PlainValue): string {
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'float("nan")';
    if (!Number.isFinite(value)) return value > 0 ? 'float("inf")' : '-float("inf")';
    return JSON.stringify(value);
  }
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item: PlainValue) => pythonLiteral(item)).join(',')}]`;
  const entries = Object.entries(value as { readonly [key: string]: PlainValue });
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}: ${pythonLiteral(item)}`).join(', ')}}`;
}

/**
 * A dict of dicts, one entry per line: `NAME = {\n    "outer": {\n        "key": value,\n ... }`. Keys in the
 * order given.
 */
export function pythonTable(name: string, rows: readonly [string, readonly [string, PlainValue][]][]): string {
  const lines = [`${name} = {`];
  for (const [outer, fields] of rows) {
    lines.push(`    ${JSON.stringify(outer)}: {`);
    for (const [key, value] of fields) lines.push(`        ${JSON.stringify(key)}: ${pythonLiteral(value)},`);
    lines.push('    },');
  }
  lines.push('}');
  return lines.join('\n');
}
