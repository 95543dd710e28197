import type { Step } from '../../domain/events/order';

/** What a key asks of presenter mode. */
export type PresenterCommand = Step | 'black' | 'fullScreen' | 'escape';

/**
 * The keys a presentation clicker sends (PageDown/PageUp, arrows, B or "." for a black screen,
 * sometimes Escape) and the ones a presenter at a keyboard reaches for.
 */
const COMMANDS: Record<string, PresenterCommand> = {
  PageDown: 'next',
  ArrowRight: 'next',
  ArrowDown: 'next',
  ' ': 'next',
  n: 'next',
  N: 'next',
  PageUp: 'previous',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  p: 'previous',
  P: 'previous',
  Home: 'first',
  End: 'last',
  b: 'black',
  B: 'black',
  '.': 'black',
  f: 'fullScreen',
  F: 'fullScreen',
  Escape: 'escape',
};

/** What has focus when a key is pressed, as far as the keys care. */
export type KeyTarget = 'page' | 'textEntry' | 'dialog' | 'control' | 'slider';

type KeyPress = Pick<
  KeyboardEvent,
  'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'isComposing' | 'defaultPrevented'
>;

/**
 * The command of a key pressed anywhere on the page, or null where the key belongs to someone
 * else: a browser shortcut (Ctrl, Alt, ⌘), text being typed, an open dialog, Space on a control
 * (which presses it), arrows on a slider, or a key a widget has already handled.
 */
export function presenterCommand(press: KeyPress, target: KeyTarget): PresenterCommand | null {
  const command = COMMANDS[press.key];
  if (!command || press.defaultPrevented || press.isComposing) return null;
  if (press.altKey || press.ctrlKey || press.metaKey) return null;
  if (target === 'textEntry' || target === 'dialog') return null;
  if (press.key === ' ' && target === 'control') return null;
  if (press.key.startsWith('Arrow') && target === 'slider') return null;
  return command;
}

const NOT_TEXT = new Set(['button', 'checkbox', 'radio', 'reset', 'submit', 'image', 'range']);

/** Classifies the element a key went to (the page body when nothing else has focus). */
export function keyTarget(element: EventTarget | null): KeyTarget {
  if (!(element instanceof Element)) return 'page';
  if (element.closest('dialog[open]')) return 'dialog';
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement)
    return 'textEntry';
  if (element instanceof HTMLInputElement && !NOT_TEXT.has(element.type)) return 'textEntry';
  if (element.closest('[contenteditable]:not([contenteditable="false"])')) return 'textEntry';
  if (element.closest('[role="slider"], input[type="range"]')) return 'slider';
  if (element.closest('button, a[href], summary, input, [role="button"]')) return 'control';
  return 'page';
}
