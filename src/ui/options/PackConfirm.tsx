import { counted } from '../count-words';
import { t } from '../t';
import { ConfirmBox } from './ConfirmBox';

/** A Remove or a Reset waiting for the reader's yes. */
export type PendingStep = { kind: 'remove'; id: string; title: string; version: string } | { kind: 'reset' };

/**
 * The confirmation for a pending Remove or Reset, offering the copy that undoes it: the pack
 * itself, or every imported pack (none to keep: Reset says nothing is lost).
 */
export function PackConfirm({
  pending,
  imported,
  download,
  onConfirm,
  onCancel,
}: {
  pending: PendingStep;
  imported: string[];
  download: (packIds: string[], name: string) => Promise<void>;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  if (pending.kind === 'remove') {
    return (
      <ConfirmBox
        message={t('packsConfirmRemove', pending.title)}
        confirmLabel={t('packsRemoveConfirmed')}
        onCopy={() => void download([pending.id], `${pending.id}-${pending.version}.json`)}
        onConfirm={onConfirm}
        onCancel={onCancel}
      />
    );
  }
  return (
    <ConfirmBox
      message={
        imported.length
          ? t('packsConfirmReset', counted(imported.length, 'nPack', 'nPacks'))
          : t('packsConfirmResetNothing')
      }
      confirmLabel={t('packsResetConfirmed')}
      onCopy={imported.length ? () => void download(imported, 'gloss-imported-packs.json') : undefined}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
