import type { DateCandidate, DateSignal } from '../core/dates/date-signals';
import type { JsonLdKinds } from './article-date-json-ld';

/**
 * `og:type` values of pages about a thing rather than a publication: a shop's product, a book, an
 * album, a film, an event, a place ("product", "product.item", "books.book", "music.album",
 * "video.movie").
 */
const THING_OG_TYPE =
  /^(?:product|books?\.book|book|music\.|video\.(?:movie|tv_show|episode)|event|place|business|restaurant|game)/i;

/**
 * Signals a thing's page does not date itself with: on a product's, an event's or a book's page,
 * a visible date, a bare `<time>`, a generic meta, a date in the address or an update stamp is
 * the thing's (its release, its day, its stock) or the shop's, not a publication.
 */
const WEAK_ON_THING_PAGES: ReadonlySet<DateSignal> = new Set([
  'text',
  'byline-text',
  'time',
  'meta-generic',
  'url',
  'json-ld-page',
  'script-data',
  'modified',
]);

/**
 * True when the page is about a thing, not an article: its JSON-LD describes a product, an event,
 * a book… and no article (`kinds`), or its `og:type` says so and its JSON-LD holds no article.
 */
export function isThingPage(doc: Document, kinds: JsonLdKinds): boolean {
  if (kinds.article) return false;
  if (kinds.thing) return true;
  const og = doc.querySelector('meta[property="og:type" i], meta[name="og:type" i]')?.getAttribute('content');
  return !!og && THING_OG_TYPE.test(og.trim());
}

/** `found` without the signals a thing's page is not dated by (see `WEAK_ON_THING_PAGES`). */
export function withoutThingDates(found: DateCandidate[]): DateCandidate[] {
  return found.filter((c) => !WEAK_ON_THING_PAGES.has(c.signal));
}
