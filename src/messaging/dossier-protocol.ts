import { z } from 'zod';

/** What the background tells open dossiers: a tab's chosen entity changed. */
export const DossierEventSchema = z
  .object({
    type: z.literal('dossier/show'),
    tabId: z.number().int().min(0),
    entityId: z.string().max(80),
    articleDate: z.string().max(10).nullable(),
  })
  .strict();

export type DossierEvent = z.infer<typeof DossierEventSchema>;

/** The dossier page's address inside the extension, for a tab and an entity. */
export function dossierPath(
  tabId: number,
  entityId: string | null,
  articleDate: string | null = null,
): string {
  const query = new URLSearchParams({ tab: String(tabId) });
  if (entityId) query.set('entity', entityId);
  if (articleDate) query.set('date', articleDate);
  return `/sidepanel.html?${query}`;
}
