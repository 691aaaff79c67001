import { useEffect, type RefObject } from 'react';
import { focusHandoff } from './focusHandoff';

/**
 * Keeps keyboard focus in a group of buttons when the focused one becomes disabled: the browser would drop it on
 * the page's body, and the next Tab would start from the top. Focus moves to the nearest enabled button
 * (focusHandoff); if none is enabled yet, to the first that becomes enabled, unless focus went elsewhere meanwhile.
 */
export function useFocusStaysInGroup(group: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = group.current;
    if (!element) return;
    let focused: HTMLButtonElement | null = null;
    let orphaned = false;
    const onFocusIn = (event: FocusEvent) => {
      focused = event.target instanceof HTMLButtonElement ? event.target : null;
      orphaned = false;
    };
    // Left by the person (a click elsewhere, Tab): forget it. Left because it was disabled: that is the case handled.
    const onFocusOut = (event: FocusEvent) => {
      if (event.target === focused && !focused?.disabled) focused = null;
    };
    const onDocumentFocusIn = (event: FocusEvent) => {
      if (!element.contains(event.target as Node)) orphaned = false;
    };
    const focusLost = () => {
      const active = document.activeElement;
      return active === null || active === document.body || active === focused;
    };
    const observer = new MutationObserver(() => {
      if (!focused || !element.contains(focused)) return;
      if (focused.disabled && focusLost()) orphaned = true;
      if (!orphaned || !focusLost()) return;
      const buttons = [...element.querySelectorAll('button')];
      const next = focusHandoff(
        buttons.map((button) => !button.disabled),
        buttons.indexOf(focused),
      );
      if (next === null) return;
      orphaned = false;
      buttons[next]!.focus();
    });
    observer.observe(element, { subtree: true, attributes: true, attributeFilter: ['disabled'] });
    element.addEventListener('focusin', onFocusIn);
    element.addEventListener('focusout', onFocusOut);
    document.addEventListener('focusin', onDocumentFocusIn);
    return () => {
      observer.disconnect();
      element.removeEventListener('focusin', onFocusIn);
      element.removeEventListener('focusout', onFocusOut);
      document.removeEventListener('focusin', onDocumentFocusIn);
    };
  }, [group]);
}
