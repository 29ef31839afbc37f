import type { Envelope } from './envelope';

/** Anything with zod's `safeParse` (full zod or zod/mini). */
interface Parser<T> {
  safeParse(
    input: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: { message: string }[] } };
}

/** Who sent a message: enough of the extension API's sender for handlers that need the tab. */
export interface MessageSender {
  tab?: { id?: number };
  frameId?: number;
  /** The address of the frame that sent the message (set by the browser, not the sender). */
  url?: string;
}

/** One handler per request type; `sender` is the message's sender where the caller passes it. */
export type Handlers<Req extends { type: string }, Replies> = {
  [K in Req['type']]: (
    request: Extract<Req, { type: K }>,
    sender?: MessageSender,
  ) => Promise<K extends keyof Replies ? Replies[K] : never>;
};

/**
 * Builds a message handler: parses the message against `schema`, dispatches on `type`, and
 * always answers with an envelope. A malformed or unknown message, or a handler that throws,
 * gets `{ ok: false, error }` with a readable reason.
 */
export function createRouter<Req extends { type: string }, Replies>(
  schema: Parser<Req>,
  handlers: Handlers<Req, Replies>,
): (message: unknown, sender?: MessageSender) => Promise<Envelope<unknown>> {
  return async (message, sender) => {
    const parsed = schema.safeParse(message);
    if (!parsed.success) {
      const type =
        typeof message === 'object' && message && 'type' in message ? String(message.type) : '(none)';
      return {
        ok: false,
        error: `malformed request of type ${type.slice(0, 60)}: ${parsed.error.issues[0]?.message}`,
      };
    }
    const request = parsed.data;
    const handler = handlers[request.type as Req['type']] as (r: Req, s?: MessageSender) => Promise<unknown>;
    try {
      return { ok: true, data: await handler(request, sender) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
