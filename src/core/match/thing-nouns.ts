import { isCapitalised } from './words-around';

/** Dishes, a thing in either case: "Poutine sauce BBQ", "Trump Burger". */
const DISHES = `sauce sauces burger burgers cheeseburger sandwich sandwiches pizza pizzas salad salads salade
  salades soup soups soupe soupes`;
/**
 * A sportswear brand's kit (English, Italian, Spanish, French, German). Alone after a name only
 * "kit" is a thing, in either case ("Macron Kit Deal", "the Macron kit"): a supporter's "Trump
 * shirts" are his, as merchandise is; the rest are a kit's after its kind ("Macron Home Shirt",
 * see `KIT_KINDS`). Not "strip", a headline's verb ("Trump Strips Funding").
 */
const KIT = `shirt shirts kit kits jersey jerseys maglia maglie camiseta camisetas maillot maillots trikot
  trikots`;
const KIT_ALONE = 'kit kits';

/**
 * Nouns that, written directly after a person's surname, make the phrase the name of a thing
 * named after someone: a business, brand, building or place ("Trump Airlines", "Trump
 * International Hotel & Tower", "Kellogg Co", "Turner Field"), a dish ("Poutine sauce BBQ",
 * "Trump Burger") or a sportswear brand's kit ("Macron Kit Deal", "the Macron kit"). Nouns a headline puts after an official's name that still mean him ("Trump
 * Supporters", "Trump Administration", "Trump Dossier") are deliberately not here, nor words of
 * a dish that also name someone's way of doing things ("the Putin recipe"). Lower case, without
 * final periods.
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
  syndrome contemporary ${DISHES} ${KIT_ALONE}`.split(/\s+/),
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
  // A dish ("Poutine sauce BBQ") and a brand's kit ("the Macron kit").
  ...`${DISHES} ${KIT_ALONE}`.split(/\s+/),
]);

/**
 * Words between a brand's name and its kit ("Macron Home Shirt", "the Macron away kit"): a thing
 * only when a kit noun follows ("Macron Away In Kyiv", "Starmer Home Office" mean the officials).
 */
const KIT_KINDS = new Set('home away third training goalkeeper match replica'.split(' '));
const KIT_NOUNS = new Set(KIT.split(/\s+/));

/**
 * French words that join a dish to what it is made with ("Poutine au poulet", "Poutine aux
 * champignons"): a thing only when an ingredient follows ("Poutine au Kremlin" is the president;
 * no place is an ingredient: "au Chili" is in Chile).
 */
const DISH_LINKS = new Set(['au', 'aux']);
const INGREDIENTS = new Set(
  `poulet bœuf boeuf porc bacon fromage fromages canard homard saucisse saucisses champignons merguez
  jambon viande smoked foie crevettes légumes oignons poivre poivrons pepperoni saumon`.split(/\s+/),
);

/**
 * True when `word` (as written, directly after a surname) names a kind of thing: capitalised
 * (or in capitals) for any thing noun, in lower case only for a few unambiguous ones. `following`,
 * the word after it, tells a headline's verb ("Trump Brands Zelensky") from a thing, and makes a
 * kind of kit or a dish's link word one ("Macron Home Shirt", "Poutine au poulet").
 */
export function isThingNoun(word: string, following?: string): boolean {
  const key = (word.charCodeAt(word.length - 1) === 46 ? word.slice(0, -1) : word).toLowerCase();
  if (following !== undefined && (KIT_KINDS.has(key) || DISH_LINKS.has(key))) {
    const next = (following.endsWith('.') ? following.slice(0, -1) : following).toLowerCase();
    return KIT_KINDS.has(key) ? KIT_NOUNS.has(next) : INGREDIENTS.has(next);
  }
  if (!THING_NOUNS.has(key)) return false;
  if (!isCapitalised(word)) return LOWER_CASE_THING_NOUNS.has(key);
  return !(
    VERB_THINGS.has(key) &&
    following !== undefined &&
    isCapitalised(following) &&
    AFTER_VERB.has(following.toLowerCase())
  );
}

/**
 * Nouns for a company that makes or supplies goods: before a surname, or in an apposition after
 * it, they make the name a brand's ("Sportartikelhersteller Macron", "l'équipementier Macron",
 * "Macron, the Italian sportswear manufacturer"). Not "maker": a "deal maker" or "peace maker"
 * is a politician too. German compounds by their last part.
 */
const MAKERS = new Set(
  `manufacturer manufacturers supplier suppliers outfitter équipementier fabricant
  fournisseur hersteller ausrüster fabbricante produttore fornitore fabricante proveedor`.split(/\s+/),
);
const MAKER_ENDINGS = /(?:hersteller|ausrüster)$/;

/** Whether `key` (lower case, maybe with an elided article) names a maker or supplier of goods. */
export function isMakerWord(key: string): boolean {
  const bare = key.replace(/^[ld]'/, '');
  return MAKERS.has(bare) || MAKER_ENDINGS.test(bare);
}
