import { dateFromUrl, monthFromUrl } from '../core/dates/url-date';

/**
 * The day the page's address spells out: its own, else its canonical address or `og:url` (a page
 * reached by a short or shared link often names its dated address only there); numbers before
 * the year read in the page's `order` of day and month.
 */
export function addressDate(doc: Document, url: string, order?: 'day' | 'month'): string | null {
  const own = dateFromUrl(url, order);
  if (own) return own;
  for (const other of declaredAddresses(doc)) {
    const date = dateFromUrl(other, order);
    if (date) return date;
  }
  return null;
}

/** The canonical address and `og:url` the page declares, absolute http(s) ones only. */
export function declaredAddresses(doc: Document): string[] {
  const values = [
    doc.querySelector('link[rel="canonical" i]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url" i], meta[name="og:url" i]')?.getAttribute('content'),
  ];
  return values.filter((v): v is string => !!v && /^https?:\/\//i.test(v)).map((v) => v.slice(0, 500));
}

/** The year and month the page's address (or its canonical one) names without a day, or null. */
export function addressMonth(doc: Document, url: string): string | null {
  for (const address of [url, ...declaredAddresses(doc)]) {
    const month = monthFromUrl(address);
    if (month) return month;
  }
  return null;
}
