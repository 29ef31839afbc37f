import { isCapitalised } from './words-around';

/**
 * Nouns that, written directly after a person's surname, make the phrase the name of a thing
 * named after someone: a business, brand, building or place ("Trump Airlines", "Trump
 * International Hotel & Tower", "Kellogg Co", "Turner Field"). Nouns a headline puts after an
 * official's name that still mean him ("Trump Supporters", "Trump Administration", "Trump
 * Dossier") are deliberately not here. Lower case, without final periods.
 */
const THING_NOUNS = new Set(
  `airline airlines airways shuttle hotel hotels tower towers international organization
  organisation golf club clubs links co company corp corporation inc ltd llc plc gmbh ag
  sa group holdings enterprises foundation university institute school college academy casino
  casinos plaza building center centre media entertainment resort resorts winery vineyard vineyards
  steaks vodka mortgage park place street st avenue ave road boulevard blvd bridge airport stadium
  arena field hall square prize award awards cup trophy museum library estate estates residences
  realty productions studios records brands bank broadcasting network foods cereal cereals
  industries motors gallery theatre theater county island lake river beach mountain taj
  turnberry doral magazine brothers bros sons card cards route routes almanack almanac mba
  syndrome contemporary`.split(/\s+/),
);

/**
 * Thing nouns that are verbs too, which a title-case headline uses after a name ("Trump Brands
 * The Plan A Failure", "Can Meloni Bridge The Gap", "Macron, Meloni Square Off"): a verb when an
 * article, a pronoun or a particle follows in capitals ("Trump Park Avenue" stays a thing).
 */
const VERB_THINGS = new Set(
  'brands bridge bridges square squares park parks field fields towers award awards'.split(' '),
);
const AFTER_VERB = new Set('the a an off over up down out back his her their its this that'.split(' '));

/** Thing nouns that also make the phrase a thing in lower case ("a Trump hotel", "Trump golf courses"). */
const LOWER_CASE_THING_NOUNS = new Set([
  'hotel',
  'hotels',
  'tower',
  'golf',
  'casino',
  'casinos',
  'resort',
  'resorts',
  // A card game's or a tarot pack's trumps ("the 21 Trump cards of the Major Arcana").
  'card',
  'cards',
  // A condition named after its describer ("girls with Turner syndrome").
  'syndrome',
]);

/**
 * True when `word` (as written, directly after a surname) names a kind of thing: capitalised
 * (or in capitals) for any thing noun, in lower case only for a few unambiguous ones. `following`,
 * the word after it, tells a headline's verb ("Trump Brands Zelensky") from a thing.
 */
export function isThingNoun(word: string, following?: string): boolean {
  const key = (word.charCodeAt(word.length - 1) === 46 ? word.slice(0, -1) : word).toLowerCase();
  if (!THING_NOUNS.has(key)) return false;
  if (!isCapitalised(word)) return LOWER_CASE_THING_NOUNS.has(key);
  return !(
    VERB_THINGS.has(key) &&
    following !== undefined &&
    isCapitalised(following) &&
    AFTER_VERB.has(following.toLowerCase())
  );
}
