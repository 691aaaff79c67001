import { describe, expect, it } from 'vitest';
import { presentationShortcut, takesText, type KeyPress, type KeyTarget } from './presentationKeys';

const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  shiftKey: false,
  isComposing: false,
  ...modifiers,
});
const body: KeyTarget = { tagName: 'BODY' };

describe('presentation shortcuts', () => {
  it.each([
    [' ', 'toggleTraining'],
    ['r', 'resetAll'],
    ['R', 'resetAll'],
    ['?', 'help'],
    ['Escape', 'leave'],
    ['x', null],
    ['Enter', null],
  ])('%j on the page asks for %s', (key, shortcut) => {
    expect(presentationShortcut(press(key), body)).toBe(shortcut);
  });

  it('take ? typed with Shift, but no other key with Shift', () => {
    expect(presentationShortcut(press('?', { shiftKey: true }), body)).toBe('help');
    expect(presentationShortcut(press(' ', { shiftKey: true }), body)).toBeNull();
    expect(presentationShortcut(press('R', { shiftKey: true }), body)).toBeNull();
  });

  it.each<Partial<KeyPress>>([{ ctrlKey: true }, { altKey: true }, { metaKey: true }, { isComposing: true }])(
    'ignore every key with %j',
    (modifiers) => {
      for (const key of [' ', 'r', '?', 'Escape']) expect(presentationShortcut(press(key, modifiers), body)).toBeNull();
    },
  );

  it.each<KeyTarget>([
    { tagName: 'INPUT' },
    { tagName: 'input', type: 'number' },
    { tagName: 'INPUT', type: 'search' },
    { tagName: 'TEXTAREA' },
    { tagName: 'SELECT' },
    { tagName: 'DIV', isContentEditable: true },
  ])('never fire while typing in %j, but Esc still leaves', (target) => {
    expect(takesText(target)).toBe(true);
    for (const key of [' ', 'r', 'R', '?']) expect(presentationShortcut(press(key), target)).toBeNull();
    expect(presentationShortcut(press('Escape'), target)).toBe('leave');
  });

  it('leave Space to a focused button or checkbox, which it presses, and take R and ? there', () => {
    for (const target of [{ tagName: 'BUTTON' }, { tagName: 'INPUT', type: 'checkbox' }, { tagName: 'A' }]) {
      expect(takesText(target)).toBe(false);
      expect(presentationShortcut(press(' '), target)).toBeNull();
      expect(presentationShortcut(press('r'), target)).toBe('resetAll');
      expect(presentationShortcut(press('?'), target)).toBe('help');
    }
  });
});
