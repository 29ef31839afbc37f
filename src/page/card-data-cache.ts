import type { CardData } from '../core/facts/card-data';

/** Asks the background for one entity's card data; rejects when the reply is lost or an error. */
export type FetchCard = (entityId: string) => Promise<CardData | null>;

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
