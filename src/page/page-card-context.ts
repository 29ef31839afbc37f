import { askBackground } from '../messaging/background-client';
import { siteOf } from '../settings/settings-rules';
import type { CardContext } from '../ui/card-context';
import { articleDateTaskOf } from './article-date-task';

/**
 * What the card may do on this page, apart from the article's date (read fresh for each card):
 * the page's host, "More" asking the background to open the dossier on the entity and the
 * article's day, copying through the clipboard API or, where it is missing (plain http),
 * `copyBySelection`, and keeping the reader's own date for the page.
 */
export function pageCardContext(
  doc: Document,
  copyBySelection: (text: string) => boolean,
): Omit<CardContext, 'articleDate'> {
  return {
    pageHost: siteOf(doc.location.hostname),
    openDossier: (entityId) =>
      void askBackground({
        type: 'dossier/open',
        entityId,
        articleDate: articleDateTaskOf(doc).effectiveDate ?? null,
      }).catch(() => false),
    copy: async (text) => {
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch {
        return copyBySelection(text);
      }
    },
    setArticleDate: (date) => articleDateTaskOf(doc).setOverride(date),
  };
}
