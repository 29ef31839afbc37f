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
const MARKUP_PROPS = /datepublished|datecreated|datemodified|uploaddate|dc:created|dcterms:created/i;

/** True for an element whose tag, class, id or itemprop says it holds a date, byline or dateline. */
export function isByline(el: Element): boolean {
  if (BYLINE_TAGS.has(el.tagName.toUpperCase())) return true;
  const name = `${el.id} ${el.getAttribute('class') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
  return name.length > 2 && BYLINE.test(name) && !NOT_BYLINE.test(name);
}

/** True for an element whose markup dates something (`time`, `datePublished`, `data-timestamp`, `abbr[title]`). */
export function isMarkup(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (MARKUP_TAGS.has(tag)) return true;
  if (el.hasAttribute('data-utime') || el.hasAttribute('data-timestamp') || el.hasAttribute('data-time'))
    return true;
  if (tag === 'ABBR') return el.hasAttribute('title');
  const prop = `${el.getAttribute('itemprop') ?? ''} ${el.getAttribute('property') ?? ''}`;
  return prop.length > 1 && MARKUP_PROPS.test(prop);
}
