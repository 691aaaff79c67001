// Numbers as the page's language writes them (Intl): grouping, decimal sign, percent. Not for files (CSV, JSON),
// which keep a fixed, machine-readable form.

const formats = new Map<string, Intl.NumberFormat>();

function format(language: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.NumberFormat(language, options);
    formats.set(key, found);
  }
  return found;
}

/** A whole count with the language's grouping: 60,000 (en), 60,000 (zh-CN). */
export const formatCount = (value: number, language: string) =>
  format(language, { maximumFractionDigits: 0 }).format(value);

/** A fraction as a percent with `digits` decimals: 0.9134 → 91.34%. */
export const formatPercent = (value: number, language: string, digits = 2) =>
  format(language, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);

/** A number with exactly `digits` decimals: 1.5 → 1.50. */
export const formatFixed = (value: number, language: string, digits: number) =>
  format(language, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }).format(value);
