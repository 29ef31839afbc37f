import type { DateCandidate, DateSignal } from '../core/dates/date-signals';
import { type DateValueHints, parseDateValue } from '../core/dates/parse-article-date';
import { boundedText } from './bounded-text';

/** Most characters read from one script, and from all scripts of a page together. */
export const SCRIPT_READ_LIMIT = 256 * 1024;
const TOTAL_READ_LIMIT = 1024 * 1024;
/** Most scripts looked at, and most JSON nodes walked in one of them. */
const MAX_SCRIPTS = 300;
const MAX_NODES = 5000;

const ARTICLE_TYPES = /article|posting|blog|report|review|story|recipe|howto/i;
const PAGE_TYPES =
  /^(?:web|collection|item|about|profile|searchresults|faq|qa|contact|checkout|medicalweb|real estate listing)?page$|website|organization|person|breadcrumb|imageobject|place|brand|thing/i;
/**
 * Things a page may describe that are not its own publication: a book's, a film's, an album's or
 * an app's release, a product's listing, an event's or a course's day. Their dates are theirs.
 */
const THING_TYPES =
  /^(?:book|movie|tvseries|tvseason|tvepisode|videogame|game|(?:software|mobile|web)application|music(?:album|recording|composition|group|playlist)|product(?:group|model)?|individualproduct|offer|aggregateoffer|vehicle|car|course(?:instance)?|\w*event|localbusiness|restaurant|hotel|touristattraction)$/i;
