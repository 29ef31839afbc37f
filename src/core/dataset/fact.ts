import { z } from 'zod';
import { PartialDateSchema } from '../dates/partial-date';
import { AttributionSchema } from './attribution';
import { IdSchema, textSchema } from './primitives';

/**
 * A short quote from a source that supports a fact, and who the quoted text attributes it to
 * (`attribution`; absent in older packs, meaning unknown). Imported packs may quote up to about 40
 * words; the bundled pack is held to 25 by the verifier.
 */
export const EvidenceSchema = z
  .object({
    source: IdSchema,
    quote: textSchema(400).refine(
      (q) => q.trim().split(/\s+/).length <= 45,
      'quote longer than about 40 words',
    ),
    attribution: AttributionSchema.optional(),
  })
  .strict();

export type Evidence = z.infer<typeof EvidenceSchema>;

/**
 * One checkable statement, in the dataset's own words, about one or more entities. `date` is when
 * it happened or held (or, for a plan, when it is meant to happen); when it was reported comes
 * from its sources' `published`. `announced` is, for a plan, when it was announced. `evidence`
 * holds at least one source.
 */
export const FactSchema = z
  .object({
    id: IdSchema,
    entities: z.array(IdSchema).min(1).max(30),
    statement: textSchema(600),
    date: PartialDateSchema,
    announced: PartialDateSchema.optional(),
    kind: z.enum(['event', 'statement', 'figure', 'position', 'plan']),
    evidence: z.array(EvidenceSchema).min(1).max(20),
  })
  .strict();

export type Fact = z.infer<typeof FactSchema>;
