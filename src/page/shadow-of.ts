/** Chromium's content-script API that opens closed shadow roots to extensions. */
type DomApi = { dom?: { openOrClosedShadowRoot?: (el: Element) => ShadowRoot | null } };

/**
 * `el`'s shadow root, open or closed where the browser lets an extension see it (Chromium's
 * `chrome.dom`, Firefox's `openOrClosedShadowRoot`), or null.
 */
export function shadowOf(el: Element): ShadowRoot | null {
  if (el.shadowRoot) return el.shadowRoot;
  try {
    const opened = (globalThis as { chrome?: DomApi }).chrome?.dom?.openOrClosedShadowRoot?.(el);
    if (opened) return opened;
  } catch {}
  return (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ?? null;
}
