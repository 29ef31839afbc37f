/** Lists of other stories on a page, whose dates are the stories', not the page's (`DatePlaces`). */

/** Levels above a dated element looked at for entries of a list alike (`alikeEntries`). */
const ALIKE_LEVELS = 4;
/** What may be an entry of a list of stories, and the linked heading each entry has. */
const TEASER = 'article, li, .post, .hentry, .card, .teaser';
const TEASER_HEADING =
  'h2 a[href]:not([href^="#"]), h3 a[href]:not([href^="#"]), h4 a[href]:not([href^="#"]), a[href]:not([href^="#"]) h2, a[href]:not([href^="#"]) h3';

/**
 * A list of stories (a home page, a section or tag front, an archive, or the stories beside an
 * article): three or more entries (`article`, list items, blog posts) side by side, outside the
 * article and its title, each with a heading that links elsewhere and a date of its own. Their
 * dates are the stories'.
 */
export function findTeasers(
  doc: Document,
  root: Element,
  h1: Element | null,
  dated: readonly Element[],
): Set<Element> {
  const teasers = new Set<Element>();
  const holdsArticle = (el: Element) => el === root || el.contains(root) || (h1 !== null && el.contains(h1));
  const seen = new Set<Element>();
  const entries: Element[] = [];
  for (const el of dated) {
    const entry = el.closest(TEASER);
    if (!entry || seen.has(entry) || holdsArticle(entry)) continue;
    seen.add(entry);
    if (linksElsewhere(doc, entry, true)) entries.push(entry);
  }
  // Entries of one list stand side by side: under one parent, or one grandparent (a column each).
  const inGroupOfThree = (keyOf: (entry: Element) => Element | null) => {
    const counts = new Map<Element | null, number>();
    for (const entry of entries) counts.set(keyOf(entry), (counts.get(keyOf(entry)) ?? 0) + 1);
    return (entry: Element) => counts.get(keyOf(entry))! >= 3;
  };
  const underParent = inGroupOfThree((entry) => entry.parentElement);
  const underGrandparent = inGroupOfThree((entry) => entry.parentElement?.parentElement ?? null);
  for (const entry of entries) if (underParent(entry) || underGrandparent(entry)) teasers.add(entry);
  for (const entry of alikeEntries(doc, root, dated, holdsArticle)) teasers.add(entry);
  return teasers;
}

/**
 * Entries of a list whatever their class is called ("story-card", "views-row", "blog-item",
 * "c-listing__item"): three or more dated siblings of one tag and first class, each linking
 * elsewhere, by a linked heading inside the article (a liveblog's own entries stay its own), by
 * any link outside it.
 */
function alikeEntries(
  doc: Document,
  root: Element,
  dated: readonly Element[],
  holdsArticle: (el: Element) => boolean,
): Element[] {
  const found: Element[] = [];
  const byParent = new Map<Element, Set<Element>>();
  for (const el of dated) {
    let entry: Element | null = el;
    for (let level = 0; level < ALIKE_LEVELS && entry?.parentElement && !holdsArticle(entry); level++) {
      const parent: Element = entry.parentElement;
      byParent.set(parent, (byParent.get(parent) ?? new Set<Element>()).add(entry));
      entry = parent;
    }
  }
  for (const entries of byParent.values()) {
    if (entries.size < 3) continue;
    const byKind = new Map<string, Element[]>();
    for (const entry of entries) {
      const kind = entry.classList[0] && `${entry.tagName} ${entry.classList[0]}`;
      if (kind) byKind.set(kind, [...(byKind.get(kind) ?? []), entry]);
    }
    for (const alike of byKind.values()) {
      const linked = alike.filter((entry) => linksElsewhere(doc, entry, root.contains(entry)));
      if (linked.length >= 3) found.push(...linked);
    }
  }
  return found;
}

/**
 * True when `entry` links to another page: by a linked heading (`heading`), else by any link.
 * A link to this very page ("…/live/slug#entry-3", a liveblog entry's permalink) is none.
 */
export function linksElsewhere(doc: Document, entry: Element, heading: boolean): boolean {
  const here = doc.URL.split('#')[0];
  for (const found of entry.querySelectorAll(heading ? TEASER_HEADING : 'a[href]:not([href^="#"])')) {
    const link = found.closest('a') ?? found.querySelector('a');
    const href = (link as HTMLAnchorElement | null)?.href;
    if (href && href.split('#')[0] !== here) return true;
  }
  return false;
}
