import { z } from 'zod';
import { IdSchema, textSchema } from './primitives';

/** What one source says, for a note that sets outlets side by side. */
export const VariantSchema = z
  .object({
    source: IdSchema,
    says: textSchema(300),
  })
  .strict();

export type Variant = z.infer<typeof VariantSchema>;

/**
 * A cross-source note about facts or entities: where outlets agree, differ (`discrepancy`), word
 * the same thing differently (`wording`), all relay one original (`single-origin`), or where only
 * one outlet reports it (`single-outlet`). `variants` say which source says what.
 */
export const NoteSchema = z
  .object({
    id: IdSchema,
    kind: z.enum(['agreement', 'discrepancy', 'wording', 'single-origin', 'single-outlet']),
    facts: z.array(IdSchema).max(50).default([]),
    entities: z.array(IdSchema).max(50).default([]),
    text: textSchema(800),
    variants: z.array(VariantSchema).max(30).default([]),
  })
  .strict()
  .refine((n) => n.facts.length + n.entities.length > 0, 'a note must be about a fact or an entity');

export type Note = z.infer<typeof NoteSchema>;
