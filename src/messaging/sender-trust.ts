import type { MessageSender } from './create-router';

/**
 * Who a message came from, as far as the background trusts it:
 * - `extension-page`: one of Gloss's own pages (popup, options, the service worker itself), whose
 *   address is on the extension's origin;
 * - `content-script`: Gloss's content script in a web page (any frame), which a compromised
 *   renderer could impersonate, so it is allowed only a few harmless requests;
 * - `unknown`: anything else (another extension, a sender without an address): refused.
 */
export type SenderKind = 'extension-page' | 'content-script' | 'unknown';

/**
 * Classifies `sender` for the extension whose id is `extensionId` and whose pages live under
 * `extensionBase` (what `runtime.getURL('')` gives: `chrome-extension://<id>/` or
 * `moz-extension://<uuid>/`).
 * Chrome sets `url` and `origin` for every sender and `tab` only for senders in a tab (an options
 * page opened in a tab has one too, so `tab` alone decides nothing); Firefox sets `url` and `tab`
 * and no `origin`. Both take `url` from the sending frame's document in the browser process, so a
 * content script's is always its web page's. Firefox's `envType` is no guide: an extension page
 * framed in a web page reports `content_child`. A sender counts as an extension page only when
 * every address it carries is on the extension's origin.
 */
export function classifySender(
  sender: MessageSender | undefined,
  extensionId: string,
  extensionBase: string,
): SenderKind {
  const extensionOrigin = originOf(extensionBase);
  if (!extensionOrigin) return 'unknown';
  if (!sender || sender.id !== extensionId || typeof sender.url !== 'string') return 'unknown';
  const onExtension = (address: string) => originOf(address) === extensionOrigin;
  const fromPage =
    onExtension(sender.url) && (sender.origin === undefined || sender.origin === extensionOrigin);
  if (fromPage) return 'extension-page';
  // Anything of this extension not on its origin runs in a web page's process.
  return 'content-script';
}

/** The origin of an address (`scheme://host[:port]`), or null when it is not one. */
function originOf(address: string): string | null {
  try {
    const url = new URL(address);
    // Extension schemes have no standard origin in every engine: build it the same way for all.
    return `${url.protocol}//${url.host}`;
  } catch {
    return null;
  }
}
