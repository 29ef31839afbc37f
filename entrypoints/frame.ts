import { readEnvelope } from '../src/messaging/read-envelope';
import { whenTextAppears } from '../src/page/wait-for-text';

/** The one call this script makes. */
interface ExtensionApi {
  runtime?: { sendMessage?(message: unknown): Promise<unknown> };
}

/**
 * The script every frame below the top runs from its start: it waits for the frame's body to
 * hold some text, then asks the background to start Gloss in the frame. It is all an empty frame
 * costs: no matcher, no settings, not even the messaging library, since a page may hold a
 * thousand such frames and each one runs this in its own world.
 */
export default defineUnlistedScript(() => {
  if (window === window.top) return; // the top frame's content script starts with the page
  void whenTextAppears(document).then(askToStart);
});

function askToStart(found: boolean): void {
  if (found) ask(2);
}

/**
 * Asks the background to start Gloss in this frame, again once a second later if that failed.
 * The extension's API is read only now: in Chromium the first read builds it in this frame,
 * which costs more than everything else an empty frame does.
 */
function ask(tries: number): void {
  const api = extensionApi();
  const retry = () => tries > 1 && setTimeout(() => ask(tries - 1), 1000);
  try {
    api?.runtime?.sendMessage?.({ type: 'frame/start' }).then((reply) => {
      const answer = readEnvelope(reply);
      if (!(answer?.ok && answer.data === true)) retry();
    }, retry);
  } catch {
    // The extension was reloaded or removed since: this frame's script is an orphan.
  }
}

/**
 * The browser's own namespace: Firefox's `browser`, else Chrome's `chrome` (both return
 * promises). A page element with the id "browser" also shows as `browser` here, so it counts
 * only with a `runtime.sendMessage` of its own.
 */
function extensionApi(): ExtensionApi | undefined {
  const { browser, chrome } = globalThis as unknown as Record<string, ExtensionApi | undefined>;
  return typeof browser?.runtime?.sendMessage === 'function' ? browser : chrome;
}
