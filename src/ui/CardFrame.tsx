import type { ComponentChildren } from 'preact';
import { t } from './t';

interface Props {
  entityName: string;
  onClose: () => void;
  onMute: () => void;
  children?: ComponentChildren;
}

/**
 * The card's own controls around its content: "Mute" (stop marking this entity, on every page,
 * undone from the popup or options page) and "Close" (for touch, where nothing hovers). Both are
 * real buttons, reachable by keyboard before the content.
 */
export function CardFrame({ entityName, onClose, onMute, children }: Props) {
  return (
    <>
      <div class="card-tools">
        <button type="button" class="tool mute" aria-label={t('cardMute', entityName)} onClick={onMute}>
          {t('cardMuteShort')}
        </button>
        <button type="button" class="tool close" aria-label={t('cardClose')} onClick={onClose}>
          ×
        </button>
      </div>
      {children}
    </>
  );
}
