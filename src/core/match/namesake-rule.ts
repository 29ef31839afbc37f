import { comparedAfter, describedAsOtherField } from './apposition-rule';
import { givenNameGender, isWordLikeGivenName } from './given-names';
import { familyPlural, inTitleCase } from './headline-case';
import { honorificGender, isKinWord, isNameSuffix, isOtherFieldWord, isTitleWord } from './person-words';
import { isMakerWord, isThingNoun } from './thing-nouns';
import { isCapitalised, keyOf, type NearWord, sentenceStartOf, wordAfter, wordBefore } from './words-around';

/** Why a match of a person's name was taken to mean someone or something else. */
export type NamesakeReason =
  | 'given-name'
  | 'honorific'
  | 'suffix'
  | 'relative'
  | 'thing'
  | 'family'
  | 'occupation';

/** What the namesake rules know about one person, worked out from the person's own aliases. */
export interface PersonProfile {
  /** Every word of every alias, as lookup keys ("donald", "j", "trump"). */
  ownWords: Set<string>;
  /** The first words of the multi-word aliases ("donald", "keir", "кір"). */
  givenNames: Set<string>;
  /** Upper-case first letters of those given names, for initials ("D. Trump"). */
  initials: Set<string>;
  /** 'm' or 'f' when the given names agree on one, else null (honorifics are then not judged). */
  gender: 'm' | 'f' | null;
}

/** Builds a person's profile from the person's aliases as written. */
export function profileOf(aliases: readonly string[]): PersonProfile {
  const ownWords = new Set<string>();
  const givenNames = new Set<string>();
  const initials = new Set<string>();
  const genders = new Set<string>();
  for (const alias of aliases) {
    // Composed as the matcher composes aliases: "Se\u0301bastien" is "Sébastien" (and his gender).
    const words = alias.normalize('NFC').split(/\s+/).filter(Boolean);
    for (const w of words) ownWords.add(keyOf(w));
    if (words.length < 2) continue;
    const given = keyOf(words[0]!);
    givenNames.add(given);
    initials.add(words[0]![0]!.toUpperCase());
    const g = givenNameGender(given);
    if (g) genders.add(g);
  }
  const [only] = genders;
  const gender = genders.size === 1 && (only === 'm' || only === 'f') ? only : null;
  return { ownWords, givenNames, initials, gender };
}

/** Initials with their periods ("J.", "W.K."). */
export const INITIALS = /^(\p{Lu}\.){1,3}$/u;
/** The farthest a question is looked ahead for its question mark, in UTF-16 code units. */
const MAX_QUESTION = 300;
/** A word a title-case headline uses as its verb: "Hosts", "Warns", "Meets", "Backed". */
const VERB_FORM = /\p{L}{2}(?<![sS])[sS]$|\p{L}[eE][dD]$/u;
/** Irregular past tenses a headline uses as its verb ("What Pope Leo Told Zelensky"). */
const IRREGULAR_PAST = new Set(
  `told gave met said took made sent won lost held hit got put set let cut left sold bought brought
  thought came went saw knew drew threw wrote spoke chose broke rose fell felt kept led paid ran
  stood struck sought taught fought meant heard found told begun began flew`.split(/\s+/),
);

/**
 * Whether the name matched at `[start, end)` of `text` belongs to someone or something other than
 * the person: a given name or initials before it ("Tiffany Trump", "Lars Løkke Rasmussen",
 * "Will Keith Kellogg"), an honorific of the other gender ("Mrs Macron"), a suffix ("Trump Jr."),
 * a relative named by a kin noun ("his granddaughter Kai Trump"), or a thing named after a person
 * ("Trump Airlines", "Kellogg Co"). Titles and roles ("President", "envoy", "M.") are fine.
 * `fullName` says the match is a full-name alias; `nameEndsAt` is where the mention before this
 * one ends (another name's last word is no middle name: "Keir Starmer Trump Meeting", "empfing
 * Emmanuel Macron Selenskyj"). Returns null when the name is the person's.
 */
