import { browser } from 'wxt/browser';
import { EnvelopeSchema } from './envelope';
import { PageRequestSchema } from './page-protocol';

/**
 * Relays a page request to the content script in a tab's top frame and returns its reply's data,
 * or null when no content script answers (a page Gloss does not run on) or the request is not a
 * page request. The popup asks through the background so it needs no tabs API itself.
 */
export async function relayToTab(tabId: number, request: unknown): Promise<unknown> {
  if (!PageRequestSchema.safeParse(request).success) return null;
  try {
    const reply = EnvelopeSchema.safeParse(await browser.tabs.sendMessage(tabId, request, { frameId: 0 }));
    return reply.success && reply.data.ok ? reply.data.data : null;
  } catch {
    return null;
  }
}
