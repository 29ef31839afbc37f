import type { DateCandidate } from '../core/dates/date-signals';
import { findTextDates, type TextDateHints } from '../core/dates/find-text-dates';
import type { DatePlaces } from './date-places';

/** Most date-like elements, and most text nodes, looked at; longest text read from one element. */
const MAX_BYLINES = 300;
const MAX_TEXT_NODES = 4000;
const MAX_ELEMENT_TEXT = 300;
/** Units of work between two chances to pause. */
const STEP = 40;

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'CODE',
  'PRE',
]);
const HAS_DIGITS = /\d{4}|\d[./-]\d/;

/**
 * Dates written in the page's visible text, added to `found`: first in elements whose class or
 * id says they are a date, byline or dateline (`byline-text`, as `DatePlaces` found them), then
 * in short runs of the body's text (`text`), in document order. Reads at most `MAX_BYLINES`
 * elements and `MAX_TEXT_NODES` text nodes, and yields every `STEP` of them so the caller can
 * pause between idle slices.
 */
export function* textDateSteps(
  doc: Document,
  places: DatePlaces,
  hints: TextDateHints,
  found: DateCandidate[],
): Generator<void, void> {
  const body = doc.body;
  if (!body) return;
  const seen = new Set<Element>();
  const bylines = places.bylines;
  for (let i = 0; i < bylines.length && i < MAX_BYLINES; i++) {
    if (i % STEP === STEP - 1) yield;
    const el = bylines[i]!;
    const text = shortText(el);
    if (!text || !HAS_DIGITS.test(text)) continue;
    seen.add(el);
    addDates(found, el, text, 'byline-text', places, { ...hints, shortYears: true });
  }
  const walker = doc.createTreeWalker(body, 4);
  for (let n = 0, node = walker.nextNode(); node && n < MAX_TEXT_NODES; n++, node = walker.nextNode()) {
    if (n % STEP === STEP - 1) yield;
    const parent = node.parentElement;
    const data = (node as Text).data;
    if (!parent || SKIP.has(parent.tagName) || !HAS_DIGITS.test(data.slice(0, MAX_ELEMENT_TEXT))) continue;
    // Dates split over inline elements ("<b>9</b> oktober 2020") are read from the block around them.
    const block = shortText(parent) ? parent : null;
    const el = block ?? parent;
    if (withinSeen(el, seen)) continue;
    seen.add(el);
    addDates(found, el, block ? shortText(el)! : data.slice(0, MAX_ELEMENT_TEXT), 'text', places, hints);
  }
}

function addDates(
  found: DateCandidate[],
  el: Element,
  text: string,
  signal: 'byline-text' | 'text',
  places: DatePlaces,
  hints: TextDateHints,
): void {
  const place = places.placeOf(el);
  const order = places.indexOf(el);
  for (const date of findTextDates(text, hints)) {
    found.push({
      order,
      signal,
      source: signal === 'text' ? 'article text' : 'byline text',
      reading: { date: date.date, zone: 'none', instant: null },
      place,
      keyword: date.keyword,
    });
  }
}

/**
 * The element's text when it is short enough to be one line of metadata, else null; stops
 * reading as soon as it is too long, so a large container costs no more than a short one.
 */
function shortText(el: Element): string | null {
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && SKIP.has(parent.tagName)) continue;
    text += (node as Text).data;
    if (text.length > MAX_ELEMENT_TEXT) return null;
  }
  return text;
}

function withinSeen(el: Element, seen: Set<Element>): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) if (seen.has(node)) return true;
  return false;
}
