import { z } from 'zod';
import { IdSchema } from '../core/dataset/primitives';
import type { CardData, DataStats } from '../core/facts/card-data';
import type { MatcherData } from '../core/match/matcher-data';

/** Every request the background answers, checked on arrival. */
export const BackgroundRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('matcher/get') }).strict(),
  z.object({ type: z.literal('card/get'), entityId: IdSchema }).strict(),
  z.object({ type: z.literal('stats/get') }).strict(),
]);

export type BackgroundRequest = z.infer<typeof BackgroundRequestSchema>;

/** The data each request type answers with. */
export interface BackgroundReplies {
  'matcher/get': MatcherData;
  'card/get': CardData | null;
  'stats/get': DataStats;
}
