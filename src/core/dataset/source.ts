import { z } from 'zod';
import { IsoPartialSchema, PartialDateSchema } from '../dates/partial-date';
import { HttpUrlSchema, IdSchema, LanguageSchema, textSchema } from './primitives';

/** A calendar day, `YYYY-MM-DD`. */
const IsoDaySchema = IsoPartialSchema.refine((d) => d.length === 10, 'expected YYYY-MM-DD');

/**
 * A published report, or a reference work (`kind: 'reference'`, such as a Wikidata item, with the
 * day it was `retrieved`). `published.basis` says whether the date is printed on the page or
 * inferred (with the reason in `published.note`). `relays` lists the sources it reports from, so a
 * card can say "four outlets, one original report". `archive` names the saved text the quotes are
 * checked against. `urlKind` says what the address is: the article (the default), a search for
 * the headline (`search`: no article address is known), or a reference page. `knownThrough` names
 * the relaying source a report is known through when it is not archived itself. `contributors`
 * lists those credited beside the author. Attribution is recorded per piece of evidence; the old
 * per-source `anonymous` flag is still accepted on import and dropped.
 */
export const SourceSchema = z
  .object({
    id: IdSchema,
    outlet: textSchema(120),
    title: textSchema(300),
    url: HttpUrlSchema,
    published: PartialDateSchema,
    language: LanguageSchema,
    author: textSchema(200).optional(),
    archive: z
      .string()
      .regex(/^[\w.-]{1,120}$/, 'expected a plain file name')
      .optional(),
    relays: z.array(IdSchema).max(50).default([]),
    urlKind: z.enum(['article', 'search', 'reference']).optional(),
    knownThrough: IdSchema.optional(),
    contributors: z.array(textSchema(200)).max(50).optional(),
    kind: z.enum(['report', 'reference']).optional(),
    retrieved: IsoDaySchema.optional(),
    anonymous: z.boolean().optional(),
  })
  .strict()
  .transform(({ anonymous: _ignored, ...source }) => source);

export type Source = z.infer<typeof SourceSchema>;
