import { z } from 'zod';
import { textSchema } from '../dataset/primitives';
import { endKey, isRealCalendarDate, startKey } from './date-keys';

/** An ISO calendar date cut to its precision: `2025`, `2025-06` or `2025-06-04`. */
export const IsoPartialSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealCalendarDate, 'not a real calendar date');

/**
 * How a date relates to what it dates: `on` (the default) when it happened then; `by` when it
 * happened at some time no later than `end ?? value` (an event a report calls "earlier"); `as-of`
 * when it is a state of affairs as reported on that date.
 */
export const DateRelationSchema = z.enum(['on', 'by', 'as-of']);
export type DateRelation = z.infer<typeof DateRelationSchema>;

/**
 * A date as precise as the source allows. `value` is the start (its length gives the precision);
 * `end`, when present, makes it an inclusive range. `basis` says how it was found: printed in the
 * text, resolved from relative words (`resolvedFrom`, such as "on Wednesday") against a publication
 * date, or inferred (with the reason in `note`). `relation` (absent means `on`) says whether it is
 * the day of an event, a bound it happened by, or the day a state of affairs was reported.
 */
export const PartialDateSchema = z
  .object({
    value: IsoPartialSchema,
    end: IsoPartialSchema.optional(),
    approximate: z.boolean().optional(),
    basis: z.enum(['printed', 'resolved', 'inferred']),
    resolvedFrom: textSchema(120).optional(),
    note: textSchema(400).optional(),
    relation: DateRelationSchema.optional(),
  })
  .strict()
  // The end is inclusive: "2025-06-20" to "2025-06" ends with June, after its start.
  .refine((d) => d.end === undefined || endKey(d.end) >= startKey(d.value), {
    message: 'range ends before it starts',
    path: ['end'],
  })
  .refine((d) => d.basis !== 'resolved' || d.resolvedFrom !== undefined, {
    message: 'a resolved date must say which words it was resolved from',
    path: ['resolvedFrom'],
  });

export type PartialDate = z.infer<typeof PartialDateSchema>;
