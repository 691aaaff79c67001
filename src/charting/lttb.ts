// Largest-Triangle-Three-Buckets (Steinarsson 2013, "Downsampling Time Series for Visual Representation"):
// keeps the first and last points and, per bucket, the point forming the largest triangle with the point kept
// before it and the mean of the next bucket. Keeps peaks and the curve's shape; the data itself stays whole.

export interface Point {
  x: number;
  y: number;
}

export function lttb(xs: ArrayLike<number>, ys: ArrayLike<number>, threshold: number): Point[] {
  const n = Math.min(xs.length, ys.length);
  if (threshold >= n || threshold < 3) {
    return Array.from({ length: n }, (_, i) => ({ x: xs[i]!, y: ys[i]! }));
  }
  const out: Point[] = [{ x: xs[0]!, y: ys[0]! }];
  const bucketSize = (n - 2) / (threshold - 2);
  let kept = 0;
  for (let bucket = 0; bucket < threshold - 2; bucket++) {
    const start = Math.floor(bucket * bucketSize) + 1;
    const end = Math.floor((bucket + 1) * bucketSize) + 1;
    // Mean of the next bucket (the last point for the final bucket).
    const nextStart = end;
    const nextEnd = Math.min(Math.floor((bucket + 2) * bucketSize) + 1, n);
    let meanX = 0;
    let meanY = 0;
    for (let i = nextStart; i < nextEnd; i++) {
      meanX += xs[i]!;
      meanY += ys[i]!;
    }
    const count = Math.max(1, nextEnd - nextStart);
    meanX /= count;
    meanY /= count;
    let best = start;
    let bestArea = -1;
    const ax = xs[kept]!;
    const ay = ys[kept]!;
    for (let i = start; i < end; i++) {
      const area = Math.abs((ax - meanX) * (ys[i]! - ay) - (ax - xs[i]!) * (meanY - ay));
      if (area > bestArea) {
        bestArea = area;
        best = i;
      }
    }
    out.push({ x: xs[best]!, y: ys[best]! });
    kept = best;
  }
  out.push({ x: xs[n - 1]!, y: ys[n - 1]! });
  return out;
}
