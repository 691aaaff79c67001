import { describe, expect, it } from 'vitest';
import { canvasFont } from './canvasFont';

describe('the canvas font of an element', () => {
  it('names the page’s family, size and weight in the shorthand’s order', () => {
    expect(
      canvasFont({
        fontStyle: 'normal',
        fontWeight: '600',
        fontSize: '15px',
        fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      }),
    ).toBe('600 15px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif');
    expect(
      canvasFont({ fontStyle: 'italic', fontWeight: '400', fontSize: '13.6px', fontFamily: 'Noto Sans CJK SC' }),
    ).toBe('italic 400 13.6px Noto Sans CJK SC');
  });

  it('falls back to sans-serif when the element has no family', () => {
    expect(canvasFont({ fontStyle: 'normal', fontWeight: '400', fontSize: '13px', fontFamily: '' })).toBe(
      '400 13px sans-serif',
    );
  });
});
