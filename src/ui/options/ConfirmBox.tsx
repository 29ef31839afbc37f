import { useEffect, useRef } from 'preact/hooks';
import { t } from '../t';

interface Props {
  message: string;
  confirmLabel: string;
  /** Offers a copy of what is about to go (a download), so the step can be undone by importing it. */
  onCopy?: () => void;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * An inline confirmation for a step that loses data: what will go, a button to download a copy
 * first (when there is something to keep), the step itself, and Cancel (also Esc). Focus moves
 * into it when it appears.
 */
export function ConfirmBox({ message, confirmLabel, onCopy, onConfirm, onCancel }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, []);
  return (
    <div
      class="confirm"
      role="alertdialog"
      aria-labelledby="confirm-message"
      ref={box}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <p id="confirm-message">{message}</p>
      <div class="row">
        {onCopy && (
          <button type="button" onClick={onCopy}>
            {t('packsDownloadCopy')}
          </button>
        )}
        <button type="button" class="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" onClick={onCancel}>
          {t('packsCancel')}
        </button>
      </div>
    </div>
  );
}