export function namesakeReason(
  text: string,
  start: number,
  end: number,
  person: PersonProfile,
  fullName: boolean,
  nameEndsAt = -1,
): NamesakeReason | null {
  if (!fullName && familyPlural(text, start, end, person)) return 'family';
  const after = wordAfter(text, end, true);
  if (
    after &&
    isNameSuffix(after.text) &&
    !person.ownWords.has(keyOf(after.text)) &&
    !comparedAfter(text, after)
  )
    return 'suffix';
  // Without a comma after the name, the next word is the one just read.
  const next = text.charCodeAt(end) === 44 ? wordAfter(text, end) : after;
  if (
    next &&
    isThingNoun(next.text, wordAfter(text, next.end)?.text) &&
    !person.ownWords.has(keyOf(next.text))
  )
    return 'thing';
  if (describedAsOtherField(text, end)) return 'occupation';
  const before = wordBefore(text, start);
  if (!before) return null;
  const key = keyOf(before.text);
  if (person.ownWords.has(key)) return null;
  if (MODALS.has(key) && verbAfterModal(text, start, before, nameEndsAt)) return 'thing';
  const honorific = honorificGender(key);
  if (honorific) return person.gender && honorific !== person.gender ? 'honorific' : null;
  // Someone of another field, named by that field's noun: "the painter Turner", "Jazz Pianist Matthew Whitaker".
  if (isOtherFieldWord(key)) return 'occupation';
  if (isMakerWord(key)) return 'thing';
  // Most words before a name are in lower case ("said", "envoy"): past an honorific, the rules
  // below judge only capitalised words (initials and given names are).
  if (!isCapitalised(before.text) || isTitleWord(key)) return null;
  if (before.text.endsWith('.') && INITIALS.test(before.text))
    return fullName || person.initials.has(before.text[0]!) || ownGivenBefore(text, before, person)
      ? null
      : 'given-name';
  // A word with a final period (no initial's) ends the sentence before: "met Donald Trump. Poutine".
  if (before.text.endsWith('.')) return null;
  if (before.text.endsWith("'s") || before.text.endsWith('’s')) return null;
  if (givenGender(key)) {
    // An everyday word: before a bare surname ("Mark Turner's words"), or opening a question
    // before a full name ("Will Donald Trump attend?"; "founded by Will Keith Kellogg" is his).
    if (isWordLikeGivenName(key) && (!fullName || opensQuestion(text, before))) return null;
    // A second given name of the person's own ("Donald John Trump").
    const own = wordBefore(text, before.start);
    if (own && person.givenNames.has(keyOf(own.text))) return null;
    return afterKin(text, before) ? 'relative' : 'given-name';
  }
  // A capitalised word that is no title: a middle name when a given name stands before it and
  // the match is a bare surname ("Lars Løkke Rasmussen"; in "Joe Biden Donald Trump", a list of
  // tags, the full name stands), a relative's name after a kin noun ("his sister Arianna Meloni").
  // A verb of a headline in title case ("King Charles Hosts Trump At Windsor", "Pope Leo Meets
  // Zelensky") is no middle name: the sentence's longer words are all capitalised ("Kathleen
  // Hughes Turner replied" keeps her middle name).
  const headlineVerb = (VERB_FORM.test(before.text) || IRREGULAR_PAST.has(key)) && inTitleCase(text, start);
  if (before.end !== nameEndsAt && subjectOfQuestion(text, start, before)) return 'thing';
  const first = fullName || headlineVerb || before.end === nameEndsAt ? null : wordBefore(text, before.start);
  if (first && isCapitalised(first.text)) {
    const firstKey = keyOf(first.text);
    if (
      givenNameGender(firstKey) &&
      !isWordLikeGivenName(firstKey) &&
      !person.ownWords.has(firstKey) &&
      !isTitleWord(firstKey)
    )
      return 'given-name';
  }
  return afterKin(text, before) ? 'relative' : null;
}

