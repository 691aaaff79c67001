// Sums of doubles kept exactly, as a short list of non-overlapping doubles (Shewchuk's expansions, the partials of
// Python's math.fsum), rounded once when read. The rounded value depends only on which numbers are in the sum, not
// on the order they were added or removed in: a window sliding over the loss curve gives, bit for bit, the mean that
// summing its slice afresh gives, which is what lets VerdictTracker keep windows running and still agree exactly
// with verdictsFor. Exact for finite inputs within ~2^±400 (far beyond any loss); squares outside it may round.

/** Adds x to `parts` (non-overlapping, increasing magnitude, no zeros) in place, exactly. */
function grow(parts: number[], x: number): void {
  let kept = 0;
  for (let i = 0; i < parts.length; i++) {
    let y = parts[i]!;
    if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
    const hi = x + y;
    const lo = y - (hi - x);
    if (lo !== 0) parts[kept++] = lo;
    x = hi;
  }
  parts.length = kept;
  if (x !== 0) parts.push(x);
}

/** The correctly rounded value of `parts` (math.fsum's last step, half-even across partials included). */
function round(parts: readonly number[]): number {
  let n = parts.length;
  if (n === 0) return 0;
  let hi = parts[--n]!;
  let lo = 0;
  while (n > 0) {
    const x = hi;
    const y = parts[--n]!;
    hi = x + y;
    lo = y - (hi - x);
    if (lo !== 0) break;
  }
  if (n > 0 && ((lo < 0 && parts[n - 1]! < 0) || (lo > 0 && parts[n - 1]! > 0))) {
    const y = lo * 2;
    const x = hi + y;
    if (y === x - hi) hi = x;
  }
  return hi;
}

const SPLITTER = 2 ** 27 + 1;

/** Adds a·b to `parts` exactly (Dekker's product: the rounded product and its error). */
function growProduct(parts: number[], a: number, b: number): void {
  const p = a * b;
  const ca = SPLITTER * a;
  const aHi = ca - (ca - a);
  const aLo = a - aHi;
  const cb = SPLITTER * b;
  const bHi = cb - (cb - b);
  const bLo = b - bHi;
  grow(parts, p);
  grow(parts, aLo * bLo - (p - aHi * bHi - aLo * bHi - aHi * bLo));
}

/** Count, exact sum and (optionally) exact sum of squares of a multiset of numbers that can grow and shrink. */
export class ExactMoments {
  count = 0;
  private readonly sum: number[] = [];
  private readonly squares: number[] | null;

  constructor(withSquares = false) {
    this.squares = withSquares ? [] : null;
  }

  add(x: number): void {
    this.count++;
    grow(this.sum, x);
    if (this.squares) growProduct(this.squares, x, x);
  }

  remove(x: number): void {
    this.count--;
    grow(this.sum, -x);
    if (this.squares) growProduct(this.squares, -x, x);
  }

  clear(): void {
    this.count = 0;
    this.sum.length = 0;
    if (this.squares) this.squares.length = 0;
  }

  /** The exact sum rounded, divided by the count: NaN when empty, like a mean of nothing. */
  mean(): number {
    return round(this.sum) / this.count;
  }

  /** Population variance: count·Σx² − (Σx)², exact, rounded once, then divided by count² (needs withSquares). */
  variance(): number {
    if (!this.squares) throw new Error('ExactMoments: variance needs the squares');
    const spread: number[] = [];
    for (const q of this.squares) growProduct(spread, q, this.count);
    for (const a of this.sum) for (const b of this.sum) growProduct(spread, -a, b);
    return Math.max(0, round(spread)) / (this.count * this.count);
  }
}

function momentsOf(xs: readonly number[], withSquares: boolean): ExactMoments {
  const moments = new ExactMoments(withSquares);
  for (const x of xs) moments.add(x);
  return moments;
}

/** The mean of xs from their exact sum (NaN for none). */
export const exactMean = (xs: readonly number[]) => momentsOf(xs, false).mean();

/** The population standard deviation of xs from their exact sums (NaN for none). */
export const exactStd = (xs: readonly number[]) => Math.sqrt(momentsOf(xs, true).variance());

/** ExactMoments of values[lo, hi) of an array that only grows; moving the bounds forward costs what they pass. */
export class SlidingWindow {
  private lo = 0;
  private hi = 0;

  constructor(readonly moments: ExactMoments) {}

  cover(values: readonly number[], lo: number, hi: number): void {
    // Bounds that move back or jump past the window (never, for the windows of the loss rules) start afresh.
    if (lo < this.lo || hi < this.hi || lo > this.hi) {
      this.moments.clear();
      this.lo = this.hi = lo;
    }
    for (; this.hi < hi; this.hi++) this.moments.add(values[this.hi]!);
    for (; this.lo < lo; this.lo++) this.moments.remove(values[this.lo]!);
  }
}
