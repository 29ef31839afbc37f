import { browser } from 'wxt/browser';
import { EnvelopeSchema } from './envelope';
import type { BackgroundReplies, BackgroundRequest } from './protocol';

/**
 * Sends a request to the background and unwraps its envelope. Rejects with the background's
 * error message, or with a clear one when the reply is not an envelope at all.
 */
export async function askBackground<R extends BackgroundRequest>(
  request: R,
): Promise<BackgroundReplies[R['type']]> {
  const reply = EnvelopeSchema.safeParse(await browser.runtime.sendMessage(request));
  if (!reply.success) throw new Error(`no valid reply from the background to ${request.type}`);
  if (!reply.data.ok) throw new Error(reply.data.error);
  return reply.data.data as BackgroundReplies[R['type']];
}
