/** A site's front page, which dates no article (`articleDateSteps`), and posts shown there in full. */
import { boundedText } from './bounded-text';
import { parseAddress } from './date-links';

/** The address of a site's front page: its root, or the root's index file, with no query. */
const FRONT_PATH = /^\/(?:(?:index|default|home)\.(?:s?html?|php|aspx?|jsp))?$/i;
/** Paragraphs of an entry read, and the text they must hold together, for a post shown in full. */
const MAX_PARAGRAPHS = 40;
const FULL_POST_CHARS = 600;
const FULL_POST_PARAGRAPHS = 3;

/**
 * True when the page at `url` is a site's front page that is no article: its address is the
 * site's root ("https://news.example/", "/index.html") with no query, nothing marks it as an
 * article (no Article-type JSON-LD, `hasArticleLd`; no `og:type` "article"; no
 * `article:published_time`), and it does not show one post in full (a blog whose home page is
 * its latest post). The dates of such a page are its stories' (a lead story's, a list's) or the
 * day's (a "last-modified" stamp, an edition's date), never its own.
 */
export function isSiteFront(doc: Document, url: string, hasArticleLd: boolean): boolean {
  const address = parseAddress(url, url);
  if (hasArticleLd || address === null) return false;
  if (address.search !== '' || !FRONT_PATH.test(address.pathname)) return false;
  const og = doc.querySelector('meta[property="og:type" i], meta[name="og:type" i]')?.getAttribute('content');
  if (og && /article|blog|post/i.test(og)) return false;
  if (doc.querySelector('meta[property="article:published_time" i], meta[name="article:published_time" i]'))
    return false;
  return !showsOnePost(doc);
}

/** True when the page holds one entry (`article`, `.hentry`) and it is a post shown in full. */
function showsOnePost(doc: Document): boolean {
  const entries = doc.querySelectorAll('article, .hentry');
  const outer = [...entries].slice(0, 3).filter((entry) => !entry.parentElement?.closest('article, .hentry'));
  return entries.length <= 3 && outer.length === 1 && isFullPost(outer[0]!);
}

/**
 * True when `entry` holds a post in full, not a teaser's summary: at least three paragraphs
 * whose own text comes to `FULL_POST_CHARS` characters, read from its first `MAX_PARAGRAPHS`.
 */
export function isFullPost(entry: Element): boolean {
  const paragraphs = entry.getElementsByTagName('p');
  if (paragraphs.length < FULL_POST_PARAGRAPHS) return false;
  let chars = 0;
  for (let i = 0; i < paragraphs.length && i < MAX_PARAGRAPHS; i++) {
    chars += boundedText(paragraphs[i]!, FULL_POST_CHARS).text.length;
    if (chars >= FULL_POST_CHARS) return true;
  }
  return false;
}
