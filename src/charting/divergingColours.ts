// A diverging colour map for signed values (weights, gradients): zero is a neutral near-white, positive values go
// to red, negative ones to blue, linearly in RGB up to ±scale, where one scale is shared by every tile shown so
// that tiles compare. The end colours are ColorBrewer's RdBu ends, told apart without red–green vision.

export type Rgb = readonly [number, number, number];

export const NEUTRAL: Rgb = [247, 247, 247];
export const POSITIVE: Rgb = [178, 24, 43];
export const NEGATIVE: Rgb = [33, 102, 172];
/** Not a number (a diverged run's weights): black, outside the map. */
export const NOT_A_NUMBER: Rgb = [0, 0, 0];

/** The colour of `value` on a map spanning −scale…+scale (clamped beyond); a scale of 0 or less draws all neutral. */
export function divergingColour(value: number, scale: number): Rgb {
  if (Number.isNaN(value)) return NOT_A_NUMBER;
  if (!(scale > 0)) return NEUTRAL;
  const t = Math.max(-1, Math.min(1, value / scale));
  const end = t >= 0 ? POSITIVE : NEGATIVE;
  const a = Math.abs(t);
  return [0, 1, 2].map((i) => Math.round(NEUTRAL[i]! + a * (end[i]! - NEUTRAL[i]!))) as unknown as Rgb;
}

/** The largest |value| over the tiles shown (finite values only): the shared scale; 0 when there is none. */
export function sharedScale(values: ArrayLike<number>, count = values.length): number {
  let scale = 0;
  for (let i = 0; i < count; i++) {
    const magnitude = Math.abs(values[i]!);
    if (Number.isFinite(magnitude) && magnitude > scale) scale = magnitude;
  }
  return scale;
}

/** One tile's RGBA pixels (for ImageData): `height · width` values of `values` from `offset`, row by row. */
export function tilePixels(
  values: ArrayLike<number>,
  offset: number,
  height: number,
  width: number,
  scale: number,
): Uint8ClampedArray<ArrayBuffer> {
  const pixels = new Uint8ClampedArray(height * width * 4);
  for (let i = 0; i < height * width; i++) {
    const [r, g, b] = divergingColour(values[offset + i]!, scale);
    pixels.set([r, g, b, 255], i * 4);
  }
  return pixels;
}
