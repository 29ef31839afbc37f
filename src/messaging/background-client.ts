import { browser } from 'wxt/browser';
import type { BackgroundReplies, BackgroundRequest } from './protocol';
import { readEnvelope } from './read-envelope';

/**
 * Sends a request to the background and unwraps its envelope. Rejects with the background's
 * error message, or with a clear one when the reply is not an envelope at all.
 */
export async function askBackground<R extends BackgroundRequest>(
  request: R,
): Promise<BackgroundReplies[R['type']]> {
  const reply = readEnvelope(await browser.runtime.sendMessage(request));
  if (!reply) throw new Error(`no valid reply from the background to ${request.type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.data as BackgroundReplies[R['type']];
}
