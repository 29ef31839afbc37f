import { z } from 'zod/mini';

/** Requests a content script answers (from the popup, or a test through the background). */
export const PageRequestSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('page/mentions') }),
]);

export type PageRequest = z.infer<typeof PageRequestSchema>;

/**
 * What Gloss found on a page: mentions per entity (all of them, painted or not), whether the
 * first full scan is complete, and its timing in milliseconds: from the content script's start to
 * the first complete paint, and the longest single slice of work.
 */
export interface PageReport {
  url: string;
  complete: boolean;
  total: number;
  painted: number;
  counts: Record<string, number>;
  scanMs: number | null;
  longestSliceMs: number;
}

export interface PageReplies {
  'page/mentions': PageReport;
}
