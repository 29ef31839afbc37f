import { t } from './t';

interface Props {
  entityName: string;
  onClose: () => void;
  onMute: (event?: Event) => void;
}

/**
 * The card's own controls: "Mute" (stop marking this entity, on every page, undone from the popup
 * or options page) and "Close" (for touch, where nothing hovers). Both are real buttons, first in
 * the card's tab order; the head places them in its own column, beside the name.
 */
export function CardTools({ entityName, onClose, onMute }: Props) {
  return (
    <div class="card-tools">
      <button type="button" class="tool mute" aria-label={t('cardMute', entityName)} onClick={onMute}>
        {t('cardMuteShort')}
      </button>
      <button type="button" class="tool close" aria-label={t('cardClose')} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
