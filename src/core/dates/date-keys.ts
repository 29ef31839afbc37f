/** Plain date arithmetic on partial ISO dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`); no schema, no zod. */

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
export function earliestDay(d: { value: string }): string {
  return startKey(d.value);
}

/** The latest day a partial date may fall on, `YYYY-MM-DD` (the end of its range when it has one). */
export function latestDay(d: { value: string; end?: string | undefined }): string {
  return endKey(d.end ?? d.value);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when a partial ISO string names a real day, month or year (no 30 February). */
export function isRealCalendarDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  if (y === undefined || y < 1000) return false;
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  return d >= 1 && d <= daysInMonth(y, m);
}
