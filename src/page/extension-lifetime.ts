import { browser } from 'wxt/browser';

/** How often the content script checks whether it was orphaned and whether the address changed. */
const CHECK_MS = 1000;

/**
 * The life of this content script, independent of WXT's context: `signal` aborts only when the
 * extension is really gone (reloaded, updated, disabled or removed: `runtime.id` disappears),
 * checked every second. WXT's context also aborts on a `…:content-script-started` event on the
 * document, which a page's script can dispatch, so Gloss does not use that signal: a replayed
 * start-up event changes nothing. `onLocationChange` is called when the address changes without
 * a page load (single-page apps, also where the Navigation API is missing).
 */
export function extensionLifetime(onLocationChange: () => void): { signal: AbortSignal } {
  const controller = new AbortController();
  let href = location.href;
  const timer = setInterval(() => {
    if (browser.runtime?.id == null) {
      clearInterval(timer);
      controller.abort();
      return;
    }
    if (location.href !== href) {
      href = location.href;
      onLocationChange();
    }
  }, CHECK_MS);
  return { signal: controller.signal };
}
