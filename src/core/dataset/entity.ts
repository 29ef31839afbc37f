import { z } from 'zod';
import { earliestDay, latestDay } from '../dates/date-keys';
import { PartialDateSchema } from '../dates/partial-date';
import { IdSchema, LanguageSchema, textSchema } from './primitives';

/**
 * How an alias may be matched in page text:
 * - `any-case`: topic phrases ("coalition of the willing", "COALITION OF THE WILLING");
 * - `capitalised`: names, which match only as written with capitals or in all caps;
 * - `after-full-name`: surnames ambiguous alone (Turner, Kellogg), matched only after a full
 *   reference to the same entity earlier in the document. Capitalised as well.
 */
export const AliasRuleSchema = z.enum(['any-case', 'capitalised', 'after-full-name']);
export type AliasRule = z.infer<typeof AliasRuleSchema>;

export const AliasSchema = z
  .object({
    text: textSchema(120),
    lang: LanguageSchema,
    rule: AliasRuleSchema,
    /**
     * The phrase also has a generic sense ("coalition of the willing" also names the 2003 Iraq
     * coalition; "deterrent force"), so it counts only where its block or the blocks around it
     * fit (Ukraine, a ceasefire, the coalition's countries or another entity). Absent: false.
     */
    needsContext: z.boolean().optional(),
  })
  .strict()
  .superRefine((alias, ctx) => {
    const problem = aliasProblem(alias.text, alias.rule);
    if (problem) ctx.addIssue({ code: 'custom', path: ['text'], message: problem });
  });

export type Alias = z.infer<typeof AliasSchema>;

/** Words so common that an alias made only of them would mark most pages ("The", "de", "of the"). */
const COMMON_WORDS = new Set(
  `the a an and or of in on at to for by with from as is it he she we they this that his her not but
  de la le les el los las der die das und en het een et il lo di da do du des von zu
  i you me my our your their its was were are be been has have had will would can could should may
  said says about after before over into also than then there here what which who when where all one
  two new more most some no yes so if up out just now today year years
  ist ein eine einer nicht mit sich auf für im am dem den sie er es wir ihr
  un une est pas que qui pour dans sur avec ce se ne au aux
  del por para con una es lo per che non è sono uno
  на в и не что это как с у о що це як з та
  我们 他们 你们 这个 那个 没有 一个 什么 今天 因为 所以 可以 已经 自己
  这些 那些 时候 です ます これ それ`.split(/\s+/),
);

/**
 * Why an alias would match where no one means the entity, or null: fewer than two letters or
 * digits, a common word alone (not an acronym in capitals: "WHO"), common words alone in any
 * case ("of the"), digits alone ("2025"; "9/11" names something), an any-case alias of fewer than four letters (it would match inside
 * everyday words' cases), or a capitalised alias written without a capital (it would match in
 * any case). Names in scripts without capitals ("普京", "푸틴", "פוטין") are judged by length alone.
 */
function aliasProblem(text: string, rule: AliasRule): string | null {
  const letters = text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  if (letters < 2) return 'matches too much: an alias needs at least two letters or digits';
  const words = text.trim().toLowerCase().split(/\s+/);
  // An acronym in capitals ("WHO", "UN") matches only in capitals: it is no common word.
  const acronym = /\p{Lu}/u.test(text) && text === text.toUpperCase() && !/\s/.test(text.trim());
  if (words.length === 1 && COMMON_WORDS.has(words[0]!) && !acronym)
    return `matches too much: "${text.trim()}" alone is a common word on most pages`;
  // Several common words together ("of the", "this is") match in any case on most pages.
  if (rule === 'any-case' && words.every((w) => COMMON_WORDS.has(w)))
    return `matches too much: "${text.trim()}" is made only of common words found on most pages`;
  if (/^[\p{N}\s]+$/u.test(text))
    return 'matches too much: an alias of digits alone matches numbers on most pages';
  // Scripts without capitals (Chinese, Japanese, Korean, Arabic, Hebrew…) have no case to check.
  const cased = text.toLowerCase() !== text.toUpperCase();
  if (rule === 'any-case' && letters < 4 && cased)
    return 'matches too much: an any-case alias needs four letters or more (use "capitalised" for a short name)';
  if (rule !== 'any-case' && cased && !/\p{Lu}/u.test(text))
    return `has no capital letter, so "${rule}" would match it in any case: write it with its capitals`;
  return null;
}

/**
 * A role the entity held, with its dates where the sources give them, and the sources that say so
 * (required by the verifier for the bundled pack; a reference source where the reports are silent).
 */
export const RoleSchema = z
  .object({
    title: textSchema(200),
    from: PartialDateSchema.optional(),
    until: PartialDateSchema.optional(),
    sources: z.array(IdSchema).max(20).default([]),
  })
  .strict()
  .refine((r) => !r.from || !r.until || latestDay(r.until) >= earliestDay(r.from), {
    message: 'the role ends before it begins',
    path: ['until'],
  });

export type Role = z.infer<typeof RoleSchema>;

/** A Wikidata item id (`Q7184`), or `none` when the pack records none (`qidNote` says why). */
export const QidSchema = z
  .string()
  .regex(/^(Q[1-9]\d{0,11}|none)$/, 'expected a Wikidata id such as Q7184, or none');

/**
 * A person, topic or organisation Gloss marks. `id` is the kebab-case slug of the canonical English
 * name. `excludes` lists phrases that contain an alias but mean something else ("Melania Trump",
 * "Turner Broadcasting"): a match inside one of them is not a mention. `qid` ties it to the item
 * other tools know; `descriptionSources` are the sources its `description` rests on.
 */
/**
 * Ids an entity cannot take: its mentions are registered as the highlight `gloss-<id>`, and these
 * names are the painting highlights' own (`gloss-mention`, `gloss-underline`, `gloss-active`).
 */
const RESERVED_ENTITY_IDS = new Set(['mention', 'underline', 'active']);

export const EntitySchema = z
  .object({
    id: IdSchema.refine((id) => !RESERVED_ENTITY_IDS.has(id), {
      message:
        'this id names one of the highlights Gloss paints with (mention, underline, active); choose another',
    }),
    kind: z.enum(['person', 'topic', 'organisation']),
    name: textSchema(120),
    description: textSchema(600),
    descriptionSources: z.array(IdSchema).max(20).optional(),
    qid: QidSchema.optional(),
    qidNote: textSchema(300).optional(),
    roles: z.array(RoleSchema).max(50).default([]),
    aliases: z.array(AliasSchema).min(1).max(200),
    excludes: z.array(textSchema(120)).max(200).default([]),
  })
  .strict();

export type Entity = z.infer<typeof EntitySchema>;
