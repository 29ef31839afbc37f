import { precisionOf } from './date-keys';
import type { PartialDate } from './partial-date';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Formats a partial date with honest precision, in English: `4 Jun 2025`, `Feb 2025`, `2025`,
 * `about 24 Jan 2025`, `19–20 May 2025`, `Feb – Mar 2025`; a `by` date as its bound
 * (`by 24 Jan 2025`), an `as-of` date as `as of 4 Jun 2025`. Never invents a day or month the
 * data does not have.
 */
export function formatPartialDate(date: PartialDate): string {
  if (date.relation === 'by') {
    const bound = formatOne(date.end ?? date.value);
    return `by ${date.approximate ? `about ${bound}` : bound}`;
  }
  const text = date.end ? formatRange(date.value, date.end) : formatOne(date.value);
  const dated = date.approximate ? `about ${text}` : text;
  return date.relation === 'as-of' ? `as of ${dated}` : dated;
}

function formatOne(iso: string): string {
  const [y, m, d] = iso.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (precisionOf(iso) === 'day') return `${Number(d)} ${month} ${y}`;
  if (precisionOf(iso) === 'month') return `${month} ${y}`;
  return y ?? iso;
}

function formatRange(from: string, to: string): string {
  const [fy, fm] = from.split('-');
  const [ty, tm, td] = to.split('-');
  const sameMonth = fy === ty && fm === tm;
  if (precisionOf(from) === 'day' && precisionOf(to) === 'day' && sameMonth) {
    return `${Number(from.slice(8))}–${Number(td)} ${MONTHS[Number(tm) - 1]} ${ty}`;
  }
  if (fy === ty && precisionOf(from) === 'month' && precisionOf(to) === 'month') {
    return `${MONTHS[Number(fm) - 1]} – ${MONTHS[Number(tm) - 1]} ${ty}`;
  }
  return `${formatOne(from)} – ${formatOne(to)}`;
}
