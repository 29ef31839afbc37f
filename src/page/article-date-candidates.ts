import type { DateLabel } from '../core/dates/date-labels';
import type { DateCandidate, DateSignal } from '../core/dates/date-signals';
import { findTextDates } from '../core/dates/find-text-dates';
import { type DateValueHints, parseDateValue } from '../core/dates/parse-article-date';
import { shortText } from './article-date-element-text';
import { type JsonLdKinds, jsonLdSteps } from './article-date-json-ld';
import { labelOutside } from './article-date-labels';
import { isThingPage, withoutThingDates } from './article-date-page-kind';
import { textDateSteps } from './article-date-text';
import { addressDate, addressMonth, declaredAddresses } from './date-addresses';
import { DATE_ATTRIBUTES } from './date-element-kinds';
import { parseAddress, thisPage } from './date-links';
import { DatePlaces } from './date-places';
import { scriptDataSteps } from './date-scripts';
import { isSiteFront } from './date-site-front';
import { metaSignal } from './meta-date-names';

/**
 * Every date candidate the document and its address offer: JSON-LD and other scripts' data
 * (bounded reads), meta tags, microdata and RDFa, `<time>`, `relative-time`, `abbr.published`
 * and timestamp attributes, the address (`/2023/11/08/`), and dates in bylines and the
 * article's text (a byline without its year in the month the address names). Each says its
 * signal, where it sits relative to the article, and a source for the reader. Reads are capped
 * (see each collector), so a hostile page costs no more than an ordinary one.
 */
export function articleDateCandidates(doc: Document, url: string): DateCandidate[] {
  const steps = articleDateSteps(doc, url);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `articleDateCandidates` in small steps: the generator yields between units of work (each a
 * few milliseconds at most) so the caller can spread them over idle slices, and returns the
 * candidates.
 */
export function* articleDateSteps(doc: Document, url: string): Generator<void, DateCandidate[]> {
  const { monthFirst, order } = numericOrder(doc, url);
  const hints: DateValueHints = { monthFirst };
  const found: DateCandidate[] = [];
  const kinds: JsonLdKinds = { article: false, thing: false };
  yield* jsonLdSteps(doc, found, hints, kinds);
  yield* scriptDataSteps(doc, found, hints);
  yield* metaSteps(doc, hints, found);
  // A site's front page dates its stories, not itself.
  if (isSiteFront(doc, url, kinds.article)) return [];
  const places = yield* DatePlaces.build(doc, thisPage(url, declaredAddresses(doc)));
  yield* markupSteps(places, hints, found);
  const fromUrl = addressDate(doc, url, order);
  if (fromUrl)
    found.push({
      signal: 'url',
      source: 'url',
      reading: { date: fromUrl, zone: 'none', instant: null },
      place: 'head',
    });
  for (const date of findTextDates(doc.title.slice(0, 300), hints))
    found.push({
      signal: 'text',
      source: 'page title',
      reading: { date: date.date, zone: 'none', instant: null },
      place: 'headline',
      order: 0,
    });
  yield* textDateSteps(doc, places, { ...hints, addressMonth: addressMonth(doc, url) }, found);
  // A column of several days' dates before the title is no header of the article's.
  places.unheadListsBefore();
  return isThingPage(doc, kinds) ? withoutThingDates(found) : found;
}

function* metaSteps(doc: Document, hints: DateValueHints, found: DateCandidate[]): Generator<void, void> {
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length && i < 500; i++) {
    if (i % 50 === 49) yield;
    const meta = metas[i]!;
    const content = meta.getAttribute('content')?.slice(0, 2000);
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (!key) continue;
      if (key === 'parsely-page') {
        const pub = /"pub_date"\s*:\s*"([^"]{6,40})"/.exec(content)?.[1];
        if (pub) push(found, 'meta-published', 'meta parsely-page', pub, 'head');
        continue;
      }
      const signal = metaSignal(key);
      // A numeric value in the page's own order ("05/06/2024 10:15 AM" on an American page); a
      // Unix time in a timestamp or a publication time ("1709964000").
      if (signal) {
        const epoch = key === 'timestamp' || signal === 'meta-published';
        push(found, signal, `meta ${key}`, content, 'head', { ...hints, epoch });
      }
    }
  }
}

