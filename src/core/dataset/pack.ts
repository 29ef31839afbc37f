import { z } from 'zod';
import { IsoPartialSchema } from '../dates/partial-date';
import { EntitySchema } from './entity';
import { FactSchema } from './fact';
import { NoteSchema } from './note';
import { IdSchema, textSchema } from './primitives';
import { SourceSchema } from './source';

/**
 * A self-contained data pack: the bundled dataset is one, and readers can import more. Ids are
 * unique within a pack; references resolve within the pack (see `checkPackReferences`).
 */
export const PackSchema = z
  .object({
    format: z.literal(1),
    id: IdSchema,
    title: textSchema(200),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'expected a version such as 1.0.0'),
    date: IsoPartialSchema,
    licence: textSchema(200),
    description: textSchema(1000).optional(),
    entities: z.array(EntitySchema).max(100_000),
    facts: z.array(FactSchema).max(1_000_000),
    sources: z.array(SourceSchema).max(100_000),
    notes: z.array(NoteSchema).max(1_000_000).default([]),
  })
  .strict();

export type Pack = z.infer<typeof PackSchema>;
/** A pack as written in a file, before defaults are filled in. */
export type PackInput = z.input<typeof PackSchema>;
