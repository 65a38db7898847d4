/**
 * The keyboard shortcuts that focus the header search box: `/` and Ctrl+K / ⌘K.
 * Never while the reader is typing somewhere else: `/` is a character there.
 */

/** The parts of a KeyboardEvent the decision needs (plain data, so it is testable without a DOM). */
export interface ShortcutEvent {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey?: boolean;
  isComposing?: boolean;
  target: EventTarget | null;
}

interface MaybeEditable {
  tagName?: string;
  isContentEditable?: boolean;
  type?: string;
}

/** Inputs that take text; a checkbox or button does not, so `/` there may still jump to search. */
const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'color', 'file', 'image', 'radio', 'range', 'reset', 'submit']);

export function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as MaybeEditable | null;
  if (!el || typeof el.tagName !== 'string') return false;
  if (el.isContentEditable) return true;
  const tag = el.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && !NON_TEXT_INPUTS.has((el.type ?? 'text').toLowerCase());
}

export function isSearchShortcut(event: ShortcutEvent): boolean {
  if (event.isComposing || isTypingTarget(event.target)) return false;
  const key = event.key.toLowerCase();
  if (key === 'k') return (event.ctrlKey || event.metaKey) && !event.altKey;
  return key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
}
