// Axis ticks at round numbers: 1, 2 or 5 × 10^k apart on a linear axis; powers of ten (or 1-2-5 within a decade
// when the range holds too few of them) on a log axis. Tick values are built as integer × mantissa ÷ 10^k, not by
// adding a step repeatedly, so that 0.1 + 0.2 never shows up as 0.30000000000000004.

/** A step of `mantissa` × 10^`exponent`, mantissa 1, 2, 5 or 10. */
interface Step {
  mantissa: number;
  exponent: number;
}

/** The value k × step, exact where the decimal is (and 0, not -0, for k = -0). */
function multiple(k: number, { mantissa, exponent }: Step): number {
  return (exponent >= 0 ? k * mantissa * 10 ** exponent : (k * mantissa) / 10 ** -exponent) + 0;
}

const stepSize = (step: Step) => multiple(1, step);

/** The smallest 1, 2 or 5 × 10^k step that splits `span` into at most `count` intervals. */
function step(span: number, count: number): Step {
  const raw = span / count;
  const exponent = Math.floor(Math.log10(raw));
  for (const mantissa of [1, 2, 5]) {
    const candidate = { mantissa, exponent };
    // A hair of tolerance: 0.3 / 3 is 0.09999999999999999, which must still take the step 0.1.
    if (stepSize(candidate) >= raw * (1 - 1e-9)) return candidate;
  }
  return { mantissa: 1, exponent: exponent + 1 };
}

function multiplesWithin(min: number, max: number, s: Step): number[] {
  const size = stepSize(s);
  const ticks: number[] = [];
  const last = Math.floor(max / size + 1e-9);
  for (let k = Math.ceil(min / size - 1e-9); k <= last; k++) ticks.push(multiple(k, s));
  return ticks;
}

/** Round numbers in [min, max], a 1, 2 or 5 × 10^k step apart, making at most `count` intervals. */
export function linearTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max) || max < min) return [];
  if (max === min) return [min];
  return multiplesWithin(min, max, step(max - min, count));
}

/**
 * A linear axis around [min, max], widened outwards to the nearest ticks so that the curve's highest and lowest
 * points sit under a labelled line; `fromZero` starts it at 0 (a loss), where the data allow.
 */
export function linearAxis(
  min: number,
  max: number,
  { count = 5, fromZero = false }: { count?: number; fromZero?: boolean } = {},
): { domain: [number, number]; ticks: number[] } {
  let low = fromZero && min >= 0 ? 0 : min;
  let high = max;
  if (high <= low) {
    // One value (or all equal): half its size either side, or ±1 around 0.
    const half = Math.abs(low) / 2 || 1;
    low = fromZero && low - half < 0 && low >= 0 ? 0 : low - half;
    high = high + half;
  }
  const s = step(high - low, count);
  const size = stepSize(s);
  const domain: [number, number] = [
    multiple(Math.floor(low / size + 1e-9), s),
    multiple(Math.ceil(high / size - 1e-9), s),
  ];
  return { domain, ticks: multiplesWithin(domain[0], domain[1], s) };
}

/** 10^exponent, exact for negative exponents too (1 / 1000, not 10 ** -3's nearest neighbour). */
const powerOfTen = (exponent: number) => (exponent >= 0 ? 10 ** exponent : 1 / 10 ** -exponent);

/**
 * Ticks for a log axis over [min, max] (both > 0): the powers of ten inside, every second or third one when there
 * are more than `count`; 1, 2 and 5 × each power when fewer than three fall inside; round linear steps when even
 * those are fewer than two (a range narrower than a factor of 2.5).
 */
export function logTicks(min: number, max: number, count = 6): number[] {
  if (!(min > 0) || !Number.isFinite(max) || max < min) return [];
  const first = Math.ceil(Math.log10(min) - 1e-9);
  const last = Math.floor(Math.log10(max) + 1e-9);
  const decades = last - first + 1;
  if (decades >= 3) {
    const every = Math.ceil(decades / count);
    const ticks: number[] = [];
    for (let e = first; e <= last; e++) if (e % every === 0) ticks.push(powerOfTen(e));
    return ticks;
  }
  const ticks: number[] = [];
  for (let e = first - 1; e <= last; e++) {
    for (const mantissa of [1, 2, 5]) {
      const value = e >= 0 ? mantissa * 10 ** e : mantissa / 10 ** -e;
      if (value >= min * (1 - 1e-9) && value <= max * (1 + 1e-9)) ticks.push(value);
    }
  }
  return ticks.length >= 2 ? ticks : linearTicks(min, max, 4);
}

/**
 * A log axis around [min, max] (both > 0): the data range with a little room above and below (4% of its span in
 * log space), or a factor of 2 either side of a single value.
 */
export function logAxis(min: number, max: number): { domain: [number, number]; ticks: number[] } {
  let domain: [number, number];
  if (max <= min) domain = [min / 2, min * 2];
  else {
    const pad = (Math.log10(max) - Math.log10(min)) * 0.04;
    domain = [min / 10 ** pad, max * 10 ** pad];
  }
  return { domain, ticks: logTicks(domain[0], domain[1]) };
}
