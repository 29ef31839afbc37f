import { siteOf } from '../settings/settings';

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
  /** Closes the card; when given, the card's head shows a Close button. */
  close?(): void;
  /** Stops marking this entity on the page; when given, the card's head shows a Mute button. */
  mute?(entityId: string): void;
  /** Today's date (`YYYY-MM-DD`) for "retrieved" in references; the system date when absent. */
  today?: string;
}

/** The host name of an address without `www.`, or '' when it is not an address. */
export function hostOf(url: string): string {
  try {
    return siteOf(new URL(url).hostname);
  } catch {
    return '';
  }
}
