/** A word next to a match: UTF-16 offsets `[start, end)` into the text and the word as written. */
export interface NearWord {
  start: number;
  end: number;
  text: string;
}

// Letters, marks, digits, and the characters that stay inside a name or title word: apostrophes
// ("O'Brien"), hyphens ("Jean-Michel"), periods ("Mrs.", "J.", "W.K.") and the invisible ones a
// page may put inside a word (a soft hyphen, a zero-width joiner), which `keyOf` drops.
const WORD_CHAR = /[\p{L}\p{M}\p{N}'’.\u00ad\u2060-]|\u200c|\u200d/u;
const INVISIBLE = /\u00ad|\u200c|\u200d|\u2060/g;
const SPACE_CHAR = /[\s\u00a0\u200b]/u;

/** Per UTF-16 code unit: 0 not known yet, else 1 + (2 for `WORD_CHAR`) + (4 for `SPACE_CHAR`). */
const CLASS = new Uint8Array(65536);

function classOf(code: number): number {
  let k = CLASS[code]!;
  if (k === 0) {
    const ch = String.fromCharCode(code);
    k = 1 | (WORD_CHAR.test(ch) ? 2 : 0) | (SPACE_CHAR.test(ch) ? 4 : 0);
    CLASS[code] = k;
  }
  return k;
}

/** True when the code unit at `i` is a word character (`WORD_CHAR`); false past either end. */
function isWordAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && (classOf(text.charCodeAt(i)) & 2) !== 0;
}

/** True when the code unit at `i` is white space (`SPACE_CHAR`); false past either end. */
export function isSpaceAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && (classOf(text.charCodeAt(i)) & 4) !== 0;
}

/**
 * The word directly before `at` when only white space separates them (at least one space), else
 * null: "Tiffany Trump" gives "Tiffany", "Tiffany, Trump" and "(Trump" give nothing.
 */
export function wordBefore(text: string, at: number): NearWord | null {
  let i = at;
  while (i > 0 && isSpaceAt(text, i - 1)) i--;
  if (i === at || i === 0) return null;
  const end = i;
  while (i > 0 && isWordAt(text, i - 1)) i--;
  if (i === end) return null;
  return { start: i, end, text: text.slice(i, end) };
}

/**
 * The word directly after `at` when only white space (and, with `comma`, one comma) separates
 * them, else null. A trailing period stays on the word ("Jr.").
 */
export function wordAfter(text: string, at: number, comma = false): NearWord | null {
  let i = at;
  if (comma && text[i] === ',') i++;
  const gap = i;
  while (isSpaceAt(text, i)) i++;
  if (i === gap || i === text.length) return null;
  const start = i;
  while (isWordAt(text, i)) i++;
  if (i === start) return null;
  return { start, end: i, text: text.slice(start, i) };
}

/** Farthest a sentence is looked back for its start, in UTF-16 code units (no prose runs longer). */
const MAX_SENTENCE = 2000;

/**
 * The offset where the sentence holding `at` begins (after the last sentence end before it), at
 * most `MAX_SENTENCE` code units back: text without sentence ends (a list of words, a huge
 * text node) costs no more per mention than prose.
 */
export function sentenceStartOf(text: string, at: number): number {
  const limit = Math.max(0, at - MAX_SENTENCE);
  for (let i = at - 1; i > limit; i--) {
    const c = text[i]!;
    if (c === '\n' || c === '!' || c === '?' || c === '…') return i + 1;
    // A period ends a sentence only before a space: not in "U.S." or "J. Trump"'s initial.
    if (c === '.' && (i + 1 >= text.length || isSpaceAt(text, i + 1)) && !/^\p{Lu}$/u.test(text[i - 1] ?? ''))
      return i + 1;
  }
  return limit;
}

/** True for a word that starts with a capital letter (as names and title words do). */
export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  // ASCII answered by its code; anything else by the Unicode property.
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(word);
}

/** The word without a final period and in lower case, for looking it up in word lists. */
export function keyOf(word: string): string {
  // Called for every word next to every mention: the replacements only where they apply, and
  // a word already in lower-case ASCII (most of them) is its own key.
  let key = word.charCodeAt(word.length - 1) === 46 ? word.slice(0, -1) : word;
  if (isLowerAscii(key)) return key;
  if (key.includes('’')) key = key.replace(/’/g, "'");
  return key.replace(INVISIBLE, '').toLowerCase();
}

function isLowerAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 127 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}
