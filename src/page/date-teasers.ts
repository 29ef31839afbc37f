/** Lists of other stories on a page, whose dates are the stories', not the page's (`DatePlaces`). */
import { boundedText } from './bounded-text';
import { isByline } from './date-element-kinds';
import { isTeaserHeading, linksToOtherPage, type ThisPage } from './date-links';

/** Levels above a dated element looked at for entries of a list alike (`alikeEntries`). */
const ALIKE_LEVELS = 4;
/** What may be an entry of a list of stories, and the linked heading each entry has. */
const TEASER = 'article, li, .post, .hentry, .card, .teaser';
const TEASER_HEADING = 'h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3';
/** Most links looked at in one entry. */
const MAX_LINKS = 20;

/**
 * How an entry links to another page: by a linked heading (`heading`); by a link that is no
 * part of running text, to a page of the same site, or by a linked heading (`bare`: a list's
 * "<li><a href="/a">A</a> <time>…</time></li>", not a liveblog entry's "read our <a>explainer</a>"
 * in a paragraph); by any link (`any`).
 */
export type LinkKind = 'heading' | 'bare' | 'any';

/**
 * A list of stories (a home page, a section or tag front, an archive, or the stories beside an
 * article): two or more entries (`article`, list items, blog posts) side by side, outside the
 * article and its title, each with a heading that links elsewhere and a date of its own, or
 * three or more alike entries linking elsewhere without a heading (`alikeEntries`), and the
 * lead story beside them (`leadsBeside`). Their dates are the stories'. `dated` are the elements
 * holding dates.
 */
export function findTeasers(
  page: ThisPage,
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
    if (linksElsewhere(page, entry, 'heading')) entries.push(entry);
  }
  // Entries of one list stand side by side: under one parent, or one grandparent (a column each).
  const inGroupOfTwo = (keyOf: (entry: Element) => Element | null) => {
    const counts = new Map<Element | null, number>();
    for (const entry of entries) counts.set(keyOf(entry), (counts.get(keyOf(entry)) ?? 0) + 1);
    return (entry: Element) => counts.get(keyOf(entry))! >= 2;
  };
  const underParent = inGroupOfTwo((entry) => entry.parentElement);
  const underGrandparent = inGroupOfTwo((entry) => entry.parentElement?.parentElement ?? null);
  for (const entry of entries) if (underParent(entry) || underGrandparent(entry)) teasers.add(entry);
  for (const entry of alikeEntries(page, root, dated, holdsArticle)) teasers.add(entry);
  for (const entry of leadsBeside(page, root, teasers, dated, holdsArticle)) teasers.add(entry);
  return teasers;
}

/**
 * Lead stories of a list: dated elements, not holding the article, with a heading linking
 * elsewhere, standing beside a list's entries or beside the element around them (the featured
 * story above a section front's river: `<div class="featured"><a href="/b"><h2>…</h2></a><p>May
 * 3…</p></div><div class="river">…entries…</div>`), on a page whose article has no running
 * text of its own outside them: beside an article's text, such a block may be its byline (a
 * linked author's name in an `h4`).
 */
function leadsBeside(
  page: ThisPage,
  root: Element,
  teasers: ReadonlySet<Element>,
  dated: readonly Element[],
  holdsArticle: (el: Element) => boolean,
): Element[] {
  if (teasers.size === 0) return [];
  const besideEntries = new Set<Element | null>();
  const besideList = new Set<Element | null>();
  for (const entry of teasers) {
    besideEntries.add(entry.parentElement);
    besideList.add(entry.parentElement?.parentElement ?? null);
  }
  const found: Element[] = [];
  for (const el of dated) {
    let node: Element | null = el;
    for (let level = 0; level < ALIKE_LEVELS && node && !holdsArticle(node); level++) {
      if (teasers.has(node)) break;
      const parent: Element | null = node.parentElement;
      if ((besideEntries.has(parent) || besideList.has(parent)) && linksElsewhere(page, node, 'heading')) {
        found.push(node);
        break;
      }
      node = parent;
    }
  }
  return found.length > 0 && !hasOwnText(root, new Set([...teasers, ...found])) ? found : [];
}

/** Paragraphs read, and the characters of their own text that make an article's running text. */
const MAX_PARAGRAPHS = 40;
const OWN_TEXT_CHARS = 250;

