import { clip } from './card-summary';

/** Words that open a new clause after a comma, so what comes before it stands on its own. */
const CLAUSE_OPENERS =
  /^(?:which|who|whom|whose|while|whereas|but|after|before|since|though|although|despite|alongside|according|then|rather|because|including|among|once|until|calling|adding|arguing|naming|placing|suggesting|saying|citing|praising|warning)\b/;

/** Prepositions that open a phrase a title can do without ("… for Ukraine", "… after a ceasefire"). */
const PHRASE_OPENERS =
  /^(?:after|before|for|with|from|at|over|within|behind|against|without|amid|during|in|alongside|until)\s(?:the|a|an|its|his|her|their|this|these|those|some|any|each|every|\d|[A-Z])/;

/** A shortened title is no shorter than this share of `max`, so it keeps its verb and object. */
const MIN_SHARE = 0.5;

/** An aside between commas after the subject: "Matthew Whitaker, speaking to reporters in Brussels, praised". */
const ASIDE = /^([A-Z][^,;:]{1,40}?),\s+((?:[^,;:\s]+\s+){0,6}[^,;:\s]+),\s+(?=[a-z])/;

/**
 * A fact's statement as a short title of at most `max` characters, for the compact card (the
 * dossier shows the statement whole). Derived by rule, never cut inside a word:
 * 1. the first sentence, without its closing full stop, parenthetical asides, a leading
 *    "According to X," of up to three words, and a closing attribution (", according to people
 *    familiar with the matter", ", TRT World says", ", the people said"), which the card's
 *    provenance line gives anyway; when still too long, without an aside of up to seven words
 *    between commas after the subject ("Keith Kellogg, Trump's special envoy …, was expected");
 * 2. then the longest part that ends where a clause ends ("; ", ": ", " – ", " but ", or a comma
 *    before "which", "while", "but", "after" and the like);
 * 3. then the longest part that ends before a prepositional phrase ("… for Ukraine", "… after a
 *    ceasefire");
 * 4. else cut at the last whole word, with "…".
 * Steps 2 and 3 take a part only when it is at least 40% of `max`, so a title keeps its verb.
 */
export function shortStatement(statement: string, max: number): string {
  let text = plainTitle(statement);
  if (text.length <= max) return text;
  text = text.replace(ASIDE, '$1 ');
  if (text.length <= max) return text;
  const min = Math.ceil(max * MIN_SHARE);
  const clause = longestPrefix(text, max, min, clauseEnds(text));
  if (clause) return clause;
  const phrase = longestPrefix(text, max, min, phraseEnds(text));
  if (phrase) return phrase;
  return clip(text, max);
}

/** Step 1: the first sentence without asides, attributions and its full stop. */
function plainTitle(statement: string): string {
  const first = statement.match(/^.*?[.!?](?=["”’)]*\s+[A-Z“"]|["”’)]*$)/)?.[0] ?? statement;
  let text = first
    .replace(/\s*\([^()]*\)/g, '')
    .replace(/[.!?]$/, '')
    .trim();
  const leading = text.match(/^According to ([^,]+),\s+(.+)$/);
  if (leading && leading[1]!.split(/\s+/).length <= 3) text = capitalise(leading[2]!);
  text = text
    .replace(/,\s+according to [^,;:]+$/, '')
    .replace(
      /,\s+(?:as\s+)?[^,;:]{2,40}?\s(?:says|said|writes|wrote|notes|noted|reports|reported)(?:\s+\w+)?$/,
      '',
    )
    .trim();
  return text;
}

/** Step 2: where clauses end, as offsets of the text before the boundary. */
function clauseEnds(text: string): number[] {
  const ends: number[] = [];
  for (const m of text.matchAll(/\s*[;:]\s+|\s+[–—]\s+|,\s+|\s+(?=but\s)/g)) {
    const after = text.slice(m.index + m[0].length);
    if (m[0].includes(',') && !CLAUSE_OPENERS.test(after)) continue;
    ends.push(m.index);
  }
  return ends;
}

/** Step 3: where a prepositional phrase starts, as offsets of the text before the space. */
function phraseEnds(text: string): number[] {
  const ends: number[] = [];
  for (const m of text.matchAll(/\s+/g)) {
    if (PHRASE_OPENERS.test(text.slice(m.index + m[0].length))) ends.push(m.index);
  }
  return ends;
}

/** The longest prefix ending at one of `ends`, from `min` to `max` characters long, or null. */
function longestPrefix(text: string, max: number, min: number, ends: number[]): string | null {
  const fits = ends.filter((end) => end <= max && end >= min);
  if (!fits.length) return null;
  return text.slice(0, Math.max(...fits)).replace(/(?:[\s,;:–—]+|\s+(?:and|or|but|as|that|the|a|an))+$/, '');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
