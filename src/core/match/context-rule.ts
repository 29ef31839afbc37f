import { COALITION, COALITION_ABBREVIATIONS, FITS, OTHER_SENSE } from './context-stems';
import type { RawMatch } from './matcher';
import type { MatcherData } from './matcher-data';
import { sentenceStartOf } from './words-around';

/** A block of text near a match, with its candidate matches when it has been scanned. */
export interface ContextBlock {
  text: string;
  raw: readonly RawMatch[] | null;
}

/** One pattern for a list of stems (each matched as written). */
function anyOf(stems: readonly string[]): RegExp {
  return new RegExp(stems.map((stem) => stem.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|'));
}
/** The stem lists, for tests that check the rule against reading them one by one. */
export const CONTEXT_STEMS = { fits: FITS, other: OTHER_SENSE, coalition: COALITION } as const;

const FITS_SIGN = anyOf(FITS);
// Read from the start of a word: "bush" in "ambushed" is no sign of the Iraq war.
const OTHER_SIGN = new RegExp(`(?<!\\p{L})(?:${anyOf(OTHER_SENSE).source})|\\b2003\\b`, 'u');
const COALITION_SIGN = new RegExp(`${anyOf(COALITION).source}|${COALITION_ABBREVIATIONS.source}`);

/** What one block's lower-cased text says of the sense; each sign read when first asked for. */
interface Signs {
  lower: string;
  fits?: boolean;
  other?: boolean;
  coalition?: boolean;
}

/** Blocks' texts kept with their signs: up to this many, then forgotten all at once. */
const KEPT_SIGNS = 64;
/** Longer texts are not kept (a huge text node's lower-cased copy would outlive its scan). */
const KEPT_CHARS = 4096;

/**
 * The signs of the texts read last, by text: a page's blocks are read as the context of up to
 * five phrases each (its own and its neighbours'), and lower-cased once.
 */
const recent = new Map<string, Signs>();

function signsOf(block: ContextBlock): Signs {
  let signs = recent.get(block.text);
  if (!signs) {
    signs = { lower: block.text.toLowerCase() };
    if (block.text.length > KEPT_CHARS) return signs;
    if (recent.size >= KEPT_SIGNS) recent.clear();
    recent.set(block.text, signs);
  }
  return signs;
}

/**
 * Whether a phrase with a generic sense ("coalition of the willing", "deterrent force"), matched
 * for entity `self`, is used in the sense Gloss tracks. `blocks` are its own block first, then its
 * neighbours; `needsContext(p)` tells the patterns that are such phrases themselves. It fits when
 * the blocks mention Ukraine, a ceasefire or the peace talks; failing that, when nothing points to
 * another sense (Iraq in 2003, nuclear deterrence) and they name another person or topic Gloss
 * knows, or one of the coalition's countries. Blocks are read in that order, and no further than
 * the answer needs.
 */
export function fitsContext(
  blocks: readonly ContextBlock[],
  self: number,
  data: MatcherData,
  needsContext: (pattern: number) => boolean,
): boolean {
  const signs = blocks.map(signsOf);
  if (signs.some((s) => has(s, 'fits', FITS_SIGN))) return true;
  if (signs.some((s) => has(s, 'other', OTHER_SIGN))) return false;
  if (blocks.some((b) => namesOtherEntity(b.raw, self, data, needsContext))) return true;
  return signs.some((s) => has(s, 'coalition', COALITION_SIGN));
}

/** The farthest a phrase's sentence is read after the phrase, in UTF-16 code units. */
const MAX_AFTER = 300;

/** The 2003 Iraq coalition: the one other sense strong enough to veto a phrase that needs no context. */
const PAST_COALITION_SIGN = /(?<!\p{L})(?:iraq|irak|saddam|ірак|ирак)|\b2003\b/u;

/**
 * Whether the sentence of a topic's phrase that needs no context (it names the topic in nearly
 * every use) is about the 2003 Iraq coalition, and shows nothing of the sense Gloss tracks: "Так
 * звана коаліція охочих у 2003 році вторглася в Ірак". Not the broader signs of `fitsContext`
 * ("nuclear", "migration"): a sentence about the coalition may touch on them.
 */
export function sentenceInOtherSense(text: string, start: number, end: number): boolean {
  const rest = text.slice(end, end + MAX_AFTER);
  const stop = rest.search(/[.!?\n]/u);
  const sentence = text
    .slice(sentenceStartOf(text, start), stop < 0 ? end + rest.length : end + stop)
    .toLowerCase();
  return PAST_COALITION_SIGN.test(sentence) && !FITS_SIGN.test(sentence);
}

/** Whether the block's text shows `sign` (read once, then kept). */
function has(signs: Signs, sign: 'fits' | 'other' | 'coalition', pattern: RegExp): boolean {
  let value = signs[sign];
  if (value === undefined) {
    value = pattern.test(signs.lower);
    signs[sign] = value;
  }
  return value;
}

function namesOtherEntity(
  raw: readonly RawMatch[] | null,
  self: number,
  data: MatcherData,
  needsContext: (pattern: number) => boolean,
): boolean {
  if (!raw) return false;
  const imported = importedOf(data);
  for (const m of raw)
    for (const p of m.patterns) {
      const entity = data.patternEntity[p]!;
      if (entity < 0 || entity === self || needsContext(p)) continue;
      // An imported entity is no context for a bundled phrase: a pack would otherwise widen how
      // bundled phrases are found (a topic "Chicago" making "coalition of the willing of mayors
      // from Chicago" the coalition's) without the consent such changes need.
      if (imported.has(entity) && !imported.has(self)) continue;
      const kind = data.entityKinds[entity];
      if (kind === 'person' || kind === 'topic') return true;
    }
  return false;
}

const importedIndices = new WeakMap<MatcherData, Set<number>>();

/** The indices of the entities from packs the reader imported (worked out once per matcher). */
function importedOf(data: MatcherData): Set<number> {
  let found = importedIndices.get(data);
  if (!found) {
    const ids = new Set(data.importedEntities ?? []);
    found = new Set(data.entityIds.flatMap((id, i) => (ids.has(id) ? [i] : [])));
    importedIndices.set(data, found);
  }
  return found;
}
