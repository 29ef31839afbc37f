import { z } from 'zod';
import { PartialDateSchema } from '../dates/partial-date';
import { IdSchema, textSchema } from './primitives';

/** A short quote (about 40 words at most) from a source that supports a fact. */
export const EvidenceSchema = z
  .object({
    source: IdSchema,
    quote: textSchema(400).refine(
      (q) => q.trim().split(/\s+/).length <= 45,
      'quote longer than about 40 words',
    ),
  })
  .strict();

export type Evidence = z.infer<typeof EvidenceSchema>;

/**
 * One checkable statement, in the dataset's own words, about one or more entities. `date` is when
 * it happened (or, for a plan, when it is meant to happen); `evidence` holds at least one source.
 */
export const FactSchema = z
  .object({
    id: IdSchema,
    entities: z.array(IdSchema).min(1).max(30),
    statement: textSchema(600),
    date: PartialDateSchema,
    kind: z.enum(['event', 'statement', 'figure', 'position', 'plan']),
    evidence: z.array(EvidenceSchema).min(1).max(20),
  })
  .strict();

export type Fact = z.infer<typeof FactSchema>;
