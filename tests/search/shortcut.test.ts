/** `/` and Ctrl+K / ⌘K focus the header box, except while typing in another field. */
import { describe, expect, it } from 'vitest';
import { isSearchShortcut, isTypingTarget, type ShortcutEvent } from '../../components/search/shortcut';

const body = { tagName: 'BODY' } as unknown as EventTarget;
const key = (k: string, extra: Partial<ShortcutEvent> = {}): ShortcutEvent => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: body,
  ...extra,
});
const element = (tagName: string, props: Record<string, unknown> = {}) => ({ tagName, ...props }) as unknown as EventTarget;

describe('search shortcuts', () => {
  it('accepts / and Ctrl+K or ⌘K outside text fields', () => {
    expect(isSearchShortcut(key('/'))).toBe(true);
    expect(isSearchShortcut(key('k', { ctrlKey: true }))).toBe(true);
    expect(isSearchShortcut(key('K', { metaKey: true, shiftKey: true }))).toBe(true);
    expect(isSearchShortcut(key('/', { target: element('A') }))).toBe(true);
    expect(isSearchShortcut(key('/', { target: element('INPUT', { type: 'checkbox' }) }))).toBe(true);
  });

  it('ignores other keys and modified slashes', () => {
    expect(isSearchShortcut(key('k'))).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true, altKey: true }))).toBe(false);
    expect(isSearchShortcut(key('/', { ctrlKey: true }))).toBe(false);
    expect(isSearchShortcut(key('?', { shiftKey: true }))).toBe(false);
    expect(isSearchShortcut(key('/', { isComposing: true }))).toBe(false);
  });

  it('never fires while typing in another field', () => {
    for (const target of [
      element('INPUT'),
      element('INPUT', { type: 'search' }),
      element('TEXTAREA'),
      element('SELECT'),
      element('DIV', { isContentEditable: true }),
    ]) {
      expect(isTypingTarget(target)).toBe(true);
      expect(isSearchShortcut(key('/', { target }))).toBe(false);
      expect(isSearchShortcut(key('k', { ctrlKey: true, target }))).toBe(false);
    }
    expect(isTypingTarget(null)).toBe(false);
  });
});