const DATE_KEYS = ['datePublished', 'dateCreated', 'uploadDate', 'dateModified'] as const;
const REGEX_DATES =
  /"@type"\s*:\s*"([^"]{1,60})"|"(datePublished|dateCreated|uploadDate|dateModified)"\s*:\s*"([^"]{6,60})"/g;

/**
 * Date candidates from the page's JSON-LD: `<script type="application/ld+json">`, and untyped
 * scripts that hold JSON-LD (`{"@context": "https://schema.org", …}`). Each script is read only up
 * to `SCRIPT_READ_LIMIT` characters (1 MB for the page): a block that is cut off, or malformed,
 * is scanned for `"datePublished": "…"` pairs instead of parsed. A node's `datePublished` is
 * trusted by its `@type`: an article's most, a WebPage's least; a book's, a product's or an
 * event's (`THING_TYPES`) not at all. Added to `found`, and the kinds of node seen to `kinds`; the
 * generator yields after every block it reads and every ten scripts it skips.
 */
export function* jsonLdSteps(
  doc: Document,
  found: DateCandidate[],
  hints: DateValueHints = {},
  kinds: JsonLdKinds = { article: false, thing: false },
): Generator<void, void> {
  // A number of seconds or milliseconds as a date ("1709964000") is a Unix time here too.
  const read: DateValueHints = { ...hints, epoch: true };
  let budget = TOTAL_READ_LIMIT;
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0; i < scripts.length && i < MAX_SCRIPTS && budget > 0; i++) {
    const script = scripts[i]!;
    if (i % 10 === 9) yield;
    const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
    const declared = type === 'application/ld+json';
    if (!declared && type !== '' && type !== 'text/javascript' && type !== 'application/json') continue;
    // An untyped script is read whole only when its opening says it is JSON-LD.
    if (!declared && !/^\s*[[{][\s\S]{0,200}"@context"/.test(boundedText(script, 300).text)) continue;
    const { text, truncated } = boundedText(script, Math.min(SCRIPT_READ_LIMIT, budget));
    budget -= text.length;
    const json = truncated ? undefined : parseJson(text);
    if (json === undefined) scanText(text, found, read, kinds);
    else walk(json, found, { nodes: 0, hints: read, kinds }, 0);
    // A block that was parsed or scanned is the unit of work worth a pause.
    yield;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(
      text
        .replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[/, '')
        .replace(/(?:\/\/\s*)?\]\]>\s*$/, '')
        .replace(/^\s*<!--/, '')
        .replace(/-->\s*$/, ''),
    );
  } catch {
    return undefined;
  }
}

function walk(
  node: unknown,
  found: DateCandidate[],
  count: { nodes: number; hints: DateValueHints; kinds: JsonLdKinds },
  depth: number,
): void {
  if (depth > 10 || node === null || typeof node !== 'object' || ++count.nodes > MAX_NODES) return;
  if (Array.isArray(node)) {
    for (const item of node) walk(item, found, count, depth + 1);
    return;
  }
  const record = node as Record<string, unknown>;
  const type = typeName(record['@type']);
  noteKind(type, count.kinds);
  for (const key of DATE_KEYS) {
    // A date may come as a number, or as a list of one ("datePublished": ["2024-03-09"]).
    const given = record[key];
    const value = Array.isArray(given) ? given[0] : given;
    if (typeof value === 'string' || typeof value === 'number')
      push(found, type, key, String(value), count.hints);
  }
  for (const [key, value] of Object.entries(record))
    if (
      typeof value === 'object' &&
      key !== '@context' &&
      !OTHER_WORKS.has(key) &&
      !userReviews(record, key, value)
    )
      walk(value, found, count, depth + 1);
}

/** A product's or place's reviews: more than one, each a reader's, none the page's own work. */
function userReviews(record: Record<string, unknown>, key: string, value: unknown): boolean {
  return (
    key === 'review' &&
    Array.isArray(value) &&
    value.length > 1 &&
    !ARTICLE_TYPES.test(typeName(record['@type']))
  );
}

/**
 * Keys that hold other works than the page's own: a list's items (a section front's stories),
 * related links, comments, citations. Their dates are theirs. (A `review` stays: on a review
 * page, the review nested in the thing it reviews is the page's own work.)
 */
const OTHER_WORKS = new Set(['itemListElement', 'relatedLink', 'isRelatedTo', 'comment', 'citation']);

/**
 * Reads the date pairs of a block that does not parse, each with the `@type` of the object it
 * sits in: the nearest one opened around it, by the braces between (a `"publisher": {"@type":
 * "Organization"}` closed before the date is not the date's).
 */
function scanText(text: string, found: DateCandidate[], hints: DateValueHints, kinds: JsonLdKinds): void {
  const types: string[] = [];
  let depth = 0;
  let at = 0;
  let inString = false;
  REGEX_DATES.lastIndex = 0;
  for (let m = REGEX_DATES.exec(text); m && found.length < 50; m = REGEX_DATES.exec(text)) {
    for (; at < m.index; at++) {
      const c = text.charCodeAt(at);
      // Braces inside a string ("Emoji :-}") are text: strings are skipped, escapes and all.
      if (c === 34) inString = !inString;
      else if (inString) {
        if (c === 92) at++;
      } else if (c === 123) depth++;
      else if (c === 125 && depth > 0) types.length = Math.min(types.length, depth--);
    }
    if (m[1]) {
      types[depth] = m[1];
      noteKind(typeName(m[1]), kinds);
    } else {
      let type = '';
      for (let d = Math.min(depth, types.length - 1); d >= 0 && !type; d--) type = types[d] ?? '';
      push(found, type, m[2] as (typeof DATE_KEYS)[number], m[3]!, hints);
    }
  }
}

function push(
  found: DateCandidate[],
  type: string,
  key: (typeof DATE_KEYS)[number],
  value: string,
  hints: DateValueHints,
): void {
  const reading = parseDateValue(value, hints);
  if (!reading || THING_TYPES.test(type)) return;
  const signal: DateSignal =
    key === 'dateModified'
      ? 'modified'
      : PAGE_TYPES.test(type)
        ? 'json-ld-page'
        : ARTICLE_TYPES.test(type) && key === 'datePublished'
          ? 'json-ld-article'
          : 'json-ld-other';
  found.push({ signal, source: `json-ld ${type || 'untyped'}.${key}`, reading, place: 'head' });
}

function typeName(type: unknown): string {
  const first = Array.isArray(type) ? type.find((t) => typeof t === 'string') : type;
  return typeof first === 'string' ? first.replace(/^.*[/:#]/, '').slice(0, 60) : '';
}

/** Which kinds of node a page's JSON-LD holds: an article (or post, report…), a thing (`THING_TYPES`). */
export interface JsonLdKinds {
  article: boolean;
  thing: boolean;
}

function noteKind(type: string, kinds: JsonLdKinds): void {
  if (ARTICLE_TYPES.test(type)) kinds.article = true;
  else if (THING_TYPES.test(type)) kinds.thing = true;
}