/** Modal and auxiliary verbs a headline puts before a verb ("Love Will Trump Hate"); not "may", a month too. */
const MODALS = new Set('will would can could must should might shall does do did'.split(' '));
/** Words that make the modal open a question whose subject is the name ("What Will Trump Do?"). */
const QUESTION_OPENERS = new Set(
  'what how why when where who whom which whose and but so or then now if'.split(' '),
);

/**
 * True when the name after the modal `modal` is a verb, not a subject: in a title-case or capitals
 * line, the modal inside the sentence after a noun ("Love Will Trump Hate", "PEACE MUST TRUMP
 * POLITICS"), not opening a question ("Will Trump Attend?", "What Will Trump Do?") nor after a
 * name (`nameEndsAt`: German "will", wants).
 */
function verbAfterModal(text: string, start: number, modal: NearWord, nameEndsAt: number): boolean {
  const opener = wordBefore(text, modal.start);
  if (!opener || opener.start < sentenceStartOf(text, modal.start) || opener.text.endsWith('.')) return false;
  // A name before the modal is its subject, and the modal a German one ("SELENSKYJ WILL TRUMP … TREFFEN").
  if (opener.end === nameEndsAt) return false;
  return !QUESTION_OPENERS.has(keyOf(opener.text)) && inTitleCase(text, start);
}

/** Endings of English adjectives a headline puts before a name ("Embattled", "Ailing", "Defiant", "Beleaguered"). */
const ADJECTIVE_FORM = /(?:ed|ing|ant|ent|ful|ous|ive|ic|al|less|ish|able|ible|ary)$/i;

/**
 * True when the capitalised word `subject` before the name is the subject of a title-case question
 * opened by an auxiliary, which makes the name its verb: "Does Loyalty Trump Competence?", "Can
 * Europe Trump China?" ("Can Trump Win?" has the name as its subject, and a title or a given name
 * before it is judged before this).
 */
function subjectOfQuestion(text: string, start: number, subject: NearWord): boolean {
  // An adjective of the name's own ("Can Embattled Starmer Survive The Week?") is no subject.
  if (ADJECTIVE_FORM.test(subject.text)) return false;
  const auxiliary = wordBefore(text, subject.start);
  return (
    auxiliary !== null &&
    MODALS.has(keyOf(auxiliary.text)) &&
    opensQuestion(text, auxiliary) &&
    inTitleCase(text, start)
  );
}

/** True when a kin noun ("wife", "son", "épouse") stands just before `word`, maybe with a comma. */
function afterKin(text: string, word: NearWord): boolean {
  let at = word.start;
  while (at > 0 && /\s/u.test(text[at - 1]!)) at--;
  if (text[at - 1] !== ',') {
    const kin = wordBefore(text, word.start);
    return kin !== null && isKinWord(keyOf(kin.text));
  }
  const end = at - 1;
  let from = end;
  while (from > 0 && /[\p{L}\p{M}'’-]/u.test(text[from - 1]!)) from--;
  return from < end && isKinWord(keyOf(text.slice(from, end)));
}

/** The gender of a given name, or of the first part of a hyphenated one ("Jean-Michel"). */
function givenGender(key: string): ReturnType<typeof givenNameGender> {
  const dash = key.indexOf('-');
  return givenNameGender(key) ?? (dash > 0 ? givenNameGender(key.slice(0, dash)) : null);
}

/** True when `word` begins a sentence that ends in a question mark. */
function opensQuestion(text: string, word: NearWord): boolean {
  if (!/^[\s"'“‘«(]*$/u.test(text.slice(sentenceStartOf(text, word.start), word.start))) return false;
  // A period after a capital is an initial's ("Will Donald J. Trump attend?"), not a sentence end.
  const end = text.slice(word.end, word.end + MAX_QUESTION).search(/(?<!\b\p{Lu})\.|[!?\n]/u);
  return end >= 0 && text[word.end + end] === '?';
}

/** True when one of the person's own given names stands before `word` ("Matthew G. Whitaker"). */
export function ownGivenBefore(text: string, word: NearWord, person: PersonProfile): boolean {
  const given = wordBefore(text, word.start);
  return given !== null && person.givenNames.has(keyOf(given.text));
}
