import { z } from 'zod';

/** An ISO calendar date cut to its precision: `2025`, `2025-06` or `2025-06-04`. */
export const IsoPartialSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealCalendarDate, 'not a real calendar date');

/**
 * A date as precise as the source allows. `value` is the start (its length gives the precision);
 * `end`, when present, makes it an inclusive range. `basis` says how it was found: printed in the
 * text, resolved from relative words (`resolvedFrom`, such as "on Wednesday") against a publication
 * date, or inferred (with the reason in `note`).
 */
export const PartialDateSchema = z
  .object({
    value: IsoPartialSchema,
    end: IsoPartialSchema.optional(),
    approximate: z.boolean().optional(),
    basis: z.enum(['printed', 'resolved', 'inferred']),
    resolvedFrom: z.string().max(120).optional(),
    note: z.string().max(400).optional(),
  })
  .strict()
  .refine((d) => d.end === undefined || startKey(d.end) >= startKey(d.value), {
    message: 'range ends before it starts',
    path: ['end'],
  })
  .refine((d) => d.basis !== 'resolved' || d.resolvedFrom !== undefined, {
    message: 'a resolved date must say which words it was resolved from',
    path: ['resolvedFrom'],
  });

export type PartialDate = z.infer<typeof PartialDateSchema>;
export type Precision = 'day' | 'month' | 'year';

/** The precision a partial ISO string carries, from its length. */
export function precisionOf(iso: string): Precision {
  return iso.length >= 10 ? 'day' : iso.length >= 7 ? 'month' : 'year';
}

/** The first day the partial ISO string can mean, as `YYYY-MM-DD` (for sorting and comparing). */
export function startKey(iso: string): string {
  return iso.length >= 10 ? iso.slice(0, 10) : iso.length >= 7 ? `${iso.slice(0, 7)}-01` : `${iso}-01-01`;
}

/** The last day the partial ISO string can mean, as `YYYY-MM-DD`. */
export function endKey(iso: string): string {
  if (iso.length >= 10) return iso.slice(0, 10);
  if (iso.length >= 7) {
    const [y, m] = iso.split('-').map(Number) as [number, number];
    return `${iso.slice(0, 7)}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
  }
  return `${iso}-12-31`;
}

/** The earliest day a partial date may fall on, `YYYY-MM-DD`. */
export function earliestDay(d: PartialDate): string {
  return startKey(d.value);
}

/** The latest day a partial date may fall on, `YYYY-MM-DD` (the end of its range when it has one). */
export function latestDay(d: PartialDate): string {
  return endKey(d.end ?? d.value);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isRealCalendarDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  if (y === undefined || y < 1000) return false;
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  return d >= 1 && d <= daysInMonth(y, m);
}
