import { whenTextAppears } from '../src/page/wait-for-text';

/** The one call this script makes. */
interface ExtensionApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

/**
 * The script every frame below the top runs from its start: it waits for the frame's body to
 * hold some text, then asks the background to start Gloss in the frame. It is all an empty frame
 * costs: no matcher, no settings, not even the messaging library, since a page may hold a
 * thousand such frames and each one runs this in its own world.
 */
export default defineUnlistedScript(() => {
  if (window === window.top) return; // the top frame's content script starts with the page
  void whenTextAppears(document, new AbortController().signal).then((found) => {
    if (!found) return;
    // The browser's own namespace (Firefox's `browser`, Chrome's `chrome`; both return promises),
    // read only now: the first read builds the extension's API in this frame, which costs more
    // than everything else an empty frame does.
    const { browser, chrome } = globalThis as unknown as Record<string, ExtensionApi | undefined>;
    try {
      (browser ?? chrome)?.runtime.sendMessage({ type: 'frame/start' }).catch(() => {});
    } catch {
      // The extension was reloaded or removed since: this frame's script is an orphan.
    }
  });
});
