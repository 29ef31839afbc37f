import type { Envelope } from './envelope';

/** Anything with zod's `safeParse` (full zod or zod/mini). */
interface Parser<T> {
  safeParse(
    input: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: { message: string }[] } };
}

/**
 * Who sent a message: the parts of the extension API's sender that handlers and the sender check
 * read. `origin` is Chrome's, `envType` Firefox's; either may be missing.
 */
export interface MessageSender {
  id?: string;
  url?: string;
  origin?: string;
  envType?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** Decides whether `sender` may make `request`: null to allow, or the reason it is refused. */
export type Authorise<Req> = (request: Req, sender: MessageSender | undefined) => string | null;

/** One handler per request type; `sender` is the message's sender where the caller passes it. */
export type Handlers<Req extends { type: string }, Replies> = {
  [K in Req['type']]: (
    request: Extract<Req, { type: K }>,
    sender?: MessageSender,
  ) => Promise<K extends keyof Replies ? Replies[K] : never>;
};

/**
 * Builds a message handler: parses the message against `schema`, asks `authorise` (when given)
 * whether the sender may make it, dispatches on `type`, and always answers with an envelope. A
 * malformed or unknown message, a refused sender, or a handler that throws gets
 * `{ ok: false, error }` with a readable reason; a refused request never reaches its handler.
 */
export function createRouter<Req extends { type: string }, Replies>(
  schema: Parser<Req>,
  handlers: Handlers<Req, Replies>,
  authorise?: Authorise<Req>,
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
    const refused = authorise?.(request, sender);
    if (refused) return { ok: false, error: refused };
    const handler = handlers[request.type as Req['type']] as (r: Req, s?: MessageSender) => Promise<unknown>;
    try {
      return { ok: true, data: await handler(request, sender) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
