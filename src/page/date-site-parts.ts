/** Parts of a page that are the site's, not the article's: sidebars, menus, footers, banners. */

/**
 * Class or id words of parts outside the article's own text: consent notices, comments, sidebars,
 * related stories, navigation, footers. Matched anywhere in a name, except where a longer word
 * means something else: "subscribe" but not "subscriber-only-content" (a paywalled body).
 */
export const ASIDE =
  /onetrust|didomi|consent|gdpr|qc-cmp|cmpbox|cmp-banner|cookiebot|usercentrics|truste|comment|sidebar|side-bar|related|recommend|popular|trending|most-?read|more-?stories|teaser|promo|newsletter|disqus|respond|reply|outbrain|taboola|signup|subscribe(?!r)|footer|menu|navbar|nav-|-nav|cookie|see-?also|also-?read|read-?also|siehe-?auch|voir-?aussi|lees-?ook|more-?from|lire-aussi|leggi-anche|correlat|relacionad|comentario|kommentar|lesen-sie-auch|mehr-zum-thema|infobox|fact-?box/i;
/**
 * Words that name an aside only at the start of a class (after at most a short namespace, "c-"):
 * a sidebar's `widget`, `widget_recent_entries` or `read-more` box, not a page builder's
 * `elementor-widget-container` or an `article-read-more-wrapper` around the article's text.
 */
export const ASIDE_START = /(?:^|\s)(?:[a-z]{1,3}[-_])?(?:widget|read-?more)/i;
export const ASIDE_TAGS = new Set(['ASIDE', 'NAV', 'FOOTER']);
/** Class or id words of a site's banner: outside the article, its date is the day's, not the article's. */
export const SITE_BANNER = /site-?header|masthead|top-?bar|header-?top|top-?header|header-?bar/i;

/**
 * True for a `<header>` that is the site's: not one inside an `<article>` or `<main>`, nor one
 * named as a post's own ("entry-header", "post-header", "article-header"), which holds the
 * article's title and date.
 */
function isSiteHeader(header: Element): boolean {
  const name = `${header.id} ${header.getAttribute('class') ?? ''}`;
  return (
    !/(?:entry|post|article|story)-?header/i.test(name) && !header.parentElement?.closest('article, main')
  );
}

/** True when `el` sits in a sidebar, menu, footer or the site's banner, by its tags or names. */
export function inSitePart(el: Element): boolean {
  for (
    let node: Element | null = el;
    node && node.tagName.toUpperCase() !== 'BODY';
    node = node.parentElement
  ) {
    const tag = node.tagName.toUpperCase();
    const name = `${node.id} ${node.getAttribute('class') ?? ''}`;
    if (
      ASIDE_TAGS.has(tag) ||
      (tag === 'HEADER' && isSiteHeader(node)) ||
      ASIDE.test(name) ||
      ASIDE_START.test(name) ||
      SITE_BANNER.test(name)
    )
      return true;
  }
  return false;
}
