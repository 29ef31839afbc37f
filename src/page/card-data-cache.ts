import type { CompactCardData as CardData } from '../core/facts/card-data';
import { askBackground } from '../messaging/background-client';

/** Asks the background for one entity's card data; rejects when the reply is lost or an error. */
export type FetchCard = (entityId: string) => Promise<CardData | null>;

/** Asks for the compact card of `entityId@YYYY-MM-DD` (the card chosen for an article of that day; no date: unknown). */
export const datedCard: FetchCard = (key) => {
  const [entityId = '', day = ''] = key.split('@');
  return askBackground({ type: 'card/get', entityId, articleDate: day || null });
};

/**
 * Card data per entity for the life of a page. Only answers are kept (data, or null for an
 * entity the store does not know): a request whose reply was lost (a stopped service worker, a
 * closed message port) or failed is asked once more at once, and if that fails too the card is
 * not shown and nothing is kept, so the next hover asks again.
 */
export class CardDataCache {
  private readonly answers = new Map<string, Promise<CardData | null>>();

  constructor(private readonly fetchCard: FetchCard) {}

  /** The entity's card data, or null when there is none or the background did not answer. */
  get(entityId: string): Promise<CardData | null> {
    let answer = this.answers.get(entityId);
    if (!answer) {
      answer = this.fetchCard(entityId).catch(() => this.fetchCard(entityId));
      this.answers.set(entityId, answer);
      answer.catch(() => this.answers.delete(entityId));
    }
    return answer.catch(() => null);
  }
}
