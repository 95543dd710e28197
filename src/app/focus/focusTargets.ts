/**
 * Where focus may go when what held it disappears. The accessibility contract: focus never
 * falls to the page body when something closes.
 */

/** Focus has nowhere to be: on the body, or on a control that has just been disabled. */
export function focusIsLost(): boolean {
  const active = document.activeElement;
  return (
    !active ||
    active === document.body ||
    !active.isConnected ||
    (active instanceof HTMLButtonElement && active.disabled)
  );
}

/** Focuses an element if it can take focus now (on the page, not disabled, nothing inert). */
export function tryFocus(element: HTMLElement | null | undefined): boolean {
  if (!element?.isConnected || element.closest('[inert]')) return false;
  if (element instanceof HTMLButtonElement && element.disabled) return false;
  element.focus();
  return document.activeElement === element;
}

/** The first thing to focus inside a container that is shown: a control, else itself. */
export function firstFocusable(container: HTMLElement): HTMLElement {
  const candidates = container.querySelectorAll<HTMLElement>(
    '[tabindex="0"], button:not([disabled]), a[href], input, select',
  );
  return (
    [...candidates].find((element) => element.checkVisibility() && !element.closest('[inert]')) ??
    container
  );
}
