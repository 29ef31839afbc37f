import type { Envelope } from './envelope';

/**
 * Reads a reply as an envelope without zod (the content script, which runs on every page, carries
 * none: see the README's "Scale and speed"). Accepts exactly what `EnvelopeSchema` accepts, which
 * a test checks; null for anything else.
 */
export function readEnvelope(reply: unknown): Envelope<unknown> | null {
  if (typeof reply !== 'object' || reply === null || Array.isArray(reply)) return null;
  const { ok } = reply as { ok?: unknown };
  if (ok === true) return 'data' in reply ? { ok, data: (reply as { data: unknown }).data } : null;
  if (ok === false) {
    const { error } = reply as { error?: unknown };
    return typeof error === 'string' ? { ok, error } : null;
  }
  return null;
}
