/** Whether a link leads to another page than the one being read (`DatePlaces`, `findTeasers`). */

/** The page being read: its addresses, without their fragment. */
export interface ThisPage {
  /** The page's address, to resolve relative links against. */
  readonly base: string;
  /** Host, path and query of the page's address and of the canonical ones it declares. */
  readonly keys: ReadonlySet<string>;
  readonly host: string;
}

/**
 * The page at `url` that also calls itself `declared` (its canonical address, its `og:url`): a
 * link to any of them is a link to itself ("/live/storm#entry-3", a liveblog entry's permalink).
 */
export function thisPage(url: string, declared: readonly string[] = []): ThisPage {
  const keys = new Set<string>();
  for (const address of [url, ...declared]) {
    const key = pageKey(address, url);
    if (key) keys.add(key);
  }
  return { base: url, keys, host: parseAddress(url, url)?.host.replace(/^www\./, '') ?? '' };
}

/**
 * True when `link` (an `a[href]`) leads to another page: not a fragment of this one, not a
 * script or mail link. With `sameSite`, only a page of the same host
 * counts ("/news/other-story" on a news site, not a citation's "https://un.org/report").
 */
export function linksToOtherPage(link: Element, page: ThisPage, sameSite = false): boolean {
  const href = link.getAttribute('href')?.trim();
  if (!href || href.startsWith('#')) return false;
  const target = parseAddress(href, page.base);
  if (!target || !/^https?:$/.test(target.protocol)) return false;
  if (sameSite && target.host.replace(/^www\./, '') !== page.host) return false;
  return !page.keys.has(keyOf(target));
}

/**
 * True when `heading` is a teaser's, not the page's own title: it sits inside a link to another
 * page (`<a href="/a"><h2>Lead</h2></a>`) or holds one (`<h2><a href="/a">Lead</a></h2>`). A
 * title linking to its own page stays the page's.
 */
export function isTeaserHeading(heading: Element, page: ThisPage): boolean {
  const around = heading.closest('a[href]');
  if (around && linksToOtherPage(around, page)) return true;
  const inside = heading.querySelector('a[href]');
  return inside !== null && linksToOtherPage(inside, page);
}

function pageKey(address: string, base: string): string | null {
  const parsed = parseAddress(address, base);
  return parsed ? keyOf(parsed) : null;
}

/** Host, path with no trailing slash, and query: "news.example/live/storm", "x.example/story.asp?id=4". */
function keyOf(url: URL): string {
  return `${url.host.replace(/^www\./, '')}${url.pathname.replace(/\/+$/, '')}${url.search}`;
}

/** `href` resolved against `base`, or null when it is no address. */
export function parseAddress(href: string, base: string): URL | null {
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}
