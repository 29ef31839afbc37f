import { z } from 'zod/mini';

/** Requests a content script answers (from the popup, or a test through the background). */
export const PageRequestSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('page/mentions') }),
  z.strictObject({ type: z.literal('page/goto'), entityId: z.string().check(z.maxLength(80)) }),
  z.strictObject({ type: z.literal('page/move'), step: z.union([z.literal(1), z.literal(-1)]) }),
]);

export type PageRequest = z.infer<typeof PageRequestSchema>;

/**
 * What Gloss found on a page: mentions per entity (all of them, painted or not), whether the
 * first full scan is complete, and its timing in milliseconds: from the content script's start to
 * the first complete paint, and the longest single slice of work.
 */
export interface PageReport {
  url: string;
  /** True when the reader paused Gloss on this site or everywhere (then nothing is counted). */
  paused: boolean;
  complete: boolean;
  total: number;
  painted: number;
  counts: Record<string, number>;
  scanMs: number | null;
  longestSliceMs: number;
  /** The 95th percentile of the lengths of Gloss's slices of work, in milliseconds. */
  sliceP95Ms: number;
  /** When the first mention was painted, as `performance.now()` in the page (null: none yet). */
  firstHighlightAt: number | null;
  /** When the first complete scan was painted, as `performance.now()` in the page (null: not yet). */
  completeAt: number | null;
  /**
   * What Gloss had done by `DOMContentLoaded`, for a page it began on while it was parsed (else
   * null): its slices of work so far, their time in milliseconds, and the mentions resolved.
   */
  whileParsed: { slices: number; ms: number; resolved: number } | null;
  /** The article's publication day (`YYYY-MM-DD`), once read in idle time after the scan; else null. */
  articleDate: string | null;
  /**
   * Where it came from ("json-ld NewsArticle.datePublished", "url", "reader"…); `uncertain` or
   * `none` when the page gives no date to believe; null until the date has been read.
   */
  articleDateSource: string | null;
}

export interface PageReplies {
  'page/mentions': PageReport;
  /** Scrolls to the next mention of the entity and opens its card; false when there is none. */
  'page/goto': boolean;
  /**
   * Moves to the next (1) or previous (-1) mention, as Alt+Shift+J / K do (the browser's
   * shortcut, relayed by the background); false when nothing moved (typing in a field, no mention).
   */
  'page/move': boolean;
}
