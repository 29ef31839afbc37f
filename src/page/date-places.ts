import type { DateCandidate, DatePlace } from '../core/dates/date-signals';
import { unheadListsBeforeTitle } from './date-branches';
import { isByline, isMarkup } from './date-element-kinds';
import { isTeaserHeading, type ThisPage } from './date-links';
import { firstRoot, inFullPost } from './date-roots';
import { ASIDE, ASIDE_START, ASIDE_TAGS, inSitePart, SITE_BANNER } from './date-site-parts';
import { findTeasers, headedByLinkElsewhere } from './date-teasers';

/** Most elements numbered in document order; later ones count as far from the title. */
export const MAX_NUMBERED_ELEMENTS = 10_000;
/** Elements numbered between two chances to pause. */
const WALK_STEP = 150;
/** Elements before or after the article's title that still count as its header. */
const HEADLINE_REACH = 60;
/** Matches of one title selector looked at for one that is the page's own (see `build`). */
const MAX_TITLE_TRIES = 5;

/** Parts of a page of their own, outside the article (see `inOtherPart`). */
const OTHER_PART_TAGS = new Set(['SECTION', 'ASIDE', 'ARTICLE', 'FOOTER', 'NAV']);
/** Most byline-like and date-markup elements kept. */
const MAX_BYLINES = 300;
const MAX_MARKUP = 200;
/** A blog post's title where the h1 is not the article's (see `aroundPostTitle`). */
const POST_TITLE = '.entry-title, .post-title, [itemprop="headline"]';
const TITLES = [
  'article h1',
  'main h1',
  '[role="main"] h1',
  '[itemtype*="Article" i] h1',
  'h1',
  'article h2',
];

/**
 * Where elements of one document sit relative to its article: finds the article's root (the
 * `article` or `main` around the first `h1`, else the first `article`/`main`, else the body) and
 * its title (on a page with no h1, its first h2 outside the site's parts), numbers the first `MAX_NUMBERED_ELEMENTS` elements in document order, and answers
 * `placeOf(el)`: `headline` near the title, `article` inside the root, `aside` in comments,
 * sidebars, related stories, navigation, footers, consent notices, the site's banner outside the
 * article, and anything outside an article that holds its own title (an aside or footer inside
 * the article, or anything around its title, is the article's), `list` in an entry of a list of other stories
 * (`findTeasers`), `page` anywhere else. The same walk lists the elements that look like bylines (`bylines`).
 */
export class DatePlaces {
  private readonly order = new Map<Element, number>();
  /** The article's root (see the class comment). */
  readonly root: Element;
  private readonly aroundTitle = new Set<Element>();
  private readonly aroundPostTitle = new Set<Element>();
  /** Whether the root holds the title (an article that holds its own title). */
  private readonly ownTitle: boolean;
  /** Elements whose tag, class, id or itemprop says they hold a date or byline, in document order. */
  readonly bylines: Element[] = [];
  /**
   * Elements whose markup dates something: microdata or RDFa `datePublished`, `dateCreated`,
   * `dateModified`; `time`, `relative-time` and kin; `abbr[title]`; `data-utime`, `data-timestamp`.
   */
  readonly markup: Element[] = [];
  private readonly walker: TreeWalker;
  private numbered = 0;

  /**
   * The places of `doc`, the page `page`, built in steps (the generator yields between them:
   * after each query for the title, and every `WALK_STEP` elements numbered). The title is the
   * page's own, never a teaser's heading: on a front page whose lead story is
   * `<article><a href="/lead"><h2>Lead</h2></a><time>…`, that h2 is no title; in a post shown in
   * full (a blog's home page showing its latest post), the heading linking to the post is.
   */
  static *build(doc: Document, page: ThisPage): Generator<void, DatePlaces> {
    const body = doc.body ?? doc.documentElement;
    let h1: Element | null = null;
    for (const selector of TITLES) {
      const matches = body.querySelectorAll(selector);
      for (let i = 0; i < matches.length && i < MAX_TITLE_TRIES && !h1; i++)
        if (!isTeaserHeading(matches[i]!, page) || inFullPost(matches[i]!)) h1 = matches[i]!;
      if (h1) break;
      yield;
    }
    // A page with no h1 (an older site's `<h2>` title) is titled by its first h2 that is neither
    // a teaser's nor in a sidebar, menu, footer or banner (a widget's "Archives").
    h1 ??=
      [...body.querySelectorAll('h2')]
        .slice(0, MAX_TITLE_TRIES)
        .find((h2) => !isTeaserHeading(h2, page) && !inSitePart(h2)) ?? null;
    const root =
      h1?.closest('article, main, [role="main"], [itemtype*="Article" i]') ?? firstRoot(page, body);
    yield;
    const places = new DatePlaces(doc, page, body, h1, root);
    while (places.numberSome()) yield;
    for (const entry of findTeasers(page, places.root, h1, [...places.bylines, ...places.markup]))
      places.teasers.add(entry);
    return places;
  }

  /**
   * Marks as `list` the candidates of `dated` (text dates and the elements they sit in) that sit
   * in entries of a list found from them: a Drupal view's rows dated only in plain text.
   */
  relistTextDates(dated: readonly { el: Element; candidates: DateCandidate[] }[]): void {
    const fresh = findTeasers(
      this.page,
      this.root,
      this.h1,
      dated.map((d) => d.el),
    );
    if (fresh.size === 0) return;
    for (const entry of fresh) this.teasers.add(entry);
    for (const { el, candidates } of dated)
      if (this.inTeaser(el)) for (const candidate of candidates) candidate.place = 'list';
  }

