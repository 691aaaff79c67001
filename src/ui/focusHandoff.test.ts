import { describe, expect, it } from 'vitest';
import { focusHandoff } from './focusHandoff';

describe('focus handoff', () => {
  // Train, Pause, Stop, Reset.
  it('hands a pressed Train to Pause, the first enabled after it', () => {
    expect(focusHandoff([false, true, true, false], 0)).toBe(1);
  });

  it('hands Pause back to Resume, before it, rather than on to Stop', () => {
    expect(focusHandoff([true, false, true, true], 1)).toBe(0);
  });

  it('hands Stop to Train when Pause is disabled as well', () => {
    expect(focusHandoff([true, false, false, true], 2)).toBe(0);
  });

  it('finds nothing when the whole group is disabled', () => {
    expect(focusHandoff([false, false, false, false], 2)).toBeNull();
  });
});
