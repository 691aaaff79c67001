// Numbers as a person reads them, in the page's language (Intl): tick labels, hovered values, settings in a
// legend. Pure: the locale is an argument. Not for files (CSV, JSON), which keep one machine-readable form.

const formats = new Map<string, Intl.NumberFormat>();

/** One Intl.NumberFormat per locale and options: building one costs far more than using it. */
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

/** Digits after the decimal point in the value's shortest form, noise of a sum (0.30000000000000004) cut off. */
export function decimalsOf(value: number): number {
  const text = String(Number(value.toPrecision(12)));
  const exponent = /e([+-]\d+)$/.exec(text);
  const mantissa = text.replace(/e.*$/, '');
  const point = mantissa.indexOf('.');
  const fraction = point < 0 ? 0 : mantissa.length - point - 1;
  return Math.max(0, fraction - (exponent ? Number(exponent[1]) : 0));
}

/** 1e-5 as ML writes it: Intl's mantissa in the locale, then e and the exponent ("1e-5", "2.5e-7"). */
export function scientific(value: number, locale: string, significantDigits = 3): string {
  const parts = numberFormat(locale, { notation: 'scientific', maximumSignificantDigits: significantDigits })
    .formatToParts(value)
    .map((part) => (part.type === 'exponentSeparator' ? 'e' : part.value));
  return parts.join('');
}

/** Below this, a value is written in scientific notation: 0.0001 reads fine, 0.0000001 needs counting. */
const SMALLEST_PLAIN = 1e-4;

/**
 * A setting's value, exactly as it was typed where possible (up to 6 significant digits): "0.001", "60,000",
 * "1e-7". Non-finite values by name.
 */
export function settingNumber(value: number, locale: string): string {
  if (!Number.isFinite(value)) return String(value);
  if (value !== 0 && Math.abs(value) < SMALLEST_PLAIN) return scientific(value, locale, 6);
  return numberFormat(locale, { maximumSignificantDigits: 6 }).format(value);
}

/**
 * A tick's label: its round value in full ("20,000", "0.25"), as a percentage on an accuracy axis ("92%",
 * "90.5%"), in scientific notation when tiny (a log axis's "1e-6").
 */
export function tickLabel(value: number, locale: string, { percent = false } = {}): string {
  if (!Number.isFinite(value)) return String(value);
  if (percent) {
    return numberFormat(locale, { style: 'percent', maximumFractionDigits: Math.max(0, decimalsOf(value) - 2) }).format(
      value,
    );
  }
  if (value !== 0 && Math.abs(value) < SMALLEST_PLAIN) return scientific(value, locale, 3);
  return numberFormat(locale, { maximumFractionDigits: Math.min(20, decimalsOf(value)) }).format(value);
}

/** An accuracy as a person compares two: one decimal of a percent (0.9134 → "91.3%"). */
export function percentText(value: number, locale: string): string {
  if (!Number.isFinite(value)) return String(value);
  return numberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** A value to `digits` decimals, always written (a loss: "2.3026", "0.5000"). */
export function fixedText(value: number, locale: string, digits: number): string {
  if (!Number.isFinite(value)) return String(value);
  return numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A value to 3 significant digits, tiny ones in scientific notation (a learning rate: "0.001", "2.5e-5"). */
export function significantText(value: number, locale: string): string {
  if (!Number.isFinite(value)) return String(value);
  if (value !== 0 && Math.abs(value) < SMALLEST_PLAIN) return scientific(value, locale, 3);
  return numberFormat(locale, { maximumSignificantDigits: 3 }).format(value);
}

/** A whole count with the locale's grouping ("12,345"). */
export function countText(value: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}
