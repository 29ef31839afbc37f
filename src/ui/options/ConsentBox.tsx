import type { MatchingChange } from '../../core/dataset/bundled-matching-changes';
import { counted } from '../count-words';
import { t } from '../t';

/** How many problems (or changes) are listed before the rest are counted. */
export const SHOWN_PROBLEMS = 50;

/** Asks the reader to agree to a pack's changes to how bundled names are found, listing each. */
export function ConsentBox({
  changes,
  onAnswer,
}: {
  changes: MatchingChange[];
  onAnswer: (yes: boolean) => void;
}) {
  const names = new Set(changes.map((c) => c.entityId));
  return (
    <div
      class="outcome consent"
      role="alertdialog"
      aria-labelledby="pack-consent-title"
      data-testid="pack-consent"
    >
      <p id="pack-consent-title">{t('packsConsent', String(names.size))}</p>
      <ul class="problems">
        {changes.slice(0, SHOWN_PROBLEMS).map((c) => (
          <li key={c.key}>
            {t(
              c.how === 'takes-over' ? 'packsConsentTakesOver' : 'packsConsentSuppresses',
              c.phrase,
              c.name,
              c.alias,
            )}
          </li>
        ))}
        {changes.length > SHOWN_PROBLEMS && (
          <li>{counted(changes.length - SHOWN_PROBLEMS, 'packsMoreOne', 'packsMore')}</li>
        )}
      </ul>
      <div class="row">
        <button type="button" onClick={() => onAnswer(true)}>
          {t('packsConsentAccept')}
        </button>
        <button type="button" onClick={() => onAnswer(false)}>
          {t('packsConsentCancel')}
        </button>
      </div>
    </div>
  );
}
