import { z } from 'zod';
import type { MatchingChange } from '../core/dataset/bundled-matching-changes';
import type { PackInput } from '../core/dataset/pack';
import type { PackProblem } from '../core/dataset/parse-pack';
import { IdSchema } from '../core/dataset/primitives';
import type { CardData, CompactCardData, DataStats } from '../core/facts/card-data';
import type { PackedMatcher } from '../core/match/matcher-data';
import type { Settings } from '../settings/settings';

/** The outcome of an import: the stored pack's header, or every problem found (nothing written). */
export type ImportResult =
  | { ok: true; pack: { id: string; title: string; version: string; counts: Record<string, number> } }
  | { ok: false; problems: PackProblem[]; consentNeeded?: MatchingChange[] };

/**
 * One page of an entity's dossier: the entity, `facts` oldest first (by earliest day, then id)
 * from `offset`, with the sources and notes those facts and the entity need, and where the rest
 * is: `total` facts in all, `next` the offset of the following page (null on the last).
 */
export interface DossierPage extends CardData {
  total: number;
  offset: number;
  next: number | null;
}

/** Every request the background answers, checked on arrival. */
export const BackgroundRequestSchema = z.discriminatedUnion('type', [
  z
    .object({ type: z.literal('matcher/get'), part: z.number().int().min(0).max(100_000).optional() })
    .strict(),
  z
    .object({
      type: z.literal('card/get'),
      entityId: IdSchema,
      articleDate: z.iso.date().nullable().optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('dossier/get'),
      entityId: IdSchema,
      /** Where the page starts among the entity's facts, oldest first (absent: the first page). */
      offset: z.number().int().min(0).max(10_000_000).optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('dossier/open'),
      entityId: IdSchema,
      articleDate: z.iso.date().nullable().optional(),
    })
    .strict(),
  z.object({ type: z.literal('dossier/chosen'), tabId: z.number().int().min(0) }).strict(),
  z.object({ type: z.literal('stats/get') }).strict(),
  z
    .object({
      type: z.literal('pack/import'),
      pack: z.unknown(),
      /** The keys of the changes to bundled matching the reader agreed to (see `bundledMatchingChanges`). */
      consent: z.array(z.string().max(400)).max(10_000).optional(),
    })
    .strict(),
  z.object({ type: z.literal('pack/remove'), packId: IdSchema }).strict(),
  z.object({ type: z.literal('pack/export'), packId: IdSchema }).strict(),
  z.object({ type: z.literal('data/reset') }).strict(),
  z.object({ type: z.literal('entities/get'), ids: z.array(IdSchema).max(10_000) }).strict(),
  z
    .object({
      type: z.literal('badge/set'),
      count: z.number().int().min(0).max(1_000_000),
      paused: z.boolean().optional(),
    })
    .strict(),
  z.object({ type: z.literal('tab/ask'), tabId: z.number().int().min(0), request: z.unknown() }).strict(),
  z.object({ type: z.literal('settings/get') }).strict(),
  z.object({ type: z.literal('frame/start') }).strict(),
  z.object({ type: z.literal('card/view') }).strict(),
  z.object({ type: z.literal('entity/mute'), entityId: IdSchema }).strict(),
  z.object({ type: z.literal('settings/set'), change: z.record(z.string(), z.unknown()) }).strict(),
  z.object({ type: z.literal('articleDate/get') }).strict(),
  z
    .object({
      type: z.literal('articleDate/set'),
      date: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .nullable(),
    })
    .strict(),
]);

export type BackgroundRequest = z.infer<typeof BackgroundRequestSchema>;

/** The data each request type answers with. */
export interface BackgroundReplies {
  'matcher/get': MatcherPart;
  /** The compact card for an article of `articleDate` (null or absent: unknown). */
  'card/get': CompactCardData | null;
  /** One page of everything about one entity, for the dossier (see `DossierPage`). */
  'dossier/get': DossierPage | null;
  /** Shows the dossier for the sender's tab with this entity; true once a panel or page is open. */
  'dossier/open': boolean;
  /** The entity last chosen for the dossier in a tab (and its article's date), or null. */
  'dossier/chosen': DossierChoice | null;
  'stats/get': DataStats;
  'pack/import': ImportResult;
  'pack/remove': boolean;
  'pack/export': PackInput | null;
  'data/reset': true;
  'entities/get': EntitySummary[];
  'badge/set': boolean;
  /** True once Gloss was started in the asking frame (a frame that now has text). */
  'frame/start': boolean;
  /** True once the card's own script has run in the asking frame (see `src/page/card-view.ts`). */
  'card/view': boolean;
  /** A page request relayed to a tab's top frame: its reply's data, or null when none answers. */
  'tab/ask': unknown;
  /** The settings as the sender needs them (a content script sees only its own site's pause). */
  'settings/get': Settings;
  /** The settings after the change (invalid fields keep their stored value). */
  'settings/set': Settings;
  /** Adds one entity to the muted ones (the card's Mute button); true when it was not muted yet. */
  'entity/mute': boolean;
  /** The article date the reader set for the asking frame's address (`YYYY-MM-DD`), or null. */
  'articleDate/get': string | null;
  /** Keeps (or with null forgets) the reader's article date for the asking frame's address. */
  'articleDate/set': boolean;
}

/** A compiled matcher with the data revision it was built from. */
export interface BuiltMatcher {
  revision: number;
  data: PackedMatcher;
}

/**
 * One piece of a compiled matcher as JSON text, so a matcher of any size crosses the extension's
 * message limit (64 MiB in Chrome) in pieces: join `text` of parts `0 .. parts-1` of one
 * `revision` and parse it.
 */
export interface MatcherPart {
  revision: number;
  part: number;
  parts: number;
  text: string;
}

/**
 * The requests a content script may make: Gloss started in its own frame, the card's own script
 * run there, the matcher, card data and its own tab's badge, the settings that apply to its page, muting one entity from its card
 * (the only settings change a page may ask for), and the article date its reader set for that
 * page. Everything else comes only from the extension's pages.
 */
export const CONTENT_SCRIPT_REQUESTS: ReadonlySet<BackgroundRequest['type']> = new Set([
  'frame/start',
  'card/view',
  'matcher/get',
  'card/get',
  'dossier/open',
  'badge/set',
  'settings/get',
  'entity/mute',
  // Keyed by the sending frame's own address: a page can read or set only its own article date.
  'articleDate/get',
  'articleDate/set',
]);

/** The entity a tab's dossier shows, and the date of the article it was chosen on. */
export interface DossierChoice {
  entityId: string;
  articleDate: string | null;
}

/** An entity as the popup lists it. */
export interface EntitySummary {
  id: string;
  name: string;
  kind: string;
}
