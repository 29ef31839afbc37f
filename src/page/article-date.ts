import { type DateVerdict, rankDateCandidates } from '../core/dates/rank-date-candidates';
import { articleDateCandidates, articleDateSteps } from './article-date-candidates';
import { addressMonth } from './date-addresses';

/** The article's publication day and the signal it came from. */
export interface ArticleDate {
  /** `YYYY-MM-DD`. */
  date: string;
  /** The signal that settled it: "json-ld NewsArticle.datePublished", "url", "byline text"… */
  source: string;
}

/**
 * The publication day of the article in `doc` at `url`, or null when the page does not say or
 * its signals disagree by years (see `findArticleDate` for the difference). Costs one bounded
 * pass over the document: call it once, in idle time.
 */
export function articleDate(doc: Document, url: string): ArticleDate | null {
  const verdict = findArticleDate(doc, url);
  return verdict.kind === 'found' ? { date: verdict.date, source: verdict.source } : null;
}

/**
 * Everything the page says about its date: found (with the day a later update names, if any),
 * uncertain (strong signals years apart), or none. `today` (`YYYY-MM-DD`, the reader's day by
 * default) bounds what is plausible.
 */
export function findArticleDate(doc: Document, url: string, today = localToday()): DateVerdict {
  return rankDateCandidates(articleDateCandidates(doc, url), today, { urlMonth: addressMonth(doc, url) });
}

/**
 * `findArticleDate` spread over the caller's slices: each call of the returned function works
 * while `hasTime()` says so and returns the verdict when done, or null to be called again.
 */
export function articleDateInSlices(doc: Document, url: string, today = localToday()) {
  const steps = articleDateSteps(doc, url);
  return (hasTime: () => boolean): DateVerdict | null => {
    do {
      const step = steps.next();
      if (step.done) return rankDateCandidates(step.value, today, { urlMonth: addressMonth(doc, url) });
    } while (hasTime());
    return null;
  };
}

function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