function* markupSteps(
  places: DatePlaces,
  hints: DateValueHints,
  found: DateCandidate[],
): Generator<void, void> {
  const elements = places.markup;
  for (let i = 0; i < elements.length; i++) {
    if (i % 10 === 9) yield;
    const el = elements[i]!;
    const tag = el.tagName.toLowerCase();
    const prop = `${el.getAttribute('itemprop') ?? ''} ${el.getAttribute('property') ?? ''}`.toLowerCase();
    const cls =
      `${el.getAttribute('class') ?? ''} ${el.parentElement?.getAttribute('class') ?? ''}`.toLowerCase();
    const marked = markupSignal(el, tag, prop, cls);
    if (!marked) continue;
    // A label just before the element, outside it, says what it dates ("Updated <time>…").
    const label = labelOutside(el);
    const signal = relabelled(marked, label, prop);
    const value =
      el.getAttribute('datetime') ??
      el.getAttribute('content') ??
      attributeDate(el) ??
      el.getAttribute('title') ??
      el.getAttribute('value') ??
      shortText(el, 200) ??
      '';
    const name = prop.trim() ? `itemprop ${prop.trim()}` : tag === 'abbr' ? 'abbr title' : `${tag} datetime`;
    const place = places.placeOf(el);
    const added = push(
      found,
      signal,
      name,
      value,
      place,
      { ...hints, epoch: true },
      places.indexOf(el),
      label,
    );
    if (added) places.dated.push({ el, candidates: [added] });
  }
}

/**
 * The signal of a date element given the label before it: an update's ("Last updated on
 * <time>") unless its markup says it is the publication, a publication's where the markup said
 * nothing ("Published <time>").
 */
function relabelled(signal: DateSignal, label: DateLabel, prop: string): DateSignal {
  if (label === 'modified' && !/datepublished/.test(prop)) return 'modified';
  return label === 'published' && signal === 'time' ? 'time-published' : signal;
}

/** The first date attribute `el` has (see `DATE_ATTRIBUTES`), or null. */
function attributeDate(el: Element): string | null {
  for (const name of DATE_ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (value !== null) return value;
  }
  return null;
}

function markupSignal(el: Element, tag: string, prop: string, cls: string): DateSignal | null {
  if (/datemodified/.test(prop) || (!/datepublished/.test(prop) && /updat|modif/.test(cls)))
    return 'modified';
  if (/datepublished|datecreated|uploaddate|dc:created|dcterms:created|dcterms:issued/.test(prop))
    return 'markup-published';
  if (
    el.hasAttribute('pubdate') ||
    el.hasAttribute('data-publish-date') ||
    el.hasAttribute('data-published') ||
    /publish|posted|entry-date|created/.test(cls)
  )
    return 'time-published';
  // An abbr's title is a date only where its class says so.
  return tag === 'abbr' && !/date|time/.test(cls) ? null : 'time';
}

function push(
  found: DateCandidate[],
  signal: DateSignal,
  source: string,
  value: string,
  place: DateCandidate['place'],
  hints: DateValueHints = {},
  order?: number,
  label: DateLabel = null,
): DateCandidate | null {
  const reading = parseDateValue(value, hints);
  if (!reading) return null;
  const candidate: DateCandidate = { signal, source, reading, place };
  if (order !== undefined) candidate.order = order;
  // A birth's or a death's day is dropped by the ranking.
  if (label === 'event') candidate.keyword = 'event';
  found.push(candidate);
  return candidate;
}

/**
 * Country domains of English-speaking countries that write numeric dates day first (`.uk`,
 * `.ie`, `.au`, `.nz`, `.in`, `.za`, `.ng`…).
 */
const DAY_FIRST_HOST = /\.(?:uk|ie|au|nz|in|za|sg|pk|ng|ke|gh|ug|tz|zw|zm|lk|bd|np|mt|my|hk)\.?$/i;

/**
 * How the page writes numeric dates. `monthFirst` (`3/4/2021` is 4 March): American English by
 * its `lang`, or, when it has none, by its `og:locale` or `content-language`; English without a
 * region counts as American, as most such pages are, except on a host of a country that writes
 * the day first ("en" on `www.yorkpress.co.uk`: `03/04/2024` is 3 April). `order`: the order
 * the page declares, `day` or `month`, or undefined when it declares none (no language, or
 * English without a region elsewhere: a guess good for a byline, not for an address).
 */
function numericOrder(doc: Document, url: string): { monthFirst: boolean; order?: 'day' | 'month' } {
  const declared = [
    doc.documentElement.getAttribute('lang'),
    doc.querySelector('meta[property="og:locale"]')?.getAttribute('content'),
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content'),
  ]
    .map((value) => (value ?? '').trim().toLowerCase().replace('_', '-'))
    .filter(Boolean);
  // The first declared language decides; a bare "en" yields to a region declared elsewhere
  // ("en" with og:locale "en_GB" is British, day first).
  const first = declared[0] ?? '';
  const lang = first === 'en' ? (declared.find((d) => d.startsWith('en-')) ?? first) : first;
  if (lang === 'en')
    return DAY_FIRST_HOST.test(parseAddress(url, url)?.hostname ?? '')
      ? { monthFirst: false, order: 'day' }
      : { monthFirst: true };
  if (lang === 'en-us') return { monthFirst: true, order: 'month' };
  return lang ? { monthFirst: false, order: 'day' } : { monthFirst: false };
}