  /**
   * Places `aside` the candidates of `dated` near the title, before it, that sit in a block of
   * several days' dates outside the title's own (see `unheadListsBeforeTitle`).
   */
  unheadListsBefore(): void {
    const anchor = this.titleIndex >= 0 ? this.titleAnchor : null;
    if (anchor) unheadListsBeforeTitle(anchor, this.dated, (el) => this.indexOf(el) < this.titleIndex);
  }

  /** The elements that gave candidates (markup and text), with them, as the collectors note them. */
  readonly dated: { el: Element; candidates: DateCandidate[] }[] = [];

  /** Entries of a list of other stories, each dated (see `findTeasers`). */
  readonly teasers = new Set<Element>();

  private constructor(
    private readonly doc: Document,
    private readonly page: ThisPage,
    body: Element,
    private readonly h1: Element | null,
    root: Element,
  ) {
    this.root = root;
    this.ownTitle = h1 !== null && root.contains(h1);
    for (let node = h1; node; node = node.parentElement) this.aroundTitle.add(node);
    // With no article around the title (the h1 a blog's name), the post's own title marks the
    // post: a blog's "widget Blog" that holds it is the post, not a sidebar.
    const postTitle = root === body ? body.querySelector(POST_TITLE) : null;
    for (let node = postTitle; node; node = node.parentElement) this.aroundPostTitle.add(node);
    this.walker = doc.createTreeWalker(body, 1);
  }

  private titleAnchor: Element | null | undefined;

  /** Numbers the next `WALK_STEP` elements; false when the walk is over. */
  private numberSome(): boolean {
    for (let i = 0; i < WALK_STEP; i++) {
      const node = this.numbered < MAX_NUMBERED_ELEMENTS ? this.walker.nextNode() : null;
      if (!node) return false;
      const el = node as Element;
      this.order.set(el, this.numbered++);
      if (this.bylines.length < MAX_BYLINES && isByline(el)) this.bylines.push(el);
      if (this.markup.length < MAX_MARKUP && isMarkup(el)) this.markup.push(el);
    }
    return true;
  }

  private get titleIndex(): number {
    if (this.titleAnchor === undefined) {
      const { h1, root } = this;
      const body = this.doc.body ?? this.doc.documentElement;
      this.titleAnchor = this.ownTitle || root === body ? h1 : root;
    }
    return this.titleAnchor ? (this.order.get(this.titleAnchor) ?? -1) : -1;
  }

  /** The place of `el` (see the class comment). */
  placeOf(el: Element): DatePlace {
    if (el.closest('head')) return 'head';
    if (this.teasers.size > 0 && this.inTeaser(el)) return 'list';
    const inRoot = this.root.contains(el);
    if (this.isAside(el, inRoot)) return 'aside';
    const index = this.order.get(el);
    const near =
      index !== undefined && this.titleIndex >= 0 && Math.abs(index - this.titleIndex) <= HEADLINE_REACH;
    if (near && (inRoot || this.root === this.doc.body)) return 'headline';
    if (inRoot && this.root !== this.doc.body) return 'article';
    // Outside an article that holds its own title, a date in a part of the page of its own (a
    // section, a list of stories with their headings, the next article) is another story's or a
    // comment's, whatever that part is called ("reacties", "lo-mas-leido", the next story).
    if (this.ownTitle && this.root !== this.doc.body && this.inOtherPart(el)) return 'aside';
    // Outside an article that holds its own title, nearness to the title says nothing.
    return near && !this.ownTitle ? 'headline' : 'page';
  }

  /** True when `el` sits, outside the article, in a section, aside or article, or a part with headings. */
  private inOtherPart(el: Element): boolean {
    for (let node: Element | null = el; node && !node.contains(this.root); node = node.parentElement)
      if (
        OTHER_PART_TAGS.has(node.tagName.toUpperCase()) ||
        node.querySelector('h2, h3, h4, h5, h6, article')
      )
        return true;
    return false;
  }

  private inTeaser(el: Element): boolean {
    for (let node: Element | null = el; node; node = node.parentElement)
      if (this.teasers.has(node)) return true;
    return false;
  }

  /** Elements in document order: true when `a` comes before `b` (unnumbered ones last). */
  indexOf(el: Element): number {
    return this.order.get(el) ?? MAX_NUMBERED_ELEMENTS;
  }

  private isAside(el: Element, inRoot: boolean): boolean {
    for (let node: Element | null = el; node && node !== this.doc.body; node = node.parentElement) {
      // Whatever holds the article's title is not a sidebar, whatever its class says.
      if (node === this.root || this.aroundTitle.has(node) || this.aroundPostTitle.has(node)) return false;
      // Inside the article, an aside or footer is the article's own (author, date, tags).
      const tag = node.tagName.toUpperCase();
      if (ASIDE_TAGS.has(tag) && !inRoot) return true;
      // Another story's card: an article, not holding the title, whose first heading links elsewhere.
      if (tag === 'ARTICLE' && headedByLinkElsewhere(this.page, node)) return true;
      const name = `${node.id} ${node.getAttribute('class') ?? ''}`;
      if (
        name.length > 1 &&
        (ASIDE.test(name) || ASIDE_START.test(name)) &&
        !(inRoot && /footer/i.test(name))
      )
        return true;
      // The site's banner (logo, menu, today's date) outside the article, not holding its title.
      if (!inRoot && (tag === 'HEADER' || node.getAttribute('role') === 'banner' || SITE_BANNER.test(name)))
        return true;
    }
    return false;
  }
}
