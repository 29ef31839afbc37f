import type { PersonProfile } from './namesake-rule';
import { isCapitalised, keyOf, sentenceStartOf, wordAfter, wordBefore } from './words-around';

/** Words of this many letters or more show whether a line is in title case (not "of", "to"). */
const LONGER_WORD = /\p{L}{4,}/gu;
/** The farthest a sentence is read for its case, in UTF-16 code units. */
const MAX_LINE = 200;

/**
 * True when the sentence around `at` is in title case or capitals: every word of four letters or
 * more capitalised, and at least three of them ("Pope Leo Urges Putin to Accept Ceasefire").
 */
export function inTitleCase(text: string, at: number): boolean {
  const from = sentenceStartOf(text, at);
  const rest = text.slice(at, at + MAX_LINE);
  const stop = rest.search(/[.!?\n]/u);
  const sentence = text.slice(from, stop < 0 ? at + rest.length : at + stop);
  let words = 0;
  for (const [word] of sentence.matchAll(LONGER_WORD)) {
    if (!isCapitalised(word)) return false;
    words++;
  }
  return words >= 3;
}

/** English words before a surname with an -s that make it a family ("the Trumps", "both Macrons"). */
const FAMILY_WORDS = new Set('the both all two three four other young older younger'.split(' '));
/** Articles of other languages that may stand before a family ("die Trumps") or a genitive's noun phrase. */
const OTHER_ARTICLES = new Set('die les los de het'.split(' '));
/**
 * German and Dutch words that open a line before a genitive ("Nach Putins Rede", "Laut Trumps
 * Sondergesandtem"): a capitalised word there is no subject of a verb.
 */
const GENITIVE_OPENERS = new Set(
  `nach vor mit für gegen über laut trotz wegen seit bei von zu und aber wie warum was wo wer als
  wenn ob um auf aus durch ohne unter zwischen der die das den dem des ein eine kommentar analyse
  na van met voor door bij om tegen over en maar hoe waarom wat`.split(/\s+/),
);

/**
 * True when the match is the surname with an -s, a German or Dutch genitive ("Trumps Zölle",
 * "Poetins woordvoerder"), that reads as a family or a verb here: after an English article or
 * number ("the Trumps", "both Macrons"), after another language's article with no noun after it
 * ("die Trumps kamen"; "die Putins Krieg finanzieren" is a genitive), or as a title-case line's
 * verb after a capitalised subject ("Love Trumps Hate"; "Putins Krieg in der Ukraine" and "Nach
 * Putins Rede" are genitives).
 */
export function familyPlural(text: string, start: number, end: number, person: PersonProfile): boolean {
  const last = text.charCodeAt(end - 1);
  if (last !== 115 && last !== 83) return false;
  if (!person.ownWords.has(keyOf(text.slice(start, end - 1)))) return false;
  const before = wordBefore(text, start);
  if (!before) return false;
  const key = keyOf(before.text);
  if (FAMILY_WORDS.has(key)) return true;
  const next = wordAfter(text, end);
  if (OTHER_ARTICLES.has(key)) return next === null || !isCapitalised(next.text);
  return isCapitalised(before.text) && !GENITIVE_OPENERS.has(key) && inTitleCase(text, start);
}
