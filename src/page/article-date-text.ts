import { type DateLabel, labelBefore } from '../core/dates/date-labels';
import type { DateCandidate } from '../core/dates/date-signals';
import { findTextDates, type TextDate, type TextDateHints } from '../core/dates/find-text-dates';
import { MAY_HOLD_DATE } from '../core/dates/other-calendars';
import { withoutTrailingWeekday } from '../core/dates/weekday-names';
import { dayInAddressMonth } from '../core/dates/yearless-date';
import { nextNode, shortText, UNREAD_TAGS } from './article-date-element-text';
import { labelOutside } from './article-date-labels';
import type { DatePlaces } from './date-places';

/** Most date-like elements looked at; most nodes walked in the body; longest text read from one element. */
const MAX_BYLINES = 300;
const MAX_WALKED = 40_000;
const MAX_ELEMENT_TEXT = 300;
/** A text date starting further into its line than this is inside a sentence, not a dateline. */
const LEAD_CHARS = 40;
/** Most text dates kept: past them, later dates could not outrank the first ones anyway. */
const MAX_TEXT_DATES = 200;
/**
 * A day's number in a short line without a year: a byline that may leave the year out ("12
 * March · by Greg", "March 12th · 2 min read", "Posted March 12 at 9:30").
 */
const SHORT_DAY = /^(?=[\s\S]{1,80}$)(?![\s\S]*\d{3})[\s\S]*?(?<!\d)\d{1,2}(?!\d)/;
/** Nodes walked, or bylines read, between two chances to pause. */
const WALK_STEP = 150;
const BYLINE_STEP = 10;

/**
 * Dates written in the page's visible text, added to `found`: first in elements whose class or
 * id says they are a date, byline or dateline (`byline-text`, as `DatePlaces` found them), then
 * in short runs of the body's text (`text`), in document order. Reads at most `MAX_BYLINES`
 * elements, walks at most `MAX_WALKED` nodes of the body (skipping scripts, code, drawings and
 * their subtrees) and reads at most `MAX_ELEMENT_TEXT` characters of any element or text node;
 * yields every `WALK_STEP` nodes and `BYLINE_STEP` bylines so the caller can pause between slices.
 * Dates that turn out to sit in entries of a list of other stories are then placed `list`; the
 * elements that gave dates are noted in `places.dated`.
 */
export function* textDateSteps(
  doc: Document,
  places: DatePlaces,
  hints: TextDateHints & { addressMonth?: string | null },
  found: DateCandidate[],
): Generator<void, void> {
  const body = doc.body;
  if (!body) return;
  const seen = new Set<Element>();
  const datedEls: { el: Element; candidates: DateCandidate[] }[] = [];
  const bylines = places.bylines;
  for (let i = 0; i < bylines.length && i < MAX_BYLINES; i++) {
    if (i % BYLINE_STEP === BYLINE_STEP - 1) yield;
    const el = bylines[i]!;
    // A date element may say its date only in its tooltip (`<span class="date" title="3 March 2021">`).
    const own = shortText(el, MAX_ELEMENT_TEXT);
    const dated =
      own && (MAY_HOLD_DATE.test(own) || (hints.addressMonth && SHORT_DAY.test(own)))
        ? own
        : el.getAttribute('title')?.slice(0, 100);
    // A definition list's value is read with its term ("<dt>Last updated</dt><dd>12 March…").
    const term = dated && el.tagName.toUpperCase() === 'DD' ? el.previousElementSibling : null;
    const label = term?.tagName.toUpperCase() === 'DT' ? shortText(term, 60) : null;
    const text = label ? `${label} ${dated}` : dated;
    if (!text || !(MAY_HOLD_DATE.test(text) || (hints.addressMonth && SHORT_DAY.test(text)))) continue;
    seen.add(el);
    const added = addDates(
      found,
      el,
      text,
      'byline-text',
      places,
      { ...hints, shortYears: true },
      label ? null : (labelOutside(el) ?? classLabel(el)),
      hints.addressMonth,
    );
    if (added.length > 0) datedEls.push({ el, candidates: added });
  }
  let textDates = 0;
  let node: Node | null = body.firstChild;
  for (let walked = 0; node && walked < MAX_WALKED && textDates < MAX_TEXT_DATES; walked++) {
    if (walked % WALK_STEP === WALK_STEP - 1) yield;
    const current: Node = node;
    const isElement = current.nodeType === 1;
    node = nextNode(current, body, isElement && UNREAD_TAGS.has((current as Element).tagName.toUpperCase()));
    const parent = current.parentElement;
    if (current.nodeType !== 3 || !parent) continue;
    const data = current as CharacterData;
    const head = data.length > MAX_ELEMENT_TEXT ? data.substringData(0, MAX_ELEMENT_TEXT) : data.data;
    if (!MAY_HOLD_DATE.test(head)) continue;
    // Dates split over inline elements ("<b>9</b> oktober 2020") are read from the block around them.
    const block = shortText(parent, MAX_ELEMENT_TEXT);
    if (withinSeen(parent, seen)) continue;
    seen.add(parent);
    const added = addDates(found, parent, block ?? head, 'text', places, hints);
    if (added.length > 0) datedEls.push({ el: parent, candidates: added });
    textDates += added.length;
  }
  yield;
  // Entries of a list dated only in plain text ("<div class="views-row">…<span>10/21/2024</span>")
  // are found from the dates the text gave.
  places.relistTextDates(datedEls);
  places.dated.push(...datedEls);
}

