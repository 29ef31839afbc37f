/** Which elements of a page hold a date, a byline or a dateline, by their tag, class, id or property. */

/** Class or id words of elements that hold a date, byline or dateline. */
const BYLINE =
  /date|datum|fecha|time|byline|dateline|publish|posted|submitted|meta|author|info|subline|fa-calendar|fa-clock/i;
const BYLINE_TAGS = new Set(['TIME', 'SMALL']);
/**
 * Class or id words of dated elements that are not the article's: an event's, a match's, today's,
 * a cited source's day of access.
 */
const NOT_BYLINE =
  /event-?date|match-?date|fixture|kick-?off|today|current-?date|timeline|infobox|access-?date/i;
const MARKUP_TAGS = new Set(['TIME', 'RELATIVE-TIME', 'LOCAL-TIME', 'TIME-AGO', 'AMP-TIMEAGO']);
/** RDFa's Dublin Core names too: `dc:date` (a generic day) and `dcterms:issued` (the publication's). */
const MARKUP_PROPS =
  /datepublished|datecreated|datemodified|uploaddate|dc:created|dcterms:created|dc:date|dcterms:date|dcterms:issued/i;

/** True for an element whose tag, class, id or itemprop says it holds a date, byline or dateline. */
export function isByline(el: Element): boolean {
  if (BYLINE_TAGS.has(el.tagName.toUpperCase())) return true;
  const name = `${el.id} ${el.getAttribute('class') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
  return name.length > 2 && BYLINE.test(name) && !NOT_BYLINE.test(name);
}

/**
 * Attributes that keep a date on any element, whatever it shows (often only "2 years ago"):
 * `<span datetime="2024-03-09T10:00Z">`, `data-livestamp="1709978400"`, `<article
 * data-publish-date="…">`. In this order, the first one present is read.
 */
export const DATE_ATTRIBUTES = [
  'datetime',
  'data-utime',
  'data-timestamp',
  'data-time',
  'data-publish-date',
  'data-published',
  'data-livestamp',
  'data-date',
] as const;
/** Cells of a calendar or a date picker keep their day in `data-date` too; they show no words. */
const WORDS = /\p{L}{2}/u;

/** True for an element whose markup dates something (`time`, `datePublished`, `data-timestamp`, `abbr[title]`). */
export function isMarkup(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (MARKUP_TAGS.has(tag)) return true;
  for (const name of DATE_ATTRIBUTES)
    if (el.hasAttribute(name))
      // `data-date` is a common name: it counts where the element shows words ("2 years ago",
      // "March 9"), not on a calendar's numbered day cell.
      return name !== 'data-date' || WORDS.test(el.textContent?.slice(0, 80) ?? '');
  if (tag === 'ABBR') return el.hasAttribute('title');
  const prop = `${el.getAttribute('itemprop') ?? ''} ${el.getAttribute('property') ?? ''}`;
  return prop.length > 1 && MARKUP_PROPS.test(prop);
}
