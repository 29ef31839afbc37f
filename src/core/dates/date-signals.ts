import type { DateLabel } from './date-labels';
import type { DateReading } from './parse-article-date';

/**
 * The kinds of evidence a page gives for its date, with how far each is trusted (0–100) and
 * which family it belongs to (two signals of one family agreeing is weaker evidence than two
 * families agreeing). `modified` signals date an update, never the publication.
 */
export const DATE_SIGNALS = {
  /** JSON-LD `datePublished` of an Article, NewsArticle, BlogPosting… node. */
  'json-ld-article': { weight: 100, family: 'json-ld', kind: 'published' },
  /** `article:published_time`, `og:published_time`, `parsely-pub-date`, `publication_date`… */
  'meta-published': { weight: 95, family: 'meta', kind: 'published' },
  /** `itemprop="datePublished"` (microdata) or `property="schema:datePublished"` (RDFa). */
  'markup-published': { weight: 92, family: 'markup', kind: 'published' },
  /** `<time pubdate>`, `abbr.published`, a `time` whose class says published. */
  'time-published': { weight: 86, family: 'markup', kind: 'published' },
  /** JSON-LD `datePublished` of an untyped or other creative work; `uploadDate` of a video. */
  'json-ld-other': { weight: 80, family: 'json-ld', kind: 'published' },
  /** A `<time datetime>` or `relative-time` with no word on what it dates. */
  time: { weight: 72, family: 'markup', kind: 'published' },
  /** Generic metas: `date`, `DC.date`, `citation_date`, `timestamp`… */
  'meta-generic': { weight: 70, family: 'meta', kind: 'published' },
  /** Text of a byline, dateline or date element ("Artikel veröffentlicht am 16.12.2012"). */
  'byline-text': { weight: 68, family: 'text', kind: 'published' },
  /** The page's address (`/2023/11/08/`). */
  url: { weight: 66, family: 'url', kind: 'published' },
  /**
   * A publication date in an application's state or analytics data in a script (`__NEXT_DATA__`'s
   * `"datePublished"`, a data layer's `"publishDate"`): the first one found, which is most often
   * the page's own, but may be a listed story's.
   */
  'script-data': { weight: 60, family: 'json-ld', kind: 'published' },
  /** JSON-LD `datePublished` of a WebPage, WebSite, CollectionPage… node: the page, not the article. */
  'json-ld-page': { weight: 55, family: 'json-ld', kind: 'published' },
  /** A date in the article's running text. */
  text: { weight: 45, family: 'text', kind: 'published' },
  /** `dateModified`, `article:modified_time`, "Updated …". */
  modified: { weight: 30, family: 'modified', kind: 'modified' },
} as const;

/** The name of one kind of evidence. */
export type DateSignal = keyof typeof DATE_SIGNALS;

/**
 * Where in the document a signal sits: `head` (metadata, JSON-LD), `headline` (the article's
 * header or the lines around its title), `article` (the article's body), `page` (elsewhere in the
 * page), `aside` (comments, sidebars, related stories, navigation, footers), `list` (an entry of
 * a list of other stories: a section front's, or those beside an article).
 */
export type DatePlace = 'head' | 'headline' | 'article' | 'page' | 'aside' | 'list';

/** Score added for where a signal sits: the nearer the article's title, the more it dates it. */
export const PLACE_BONUS: Record<DatePlace, number> = {
  head: 0,
  headline: 8,
  article: 3,
  page: -8,
  aside: -45,
  // A list's entries date their own stories, never the page, whatever their markup says.
  list: -100,
};

/** One piece of evidence for the article's date, as the page layer found it. */
export interface DateCandidate {
  signal: DateSignal;
  /** Says where it came from, for the reader: "json-ld NewsArticle.datePublished", "url". */
  source: string;
  reading: DateReading;
  place: DatePlace;
  /**
   * "Published"/"Updated" (in any language) written just before a date; `event` for a birth or a
   * death ("Born: April 2, 1950"), which dates no publication and no update.
   */
  keyword?: DateLabel;
  /** A text date inside a sentence: not at the start of its line, and no "published" before it. */
  inProse?: boolean;
  /** Position in document order (elements from the start of the body); earlier wins a tie. */
  order?: number;
}
