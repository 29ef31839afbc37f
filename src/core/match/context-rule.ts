import type { RawMatch } from './matcher';
import type { MatcherData } from './matcher-data';

/** A block of text near a match, with its candidate matches when it has been scanned. */
export interface ContextBlock {
  text: string;
  raw: readonly RawMatch[] | null;
}

// Stems, matched inside lower-cased text, that place a phrase in the sense Gloss tracks: Ukraine,
// a ceasefire, the peace talks (English, French, German, Italian, Ukrainian, Russian).
const FITS = [
  'ukrain',
  'ucrain',
  'ucrani',
  'kyiv',
  'kyjiw',
  'kiew',
  'kiev',
  'ceasefire',
  'cease-fire',
  'truce',
  'armistice',
  'peacekeep',
  'peace deal',
  'peace plan',
  'cessez-le-feu',
  'waffenstillstand',
  'waffenruhe',
  'cessate il fuoco',
  'tregua',
  'zelensk',
  'selensk',
  'donbas',
  'crimea',
  'україн',
  'київ',
  'києв',
  'перемир',
  'украин',
  'киев',
];
// Stems that place it in another sense: the 2003 Iraq coalition, nuclear deterrence.
const OTHER_SENSE = [
  'iraq',
  'saddam',
  'bush',
  'blair',
  'afghan',
  'nuclear',
  'nucléaire',
  'nucleare',
  'atomwaff',
  'ядерн',
  'ірак',
  'ирак',
];
// The coalition's leading countries and capitals: a weaker sign, used only when nothing points elsewhere.
const COALITION = [
  'britain',
  'british',
  'france',
  'french',
  'paris',
  'london',
  'europ',
  'germany',
  'canada',
  'poland',
  'denmark',
  'royaume-uni',
  'francia',
  'parigi',
  'londra',
  'regno unito',
  'britannien',
  'frankreich',
  'британ',
  'франц',
  'лондон',
  'париж',
  'європ',
];
const COALITION_ABBREVIATIONS = /\b(uk|u\.k\.|eu)\b/;

/**
 * Whether a phrase with a generic sense ("coalition of the willing", "deterrent force"), matched
 * for entity `self`, is used in the sense Gloss tracks. `blocks` are its own block first, then its
 * neighbours; `needsContext(p)` tells the patterns that are such phrases themselves. It fits when
 * the blocks mention Ukraine, a ceasefire or the peace talks; failing that, when nothing points to
 * another sense (Iraq in 2003, nuclear deterrence) and they name another person or topic Gloss
 * knows, or one of the coalition's countries.
 */
export function fitsContext(
  blocks: readonly ContextBlock[],
  self: number,
  data: MatcherData,
  needsContext: (pattern: number) => boolean,
): boolean {
  let lower = '';
  for (const b of blocks) lower += `${b.text.toLowerCase()}\n`;
  if (FITS.some((s) => lower.includes(s))) return true;
  if (OTHER_SENSE.some((s) => lower.includes(s)) || /\b2003\b/.test(lower)) return false;
  if (blocks.some((b) => namesOtherEntity(b.raw, self, data, needsContext))) return true;
  return COALITION.some((s) => lower.includes(s)) || COALITION_ABBREVIATIONS.test(lower);
}

function namesOtherEntity(
  raw: readonly RawMatch[] | null,
  self: number,
  data: MatcherData,
  needsContext: (pattern: number) => boolean,
): boolean {
  if (!raw) return false;
  for (const m of raw)
    for (const p of m.patterns) {
      const entity = data.patternEntity[p]!;
      if (entity < 0 || entity === self || needsContext(p)) continue;
      const kind = data.entityKinds[entity];
      if (kind === 'person' || kind === 'topic') return true;
    }
  return false;
}
