import { isItsOwn, type Provenance } from '../core/facts/describe-provenance';
import { t } from './t';

/**
 * The provenance line in the reader's language: how many outlets, how many original reports, then
 * who the evidence is attributed to (named speakers as on the record, never as unnamed).
 */
export function provenanceText(p: Provenance): string {
  const elsewhere = [...new Set(p.origins.map((s) => s.outlet).filter((o) => o !== p.outlets[0]))];
  const only = t('provOnlyOne', p.outlets[0] ?? '—');
  const line =
    p.outlets.length <= 1
      ? elsewhere.length
        ? t('provRelaying', only, elsewhere.join(', '))
        : only
      : p.origins.length === 1
        ? t('provOneOrigin', String(p.outlets.length), p.origins[0]!.outlet)
        : t('provManyOrigins', String(p.outlets.length), String(p.origins.length));
  const a = p.attribution;
  const parts = [
    line,
    ...(a.onRecord.length
      ? [t('provOnRecord', a.onRecord.map((s) => (s.setting ? `${s.who} (${s.setting})` : s.who)).join(', '))]
      : []),
    ...(a.unnamed.length ? [t('provUnnamedPeople', a.unnamed.join('; '))] : []),
    ...(a.relayed.length ? [t('provAsReportedBy', a.relayed.join(', '))] : []),
    ...(isItsOwn(a, p.outlets)
      ? [t('provItsOwnReporting')]
      : a.ownReporting.length
        ? [t('provOwnReporting', a.ownReporting.join(', '))]
        : []),
  ];
  return parts.join('; ');
}
