// The CSS font of an element as a canvas `font` string, so that text drawn into an exported image is set in the
// page's own typeface, size and weight (a canvas otherwise draws in 10px sans-serif, whatever the page uses).

type FontStyle = Pick<CSSStyleDeclaration, 'fontStyle' | 'fontWeight' | 'fontSize' | 'fontFamily'>;

/** `italic 600 15px system-ui, "Segoe UI", sans-serif`: the shorthand's order, the family list as CSS has it. */
export function canvasFont(style: FontStyle): string {
  const family = style.fontFamily.trim() || 'sans-serif';
  const parts = [style.fontStyle === 'normal' ? '' : style.fontStyle, style.fontWeight, style.fontSize, family];
  return parts.filter(Boolean).join(' ');
}
