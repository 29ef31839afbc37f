import { shadowOf } from './shadow-of';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/**
 * The elements inside `root` that Tab stops on, in document order: focusable, not hidden, and
 * not inside a closed `<details>` (its summary still counts). Used to notice Tab past the end.
 */
export function tabStops(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => {
    if (el.tabIndex < 0 || el.closest('[hidden], [inert]')) return false;
    const details = el.parentElement?.closest('details');
    if (details && !details.open && !(el.tagName === 'SUMMARY' && el.parentElement === details)) return false;
    return el.getClientRects().length > 0;
  });
}

const TEXT_INPUTS = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'range',
  'color',
  'file',
  'image',
  'hidden',
]);

/**
 * True when keys typed now go into text: focus (looked up through open shadow roots) is in a text
 * input, a textarea, a select or an editable region. Gloss's shortcuts do nothing there.
 */
export function typingIn(doc: Document): boolean {
  // A document in design mode is an editor throughout (a rich-text editor's frame).
  if (doc.designMode === 'on') return true;
  const el = deepActiveElement(doc);
  if (!el) return false;
  // Tag names, not instanceof: in Firefox a content script sees page elements through wrappers.
  // An XHTML page writes them in lower case.
  const tag = el.tagName.toUpperCase();
  if (tag === 'INPUT') return !TEXT_INPUTS.has((el as HTMLInputElement).type);
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  // Focus in a frame of the same origin in design mode: the caret is in its editor.
  if (tag === 'IFRAME' || tag === 'FRAME') return sameOriginDesignMode(el as HTMLIFrameElement);
  return (el as HTMLElement).isContentEditable === true;
}

/**
 * The focused element, looked up through shadow roots, closed ones too where the browser lets an
 * extension see them (a field in a closed root would otherwise read as its host, and the reader's
 * Alt+Shift+J as the shortcut); null when nothing is focused.
 */
export function deepActiveElement(doc: Document): HTMLElement | null {
  let el: Element | null = doc.activeElement;
  for (let root = el && shadowOf(el); root?.activeElement; root = shadowOf(el!)) el = root.activeElement;
  return el as HTMLElement | null;
}

/** True when the frame's document can be read and is in design mode (a cross-origin one cannot be). */
function sameOriginDesignMode(frame: HTMLIFrameElement): boolean {
  try {
    return frame.contentDocument?.designMode === 'on';
  } catch {
    return false;
  }
}
