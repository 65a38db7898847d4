/**
 * 跳到此处: puts the cursor at the start of a line of the body field and scrolls the form to it.
 * Only the selection moves: the text, which the text widget keeps byte for byte, is not touched.
 * The preview's code runs in the admin page's window (Decap renders it into the preview frame),
 * so `document` here is the form's.
 */

/** Decap's ids for a field's input: `<name>-field-<n>` (the label's `for`). */
const fieldInputs = (name: string) => [...document.querySelectorAll<HTMLElement>(`[id^="${name}-field-"]`)];

/** The offset where 1-based `line` starts in `text`; the end of the text past its last line. */
export function lineOffset(text: string, line: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return offset;
}

/** How far below the top of `textarea`'s content the caret at `offset` sits, measured on a copy laid out like it. */
function caretTop(textarea: HTMLTextAreaElement, offset: number): number {
  const style = getComputedStyle(textarea);
  const copy = document.createElement('div');
  for (const property of [
    'boxSizing',
    'width',
    'padding',
    'border',
    'font',
    'lineHeight',
    'letterSpacing',
    'wordSpacing',
    'tabSize',
  ] as const) {
    copy.style[property] = style[property];
  }
  Object.assign(copy.style, {
    position: 'absolute',
    visibility: 'hidden',
    top: '0',
    left: '0',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'break-word',
  });
  copy.textContent = textarea.value.slice(0, offset);
  const caret = copy.appendChild(document.createElement('span'));
  caret.textContent = '\u200b';
  document.body.append(copy);
  const top = caret.offsetTop;
  copy.remove();
  return top;
}

/** The nearest ancestor that scrolls vertically, or the page. */
function scroller(element: HTMLElement): HTMLElement {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    const { overflowY } = getComputedStyle(parent);
    if ((overflowY === 'auto' || overflowY === 'scroll') && parent.scrollHeight > parent.clientHeight) return parent;
  }
  return document.scrollingElement as HTMLElement;
}

/** Cursor on `line` of the body (1-based), the line a third of the way down the form. False when there is no body field. */
export function placeBodyCursor(line: number): boolean {
  const textarea = fieldInputs('body').find((input): input is HTMLTextAreaElement => input instanceof HTMLTextAreaElement);
  if (!textarea) return false;
  const offset = lineOffset(textarea.value, line);
  textarea.focus({ preventScroll: true });
  textarea.setSelectionRange(offset, offset);
  // Decap's text widget grows with its text, so it is the form that scrolls; a box that scrolls itself is scrolled first.
  const top = caretTop(textarea, offset);
  textarea.scrollTop = Math.max(0, top - textarea.clientHeight / 3);
  const box = scroller(textarea);
  const caretY = textarea.getBoundingClientRect().top + top - textarea.scrollTop;
  const boxTop = box === document.scrollingElement ? 0 : box.getBoundingClientRect().top;
  box.scrollTop += caretY - boxTop - box.clientHeight / 3;
  return true;
}

/** Focuses the form field a front matter problem names (`year`, `contacts.phones.0`: the innermost with an input). */
export function focusField(path: string): boolean {
  for (const name of path.split('.').reverse()) {
    const input = fieldInputs(name).find((element) => element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement);
    if (input) {
      input.focus();
      return true;
    }
  }
  return false;
}
