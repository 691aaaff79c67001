import { useEffect, type RefObject } from 'react';
import { focusHandoff } from './focusHandoff';

/**
 * Keeps keyboard focus in a group of buttons when the focused one becomes disabled: the browser would drop it on
 * the page's body, and the next Tab would start from the top. Focus moves to the button focusHandoff picks, and
 * follows the pick as buttons come and go until the person presses a key or the pointer, or focus leaves the group
 * (Pause pressed: Stop is enabled at once, Resume only once the run has paused; focus goes on to Resume).
 */
export function useFocusStaysInGroup(group: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = group.current;
    if (!element) return;
    /** The button focus is on (or was on when it was disabled). */
    let focused: HTMLButtonElement | null = null;
    /** The disabled button focus is being handed on from, while the handoff lasts. */
    let origin: HTMLButtonElement | null = null;
    const buttons = () => [...element.querySelectorAll('button')];
    const focusIsOurs = () => {
      const active = document.activeElement;
      return active === null || active === document.body || active === focused || active === origin;
    };
    const handOn = () => {
      if (!origin || !element.contains(origin) || !focusIsOurs()) return;
      const all = buttons();
      const next = focusHandoff(
        all.map((button) => !button.disabled),
        all.indexOf(origin),
      );
      if (next !== null && document.activeElement !== all[next]) all[next]!.focus();
    };
    const observer = new MutationObserver(() => {
      if (!origin && focused?.disabled && element.contains(focused) && focusIsOurs()) origin = focused;
      handOn();
    });
    const onFocusIn = (event: FocusEvent) => {
      focused = event.target instanceof HTMLButtonElement ? event.target : null;
    };
    // Left by the person (a click elsewhere, Tab): forget it. Left because it was disabled: that is the case handled.
    const onFocusOut = (event: FocusEvent) => {
      if (event.target === focused && !focused?.disabled) focused = null;
    };
    const endHandoff = () => {
      origin = null;
    };
    const onDocumentFocusIn = (event: FocusEvent) => {
      if (!element.contains(event.target as Node)) origin = null;
    };
    observer.observe(element, { subtree: true, attributes: true, attributeFilter: ['disabled'] });
    element.addEventListener('focusin', onFocusIn);
    element.addEventListener('focusout', onFocusOut);
    document.addEventListener('focusin', onDocumentFocusIn);
    document.addEventListener('keydown', endHandoff, true);
    document.addEventListener('pointerdown', endHandoff, true);
    return () => {
      observer.disconnect();
      element.removeEventListener('focusin', onFocusIn);
      element.removeEventListener('focusout', onFocusOut);
      document.removeEventListener('focusin', onDocumentFocusIn);
      document.removeEventListener('keydown', endHandoff, true);
      document.removeEventListener('pointerdown', endHandoff, true);
    };
  }, [group]);
}
