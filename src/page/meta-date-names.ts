import type { DateSignal } from '../core/dates/date-signals';

/** Meta names (lower-cased `name`, `property`, `itemprop` or `http-equiv`) that date a publication. */
const PUBLISHED = new Set([
  'article:published_time',
  'article:published',
  'article:publicationdate',
  'article.published',
  'article.created',
  'article_date_original',
  'og:article:published_time',
  'og:published_time',
  'og:pubdate',
  'datepublished',
  'date_published',
  'published_time',
  'published-date',
  'published_date',
  'publishdate',
  'publish_date',
  'publish-date',
  'publication_date',
  'publication-date',
  'publicationdate',
  'originalpublicationdate',
  'parsely-pub-date',
  'sailthru.date',
  'bt:pubdate',
  'sw-pubdate',
  'rnews:datepublished',
  'cxenseparse:recs:publishtime',
  'dc.date.issued',
  'dc.date.created',
  'dc.date.publication',
  'dc.created',
  'dc:created',
  'dcterms.issued',
  'dcterms.created',
  'dcterms.available',
  'weibo:article:create_at',
  'datecreated',
  'dateposted',
  'citation_publication_date',
  'citation_online_date',
  'prism.publicationdate',
  'displaydate',
  'pubdate',
  'pub_date',
  'pub-date',
  'publisheddate',
  'date.available',
  'og:release_date',
]);

/** Metas that date a page without saying it is the publication. */
const GENERIC = new Set([
  'date',
  'dc.date',
  'dc:date',
  'dcterms.date',
  'citation_date',
  'timestamp',
  'gentime',
  'created',
  'search_date',
  'content_date',
]);

/** Metas that date an update. */
const MODIFIED = new Set([
  'article:modified_time',
  'article:modified',
  'article.updated',
  'og:updated_time',
  'og:modified_time',
  'og:article:modified_time',
  'datemodified',
  'date_modified',
  'modified_time',
  'updated_time',
  'dc.modified',
  'dc.date.modified',
  'dcterms.modified',
  'last-modified',
  'lastmodified',
  'lastmod',
  'revised',
]);

/**
 * The signal a meta tag's name gives its date: a publication (the list above, and any
 * `…:article_published_time` or `…:published_time` of a vendor prefix), a generic page date, an
 * update, or null when the name says nothing about dates.
 */
export function metaSignal(name: string): DateSignal | null {
  if (PUBLISHED.has(name) || /:(?:article_)?published_time$/.test(name)) return 'meta-published';
  if (MODIFIED.has(name) || /:(?:article_)?modified_time$/.test(name)) return 'modified';
  if (GENERIC.has(name)) return 'meta-generic';
  return null;
}
