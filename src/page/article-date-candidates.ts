import type { DateCandidate } from '../core/dates/parse-article-date';

/** Meta tags that carry a publication date, best first (by `property`, `name` or `itemprop`). */
const META_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'citation_publication_date',
  'citation_date',
  'pubdate',
  'publishdate',
  'publish-date',
  'date',
];

/**
 * Every publication-date candidate the document offers, best first: JSON-LD `datePublished`
 * (also inside `@graph` and arrays), the usual meta tags, Parse.ly's page JSON, an element with
 * `itemprop="datePublished"`, and the first `<time datetime>` inside the article. The parser in
 * `src/core/dates` picks the first that reads as a date.
 */
export function articleDateCandidates(doc: Document): DateCandidate[] {
  const found: DateCandidate[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collectJsonLd(JSON.parse(unwrapJson(script.textContent ?? '')), found, 0);
    } catch {
      // Malformed JSON-LD is common; other sources remain.
    }
  }
  const metas = [...doc.querySelectorAll('meta[content]')];
  for (const key of META_KEYS) {
    for (const meta of metas) {
      const name = (
        meta.getAttribute('property') ??
        meta.getAttribute('name') ??
        meta.getAttribute('itemprop') ??
        ''
      ).toLowerCase();
      if (name === key) found.push({ from: `meta ${key}`, value: meta.getAttribute('content')! });
    }
  }
  const parsely = doc.querySelector('meta[name="parsely-page"]')?.getAttribute('content');
  if (parsely) {
    try {
      const pubDate = (JSON.parse(parsely) as { pub_date?: unknown }).pub_date;
      if (typeof pubDate === 'string') found.push({ from: 'meta parsely-page', value: pubDate });
    } catch {}
  }
  for (const el of doc.querySelectorAll('[itemprop="datePublished"]')) {
    const value = el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent;
    if (value) found.push({ from: 'itemprop datePublished', value });
  }
  const time = doc.querySelector('article time[datetime], main time[datetime], time[pubdate][datetime]');
  if (time) found.push({ from: 'time datetime', value: time.getAttribute('datetime')! });
  return found;
}

function collectJsonLd(node: unknown, found: DateCandidate[], depth: number): void {
  if (depth > 6 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) collectJsonLd(item, found, depth + 1);
    return;
  }
  const record = node as Record<string, unknown>;
  if (typeof record.datePublished === 'string')
    found.push({ from: 'json-ld datePublished', value: record.datePublished });
  if (record['@graph']) collectJsonLd(record['@graph'], found, depth + 1);
}

/** JSON-LD as pages write it: some wrap it in CDATA or comment markers, which JSON does not allow. */
function unwrapJson(text: string): string {
  return text
    .replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[/, '')
    .replace(/(?:\/\/\s*)?\]\]>\s*$/, '')
    .replace(/^\s*<!--/, '')
    .replace(/-->\s*$/, '');
}
