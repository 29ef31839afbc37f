import { INITIALS, ownGivenBefore, type PersonProfile } from './namesake-rule';
import { isBody, isBodyRole, isRankAfterArticle, isRoleAdjective, isRoleWord } from './person-words';
import { isCapitalised, keyOf, type NearWord, wordAfter, wordBefore } from './words-around';

/** Abbreviations of roles and ranks whose period is not a sentence's end ("Amb.", "Gen."). */
const ABBREVIATED = new Set(['amb', 'gen', 'lt', 'lieut']);
/** Words that link a role to what it is held at ("ambassador to NATO Whitaker"). */
const ROLE_LINKS = new Set(['to', 'at', 'for', 'in', 'bei', 'auprès', 'presso', 'ante', 'przy', 'при']);
/** Articles between a link word and what the role is held at ("presso la Nato", "auprès de l'"). */
const LINK_ARTICLES = new Set(['the', 'la', 'le', 'il', 'der', 'die', 'dem', 'de', 'del', 'della']);
/** The most words read after a name for a role set off by commas ("Kellogg, Trump's special envoy"). */
const APPOSITIVE_WORDS = 4;
/** The most words read back from a comma before a name for a role ("The US ambassador to NATO, Whitaker"). */
const ROLE_PHRASE_WORDS = 6;
/** The letters of a word that ends at a comma (with initials' periods, apostrophes and hyphens). */
const WORD_CHAR = /[\p{L}\p{M}\p{N}.'’-]/u;
/** Words that end such a phrase: a clause about someone else begins. */
const CLAUSE_WORDS = new Set(
  'who whom whose which that and or but said says told tells met meets with when while as after before of'.split(
    ' ',
  ),
);

/**
 * How the bare surname at `[start, end)` is plainly the person's without a full name earlier in
 * the document: `full` when the person's own given name and a middle initial or name stand before
 * it ("Matthew G. Whitaker", "Matthew George Whitaker": the full name, for the rest of the page
 * too), `role` when a diplomat's or a general's title names the person (this mention only): just
 * before ("Ambassador Whitaker", "envoy Kellogg", "l'ambassadeur Whitaker", "US-Sondergesandter
 * Kellogg", "envoyé spécial Kellogg", "US Ambassador to NATO Whitaker") or set off by a comma just
 * after ("Kellogg, Trump's special envoy for Ukraine", "Whitaker, the US ambassador to NATO").
 * Else null.
 */
export function namedPlainly(
  text: string,
  start: number,
  end: number,
  person: PersonProfile,
): 'full' | 'role' | null {
  const before = wordBefore(text, start);
  if (before && ownGivenBefore(text, before, person)) {
    if (INITIALS.test(before.text)) return 'full';
    // A middle name, spelled out: capitalised, and no initial or title of its own.
    if (isCapitalised(before.text) && !before.text.endsWith('.')) return 'full';
  }
  if (before && roleBefore(text, before)) return 'role';
  if (!before && roleBeforeComma(text, start)) return 'role';
  return roleAfter(text, end) ? 'role' : null;
}

/** Words inside a role phrase besides its role and capitalised names: articles and link words. */
const PHRASE_WORDS = new Set(
  'the a an of to at for in de del della di du des la le el il lo der die des van при у в'.split(' '),
);

/** True when `at` opens a sentence or a clause of its own: the text's start, or after . ! ? : ; ( or a quote. */
function opensSentence(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && /\s/u.test(text[i - 1]!)) i--;
  return i === 0 || /[.!?:;(«“"'‘—–-]/u.test(text[i - 1]!);
}

/**
 * True when a comma just before the name closes a phrase that gives the person's role: "The US
 * ambassador to NATO, Whitaker, said", "El enviado especial de EE UU, Kellogg, se reunió". Read
 * back at most `ROLE_PHRASE_WORDS` words, to the sentence's start.
 */
function roleBeforeComma(text: string, start: number): boolean {
  let at = start;
  while (at > 0 && /\s/u.test(text[at - 1]!)) at--;
  if (at === start || text.charCodeAt(at - 1) !== 44) return false;
  let from = at - 1;
  while (from > 0 && WORD_CHAR.test(text[from - 1]!)) from--;
  let word: NearWord | null =
    from < at - 1 ? { start: from, end: at - 1, text: text.slice(from, at - 1) } : null;
  // The phrase is a noun phrase that opens its sentence: a role, what it is held at, articles and
  // link words ("After meeting the ambassador, Turner scored" is a clause, and names no one).
  let role = false;
  for (let n = 0; word && n < ROLE_PHRASE_WORDS; n++) {
    const key = keyOf(word.text);
    if (endsSentence(word)) return false;
    // Ranks only capitalised here: "the general store, Kellogg said" names no general.
    if (isRoleWord(word.text, key) || bodyRole(text, word)) role = true;
    else if (!(isCapitalised(word.text) || PHRASE_WORDS.has(key) || isRoleAdjective(key))) return false;
    const before = wordBefore(text, word.start);
    if (!before) return role && opensSentence(text, word.start);
    word = before;
  }
  return false;
}

/**
 * True when `word` is a role many hold beside the international body served, just before a name:
 * "NATO official Turner", "Ex-NATO chief Rasmussen", "Nato-Vertreter Turner", "Ex-Nato-Chef
 * Rasmussen", "генсек НАТО Расмуссен", or the body's possessive ("NATO's Turner").
 */
function bodyRole(text: string, word: NearWord): boolean {
  if (endsSentence(word)) return false;
  const key = keyOf(word.text);
  const parts = key.split('-');
  if (parts.length > 1 && isBodyRole(parts[parts.length - 1]!))
    return word.text
      .split('-')
      .slice(0, -1)
      .some((part) => isBody(part));
  if (isBody(word.text)) {
    if (key.endsWith("'s")) return true;
    const role = wordBefore(text, word.start);
    return role !== null && isBodyRole(keyOf(role.text));
  }
  if (!isBodyRole(key)) return false;
  const body = wordBefore(text, word.start);
  return body !== null && isBody(body.text);
}

/** True when `word` (just before a name), or the words before it, are a role that names the person. */
function roleBefore(text: string, word: NearWord): boolean {
  let near: NearWord | null = word;
  if (isRole(near, text) || bodyRole(text, near)) return true;
  // A word that ends a sentence ends the search: "General Electric. Turner" names no one.
  if (endsSentence(near)) return false;
  // The role and whose it is, in a language that puts the owner after it ("Спецпосланець Трампа Келлог").
  const owner = isCapitalised(near.text) ? wordBefore(text, near.start) : null;
  if (owner && isRole(owner)) return true;
  // One adjective between the role and the name ("envoyé spécial Kellogg").
  if (isRoleAdjective(keyOf(near.text))) {
    near = wordBefore(text, near.start);
    return near !== null && isRole(near);
  }
  // What the role is held at, then a link word ("ambassador to NATO Whitaker", "to the UN").
  for (let words = 0; words < 3 && near && isCapitalised(near.text) && !endsSentence(near); words++) {
    near = wordBefore(text, near.start);
    if (near && LINK_ARTICLES.has(keyOf(near.text))) near = wordBefore(text, near.start);
    if (near && ROLE_LINKS.has(keyOf(near.text))) {
      // The role, or the role and the country it serves ("Посол США при НАТО Вітакер").
      const role = wordBefore(text, near.start);
      if (role && isRole(role)) return true;
      const before = role && isCapitalised(role.text) ? wordBefore(text, role.start) : null;
      return before !== null && isRole(before);
    }
  }
  return false;
}

/** A role word, not one that ends a sentence ("was named ambassador. Turner"). */
function isRole(word: NearWord, text?: string): boolean {
  if (endsSentence(word)) return false;
  const key = keyOf(word.text);
  if (isRoleWord(word.text, key)) return true;
  return text !== undefined && isRankAfterArticle(key, keyOfBefore(text, word));
}

/** The key of the word before `word`, or undefined when none stands there. */
function keyOfBefore(text: string, word: NearWord): string | undefined {
  const before = wordBefore(text, word.start);
  return before ? keyOf(before.text) : undefined;
}

/** True for a word with a sentence's final period: not an abbreviation's ("Gen.") or initials' ("U.S."). */
function endsSentence(word: NearWord): boolean {
  return word.text.endsWith('.') && !ABBREVIATED.has(keyOf(word.text)) && !/^(?:\p{Lu}\.)+$/u.test(word.text);
}

/** True when a comma after the name opens a phrase that gives the person's role. */
function roleAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 44) return false;
  let word = wordAfter(text, end, true);
  let body = false;
  for (let n = 0; word && n < APPOSITIVE_WORDS; n++) {
    const key = keyOf(word.text);
    if (CLAUSE_WORDS.has(key)) return false;
    if (isRoleWord(word.text, key, false)) return true;
    // A role many hold, with the body served before or after it ("a NATO official", "ex
    // segretario generale della Nato").
    if (isBodyRole(key) && (body || bodyAhead(text, word.end))) return true;
    body ||= isBody(word.text);
    // A period ends the phrase, unless it is an abbreviation's in capitals ("U.S.").
    if (endsSentence(word)) return false;
    word = wordAfter(text, word.end);
  }
  return false;
}

/** True when one of the next three words after `at` names an international body ("generale della Nato"). */
function bodyAhead(text: string, at: number): boolean {
  let word = wordAfter(text, at);
  for (let n = 0; word && n < 3; n++) {
    if (isBody(word.text)) return true;
    if (endsSentence(word)) return false;
    word = wordAfter(text, word.end);
  }
  return false;
}
