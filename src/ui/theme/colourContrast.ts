// WCAG 2 contrast between two colours, and the least change that makes a line legible on a background. Pure
// arithmetic on #rrggbb strings; the formulas are WCAG 2.2's "relative luminance" and "contrast ratio".

export type Rgb = readonly [number, number, number];

/** '#rrggbb' (or '#rgb') as three 0–255 channels; null for anything else. */
export function parseHex(colour: string): Rgb | null {
  const text = colour.trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(text);
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(text);
  const parts = long ? long.slice(1) : short ? short.slice(1).map((c) => c + c) : null;
  return parts ? [parseInt(parts[0]!, 16), parseInt(parts[1]!, 16), parseInt(parts[2]!, 16)] : null;
}

export function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG relative luminance: 0 for black, 1 for white. */
export function relativeLuminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio, 1 (none) to 21 (black on white). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** `share` of the way from `from` to `to` (0: from, 1: to). */
export function mix(from: Rgb, to: Rgb, share: number): Rgb {
  return [0, 1, 2].map((i) => from[i]! + (to[i]! - from[i]!) * share) as unknown as Rgb;
}

/**
 * `colour` if it stands out from `background` by at least `ratio`, else the colour mixed towards `ink` (the text
 * colour, which contrasts most) just far enough to: the hue stays recognisable, only its lightness moves.
 */
export function legibleOn(colour: string, background: string, ink: string, ratio: number): string {
  const line = parseHex(colour);
  const back = parseHex(background);
  const towards = parseHex(ink);
  if (!line || !back || !towards || contrastRatio(line, back) >= ratio) return colour;
  // Contrast grows steadily along the way to the ink: halve the interval 16 times (finer than one channel step).
  let low = 0;
  let high = 1;
  for (let i = 0; i < 16; i++) {
    const middle = (low + high) / 2;
    if (contrastRatio(mix(line, towards, middle), back) >= ratio) high = middle;
    else low = middle;
  }
  // Rounded towards the ink, so that whole channels do not fall back under the ratio.
  const mixed = mix(line, towards, high);
  return toHex(mixed.map((c, i) => (towards[i]! > c ? Math.ceil(c) : Math.floor(c))) as unknown as Rgb);
}
