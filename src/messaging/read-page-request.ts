import type { PageRequest } from './page-protocol';

/** Longest entity id a page request may name (as `PageRequestSchema`). */
const MAX_ID = 80;

/**
 * Reads a message as a page request without zod (the content script, which runs on every page,
 * carries none; the background checks the same requests with `PageRequestSchema` before relaying
 * them). Accepts exactly what that schema accepts, which a test checks; null for anything else.
 */
export function readPageRequest(message: unknown): PageRequest | null {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return null;
  const m = message as Record<string, unknown>;
  const keys = Object.keys(m);
  switch (m.type) {
    case 'page/mentions':
      return keys.length === 1 ? { type: m.type } : null;
    case 'page/goto':
      return keys.length === 2 && typeof m.entityId === 'string' && m.entityId.length <= MAX_ID
        ? { type: m.type, entityId: m.entityId }
        : null;
    case 'page/move':
      return keys.length === 2 && (m.step === 1 || m.step === -1) ? { type: m.type, step: m.step } : null;
    default:
      return null;
  }
}

/** `readPageRequest` in the shape `createRouter` takes. */
export const pageRequestReader = {
  safeParse(message: unknown) {
    const data = readPageRequest(message);
    return data
      ? { success: true as const, data }
      : { success: false as const, error: { issues: [{ message: 'not a page request' }] } };
  },
};
