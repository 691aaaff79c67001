// Which presentation shortcut a key press asks for, if any: a pure function of the key and of what has the keyboard,
// so the rules (never while typing, never with Ctrl/Alt/Meta, Space left to a focused button) are tested without a
// browser.

export type PresentationShortcut = 'toggleTraining' | 'resetAll' | 'help' | 'leave';

/** The parts of a KeyboardEvent the decision needs. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  /** True while an input method (Chinese pinyin, say) composes: the key belongs to it. */
  isComposing: boolean;
}

/** What has the keyboard: its tag name, its `type` for an <input>, whether it is contenteditable. */
export interface KeyTarget {
  tagName: string;
  type?: string;
  isContentEditable?: boolean;
}

/** Inputs that take no text: a letter typed on them means nothing to them. */
const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file']);

/** Whether the element takes typed text (so every letter, Space and ? are its own). */
export function takesText(target: KeyTarget | null): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && !NON_TEXT_INPUTS.has((target.type ?? 'text').toLowerCase());
}

/** Whether Space already does something there: presses a button, ticks a box, opens a select or a link. */
function spaceActivates(target: KeyTarget | null): boolean {
  if (!target) return false;
  const tag = target.tagName.toUpperCase();
  return tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY' || tag === 'INPUT' || tag === 'SELECT';
}

export function presentationShortcut(press: KeyPress, target: KeyTarget | null): PresentationShortcut | null {
  if (press.isComposing || press.ctrlKey || press.altKey || press.metaKey) return null;
  // Esc leaves even from a text box: it types nothing there.
  if (press.key === 'Escape') return 'leave';
  if (takesText(target)) return null;
  // '?' is Shift+/ on most layouts: Shift is allowed for it, and only for it.
  if (press.key === '?') return 'help';
  if (press.shiftKey) return null;
  if (press.key === ' ' || press.key === 'Spacebar') return spaceActivates(target) ? null : 'toggleTraining';
  if (press.key === 'r' || press.key === 'R') return 'resetAll';
  return null;
}
