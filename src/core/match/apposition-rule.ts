import { isNamesakeJob } from './person-words';
import { isMakerWord } from './thing-nouns';
import { isCapitalised, keyOf, type NearWord, wordAfter } from './words-around';

// What is said of a person just after the name: an apposition giving someone else's occupation,
// or a comparison that makes a name's suffix ("younger") an adjective.

/** Articles that open an apposition ("a plumber", "the Arsenal academy coach", "un agriculteur"). */
const APPOSITION_ARTICLES = new Set('a an the un une uno una ein eine der die il lo la el le een'.split(' '));
/** The most words read in an apposition after a name for a namesake's occupation. */
const JOB_WORDS = 5;
/** Words that end that search: a clause about someone else begins, or the person's own past career. */
const APPOSITION_STOPS = new Set(
  `who whom whose which that and or but said says told met with when while as after before of
  former ex onetime ehemaliger ehemalige ancien ancienne ex-journalist`.split(/\s+/),
);

/**
 * True when a comma after the name opens an apposition giving a namesake's occupation: "Keith
 * Kellogg, a dairy farmer in Vermont", "Patrick Turner, 34, a plumber from Leeds", "By Patrick
 * Turner, Defence Correspondent", a maker's ("Macron, the Italian sportswear maker"). An
 * official's own past career is his ("a former journalist").
 */
export function describedAsOtherField(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 44) return false;
  let word = wordAfter(text, end, true);
  // An age set off by its own comma ("Patrick Turner, 34, a plumber").
  if (word && /^\d+$/.test(word.text) && text.charCodeAt(word.end) === 44)
    word = wordAfter(text, word.end, true);
  // The apposition is a noun phrase: an article, or a title in capitals ("Defence Correspondent");
  // "Trump, asked by a reporter," and "Donald Trump, according to a reporter," are clauses.
  if (!word || !(APPOSITION_ARTICLES.has(keyOf(word.text)) || isCapitalised(word.text))) return false;
  for (let n = 0; word && n < JOB_WORDS; n++) {
    const key = keyOf(word.text);
    if (APPOSITION_STOPS.has(key)) return false;
    if (isNamesakeJob(key) || isMakerWord(key)) return true;
    // The phrase ends at its comma or a period ("Zelensky, a father, said").
    if (word.text.endsWith('.') || text.charCodeAt(word.end) === 44) return false;
    word = wordAfter(text, word.end);
  }
  return false;
}

/** Words after "younger" that make it a comparison, not a name's suffix ("Зеленський молодший за Путіна"). */
const THAN = new Set(['за', 'ніж', 'чем', 'нежели', 'than']);

export function comparedAfter(text: string, suffix: NearWord): boolean {
  const next = wordAfter(text, suffix.end);
  return next !== null && THAN.has(keyOf(next.text));
}
