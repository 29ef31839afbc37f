import { z } from 'zod';
import { PartialDateSchema } from '../dates/partial-date';
import { HttpUrlSchema, IdSchema, LanguageSchema, textSchema } from './primitives';

/**
 * A published report. `published.basis` says whether the date is printed on the page or inferred
 * (with the reason in `published.note`). `relays` lists the sources it reports from, so a card can
 * say "four outlets, one original report". `archive` names the saved text the quotes are checked
 * against. `anonymous` is true when the report rests on unnamed people.
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
    anonymous: z.boolean().optional(),
  })
  .strict();

export type Source = z.infer<typeof SourceSchema>;
