import type { DatePlace } from '../core/dates/date-signals';

/** Most elements numbered in document order; later ones count as far from the title. */
export const MAX_NUMBERED_ELEMENTS = 6000;
/** Elements before or after the article's title that still count as its header. */
const HEADLINE_REACH = 60;

const ASIDE =
  /comment|sidebar|side-bar|related|recommend|widget|popular|trending|most-?read|more-?stories|teaser|promo|newsletter|breadcrumb|disqus|respond|reply|outbrain|taboola|signup|subscribe|footer|menu|navbar|nav-|-nav|cookie/i;
const ASIDE_TAGS = new Set(['ASIDE', 'NAV', 'FOOTER']);
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
 * its title, numbers the first `MAX_NUMBERED_ELEMENTS` elements in document order, and answers
 * `placeOf(el)`: `headline` near the title, `article` inside the root, `aside` in comments,
 * sidebars, related stories, navigation or footers (an aside or footer inside the article, or
 * anything around its title, is the article's),
 * `page` anywhere else.
 */
export class DatePlaces {
  private readonly order = new Map<Element, number>();
  private readonly root: Element;
  private readonly titleIndex: number;
  private readonly aroundTitle = new Set<Element>();

  constructor(private readonly doc: Document) {
    const body = doc.body ?? doc.documentElement;
    const h1 = TITLES.reduce<Element | null>((el, selector) => el ?? body.querySelector(selector), null);
    this.root =
      h1?.closest('article, main, [role="main"], [itemtype*="Article" i]') ??
      body.querySelector('article, main, [role="main"]') ??
      body;
    for (let node = h1; node; node = node.parentElement) this.aroundTitle.add(node);
    const walker = doc.createTreeWalker(body, 1);
    for (let n = 0, el = walker.nextNode(); el && n < MAX_NUMBERED_ELEMENTS; n++, el = walker.nextNode())
      this.order.set(el as Element, n);
    const anchor = h1 && this.root.contains(h1) ? h1 : this.root === body ? h1 : this.root;
    this.titleIndex = anchor ? (this.order.get(anchor) ?? -1) : -1;
  }

  /** The place of `el` (see the class comment). */
  placeOf(el: Element): DatePlace {
    if (el.closest('head')) return 'head';
    const inRoot = this.root.contains(el);
    if (this.isAside(el, inRoot)) return 'aside';
    const index = this.order.get(el);
    const near =
      index !== undefined && this.titleIndex >= 0 && Math.abs(index - this.titleIndex) <= HEADLINE_REACH;
    if (near && (inRoot || this.root === this.doc.body)) return 'headline';
    if (inRoot && this.root !== this.doc.body) return 'article';
    return near ? 'headline' : 'page';
  }

  /** Elements in document order: true when `a` comes before `b` (unnumbered ones last). */
  indexOf(el: Element): number {
    return this.order.get(el) ?? MAX_NUMBERED_ELEMENTS;
  }

  private isAside(el: Element, inRoot: boolean): boolean {
    for (let node: Element | null = el; node && node !== this.doc.body; node = node.parentElement) {
      // Whatever holds the article's title is not a sidebar, whatever its class says.
      if (node === this.root || this.aroundTitle.has(node)) return false;
      // Inside the article, an aside or footer is the article's own (author, date, tags).
      if (ASIDE_TAGS.has(node.tagName) && !inRoot) return true;
      const name = `${node.id} ${node.getAttribute('class') ?? ''}`;
      if (name.length > 1 && ASIDE.test(name) && !(inRoot && /footer/i.test(name))) return true;
    }
    return false;
  }
}
