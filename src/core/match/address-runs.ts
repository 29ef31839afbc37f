import { isSpaceAt } from './words-around';

/** The farthest a web address or e-mail address around a match is looked for, each way. */
const MAX_ADDRESS = 300;
/** A scheme or "www." (in any case). */
const ADDRESS_START = /[a-z][a-z0-9+.-]*:\/\/|(?<![\w.])www\./gi;
/**
 * A host name in lower case, with its dot and top-level domain, before a path ("bbc.co.uk/"):
 * "Kyiv.Trump/Putin" and "Mr.Trump/Vance" are words run together, not a host.
 */
const HOST_PATH = /(?<![\w.@-])[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,}\//g;
/** An e-mail address's "@" and domain. */
const MAIL_AT = /@[\w-]+\.\w/y;

/** Where addresses begin in one run of text without spaces, read once for all its matches. */
interface Run {
  text: string;
  from: number;
  to: number;
  /** Where a scheme, "www." or a host before a path begins, in order. */
  starts: number[];
  /** Every "@" of the run, in order; for each, where its e-mail's local part begins, or -1. */
  ats: number[];
  locals: number[];
}

/** The run last read: a block's matches come in order, many in one run when it has no spaces. */
let last: Run | null = null;

/** Lets the run last read go (its text with it): called once a block's matches are resolved. */
export function forgetAddressRun(): void {
  last = null;
}

/**
 * True when `[start, end)` lies inside a web or e-mail address written in the text
 * ("https://example.org/keir-starmer-talks", "www.example.org/trump", "example.org/news/trump",
 * "giorgia.meloni@example.it"): the run of non-space characters around it (at most
 * `MAX_ADDRESS` each way) holds "://", "www." or a host name before a path, starting before the
 * match ("Starmer:https://t.co/abc" is a name, then a link), or an e-mail address around it. A
 * word with spaces on both sides is none; a run is read once, however many matches it holds
 * ("Trump,Trump,…" sixty thousand times).
 */
export function insideAddress(text: string, start: number, end: number): boolean {
  if ((start === 0 || isSpaceAt(text, start - 1)) && (end === text.length || isSpaceAt(text, end)))
    return false;
  let run = last;
  if (!run || run.text !== text || start < run.from || end > run.to) run = last = readRun(text, start, end);
  const low = Math.max(run.from, start - MAX_ADDRESS);
  const first = firstAtOrAfter(run.starts, low);
  if (first < run.starts.length && run.starts[first]! <= start) return true;
  // The first "@" within reach decides, as it would in the clipped text around the match.
  const at = firstAtOrAfter(run.ats, low);
  if (at >= run.ats.length || run.ats[at]! >= Math.min(run.to, end + MAX_ADDRESS)) return false;
  const local = run.locals[at]!;
  return local >= 0 && start >= Math.max(low, local);
}

/** The whole run of non-space text around `[start, end)`, with where its addresses begin. */
function readRun(text: string, start: number, end: number): Run {
  let from = start;
  while (from > 0 && !isSpaceAt(text, from - 1)) from--;
  let to = end;
  while (to < text.length && !isSpaceAt(text, to)) to++;
  const token = text.slice(from, to);
  const starts: number[] = [];
  for (const re of [ADDRESS_START, HOST_PATH]) {
    re.lastIndex = 0;
    for (let m = re.exec(token); m; m = re.exec(token)) starts.push(from + m.index);
  }
  starts.sort((a, b) => a - b);
  const ats: number[] = [];
  const locals: number[] = [];
  for (let i = token.indexOf('@'); i >= 0; i = token.indexOf('@', i + 1)) {
    ats.push(from + i);
    MAIL_AT.lastIndex = i;
    if (!MAIL_AT.test(token)) {
      locals.push(-1);
      continue;
    }
    let local = i;
    while (local > 0 && /[\w.+-]/.test(token[local - 1]!)) local--;
    locals.push(from + local);
  }
  return { text, from, to, starts, ats, locals };
}

/** The index of the first value of the sorted `list` at or after `at` (its length when none). */
function firstAtOrAfter(list: readonly number[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