function addDates(
  found: DateCandidate[],
  el: Element,
  text: string,
  signal: 'byline-text' | 'text',
  places: DatePlaces,
  hints: TextDateHints,
  outside: DateLabel = null,
  addressMonth?: string | null,
): DateCandidate[] {
  const dates = findTextDates(text, hints);
  // A byline by the title that leaves out the year ("12 March · by Greg") in the month the
  // address names (`/2019/03/`) is of the address's year.
  if (dates.length === 0 && addressMonth && places.placeOf(el) === 'headline')
    dates.push(...inAddressMonth(text, addressMonth));
  if (dates.length === 0) return [];
  const added: DateCandidate[] = [];
  const place = places.placeOf(el);
  const order = places.indexOf(el);
  for (const date of dates) {
    // A date that opens its element (after at most its weekday: "Thu 7 Mar 2024") takes the
    // label written just before the element.
    if (outside && date.keyword === null && opensElement(text.slice(0, date.index))) date.keyword = outside;
    const candidate: DateCandidate = {
      order,
      signal,
      source: signal === 'text' ? 'article text' : 'byline text',
      reading: { date: date.date, zone: 'none', instant: null },
      place,
      keyword: date.keyword,
      ...(signal === 'text' && !date.keyword && (date.index > LEAD_CHARS || opensSentence(text, date))
        ? { inProse: true }
        : {}),
    };
    found.push(candidate);
    added.push(candidate);
  }
  return added;
}

/**
 * The publication, where a date element's own class or id says so and no words do
 * (`published`, `post-date__posted`, `created`). Not an update's class: an "is-last-update" line
 * often opens with the publication ("9 marzo 2024 (modifica il 10 marzo)").
 */
function classLabel(el: Element): DateLabel {
  return /publish|posted|created|submitted/i.test(`${el.id} ${el.getAttribute('class') ?? ''}`)
    ? 'published'
    : null;
}

/** True when `lead`, the text before a date in its element, is nothing or its weekday alone. */
function opensElement(lead: string): boolean {
  return lead.trim() === '' || withoutTrailingWeekday(` ${lead}`)?.trim() === '';
}

/** The date `dayInAddressMonth` reads in `text`, as a text date with the label before it. */
function inAddressMonth(text: string, yearMonth: string): TextDate[] {
  const day = dayInAddressMonth(text, yearMonth);
  return day ? [{ ...day, keyword: labelBefore(text.slice(Math.max(0, day.index - 60), day.index)) }] : [];
}

/** A text that opens with a preposition, and a clause after a date (not its time: "…, at 9:34"). */
const PREPOSITION_OPENING = /^\s*(?:on|in|since|until|from|before|after|depuis|seit|desde|dal|em)\s+$/i;
const CLAUSE_AFTER = /^,\s*(?!at\b|à\b|um\b|alle\b|a las\b|om\b|kl\b)\p{Ll}/u;

/**
 * True when a text opens with a sentence about the date ("On 9 June 2024, voters elected…"): an
 * event's date, as in the rest of the running text. A dateline ("Paris, le 17 mai 2024 –"), a
 * byline ("By Jane Doe on May 17, 2024") or a date and its time stay as they are.
 */
function opensSentence(text: string, date: { index: number; length: number }): boolean {
  return (
    PREPOSITION_OPENING.test(text.slice(0, date.index)) &&
    CLAUSE_AFTER.test(text.slice(date.index + date.length, date.index + date.length + 12))
  );
}

function withinSeen(el: Element, seen: Set<Element>): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) if (seen.has(node)) return true;
  return false;
}