/** True when the paragraphs of `root` outside `parts` hold `OWN_TEXT_CHARS` characters of text. */
function hasOwnText(root: Element, parts: ReadonlySet<Element>): boolean {
  const paragraphs = root.getElementsByTagName('p');
  let chars = 0;
  for (let i = 0; i < paragraphs.length && i < MAX_PARAGRAPHS; i++) {
    const paragraph = paragraphs[i]!;
    if (within(paragraph, root, parts)) continue;
    chars += boundedText(paragraph, OWN_TEXT_CHARS).text.length;
    if (chars >= OWN_TEXT_CHARS) return true;
  }
  return false;
}

/**
 * Entries of a list whatever their class is called ("story-card", "views-row", "blog-item",
 * "c-listing__item"), or list items with no class: dated siblings of one tag and first class,
 * two or more with a heading linking elsewhere, or three or more with a link elsewhere: inside
 * the article, a link of the site no part of running text (a liveblog's own entries stay its
 * own), outside it any link.
 */
function alikeEntries(
  page: ThisPage,
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
    if (entries.size < 2) continue;
    const byKind = new Map<string, Element[]>();
    for (const entry of entries) {
      const kind = entryKind(entry);
      if (kind) byKind.set(kind, [...(byKind.get(kind) ?? []), entry]);
    }
    for (const alike of byKind.values()) {
      if (alike.length < 2) continue;
      const headed = alike.filter((entry) => linksElsewhere(page, entry, 'heading'));
      if (headed.length >= 2) found.push(...headed);
      const linked = alike.filter((entry) =>
        linksElsewhere(page, entry, root.contains(entry) ? 'bare' : 'any'),
      );
      if (linked.length >= 3) found.push(...linked);
    }
  }
  return found;
}

/** An entry's tag and first class ("DIV views-row"), a list item's tag alone, else null. */
function entryKind(entry: Element): string | null {
  const tag = entry.tagName.toUpperCase();
  const first = entry.classList[0];
  if (first) return `${tag} ${first}`;
  return tag === 'LI' ? tag : null;
}

/** True when `entry` links to another page than `page`, as `kind` says (see `LinkKind`). */
export function linksElsewhere(page: ThisPage, entry: Element, kind: LinkKind): boolean {
  const headings = entry.querySelectorAll(TEASER_HEADING);
  for (let i = 0; i < headings.length && i < MAX_LINKS; i++) {
    const found = headings[i]!;
    const link = found.closest('a[href]') ?? found.querySelector('a[href]');
    if (link && linksToOtherPage(link, page)) return true;
  }
  if (kind === 'heading') return false;
  const links = entry.querySelectorAll('a[href]');
  for (let i = 0; i < links.length && i < MAX_LINKS; i++) {
    const link = links[i]!;
    if (
      kind === 'any'
        ? linksToOtherPage(link, page)
        : outsideText(link, entry) && linksToOtherPage(link, page, true)
    )
      return true;
  }
  return false;
}

/** Characters of prose before an entry's first heading that make it an article, not a card. */
const PROSE_BEFORE_HEADING = 40;

/**
 * True when `entry` is another story's card: its first heading links to another page and no
 * paragraph of prose comes before it ("<article><h3><a href="/yin">…"), unlike an article with a
 * linked subheading after its text ("<p>…</p><h3><a href="/other">Related: …").
 */
export function headedByLinkElsewhere(page: ThisPage, entry: Element): boolean {
  const heading = entry.querySelector('h1, h2, h3, h4');
  if (!heading || !isTeaserHeading(heading, page)) return false;
  const paragraphs = entry.getElementsByTagName('p');
  for (let i = 0; i < paragraphs.length && i < MAX_LINKS; i++) {
    const p = paragraphs[i]!;
    // 4: DOCUMENT_POSITION_FOLLOWING (the constant, not the global `Node`, which a parser in Node lacks).
    if (!(p.compareDocumentPosition(heading) & 4)) break;
    if (!isByline(p) && (p.textContent?.length ?? 0) >= PROSE_BEFORE_HEADING) return false;
  }
  return true;
}

/** True when `el` sits in one of `parts`, below `root`. */
function within(el: Element, root: Element, parts: ReadonlySet<Element>): boolean {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement)
    if (parts.has(node)) return true;
  return false;
}

/** True when `link` is no part of a paragraph inside `entry` (an entry may itself be one). */
function outsideText(link: Element, entry: Element): boolean {
  for (let node = link.parentElement; node && node !== entry; node = node.parentElement)
    if (node.tagName.toUpperCase() === 'P') return false;
  return true;
}
