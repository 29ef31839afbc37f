import * as z from 'zod/mini';

/** Every reply is an envelope; a failure carries a plain message, never a thrown error. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: string };

/**
 * The envelope's shape, checked where replies arrive. Written with zod's mini build so the
 * content script, which runs on every page, does not carry the full library.
 */
export const EnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
