import type { DateVerdict } from '../core/dates/rank-date-candidates';
import { siteOf } from '../settings/settings-rules';

/** What Gloss knows of the article's date on one page, for the card and the page report. */
export interface ArticleDateInfo {
  /** What the page itself says. */
  verdict: DateVerdict;
  /** The day the reader set for this page (`YYYY-MM-DD`), used when the page gives none. */
  override: string | null;
}

/** What the card needs to know about the page it is shown on, and what it can ask the page to do. */
export interface CardContext {
  /** The article's publication day (`YYYY-MM-DD`), or null when the page does not say. */
  articleDate: string | null;
  /** The page's host name without `www.`, to mark the page's own outlet among the sources. */
  pageHost: string;
  /** Copies text to the clipboard; resolves false when the browser refuses. */
  copy(text: string): Promise<boolean>;
  /** Opens the dossier with this entity ("More"); the card shows no "More" without it. */
  openDossier?(entityId: string): void;
  /** Today's date (`YYYY-MM-DD`) for "retrieved" in references; the system date when absent. */
  today?: string;
  /** Where the article date came from; null while it has not been read yet. */
  articleDateInfo?: ArticleDateInfo | null;
  /** Keeps a date the reader gives for this page (null forgets it). */
  setArticleDate?(date: string | null): Promise<void>;
}

/** The host name of an address without `www.`, or '' when it is not an address. */
export function hostOf(url: string): string {
  try {
    return siteOf(new URL(url).hostname);
  } catch {
    return '';
  }
}
