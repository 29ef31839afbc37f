import { useEffect, useState } from 'preact/hooks';
import type { MatchingChange } from '../../core/dataset/bundled-matching-changes';
import type { DataStats } from '../../core/facts/card-data';
import type { ImportProgress } from '../../db/manage-packs';
import { t } from '../t';
import type { OptionsServices } from './options-services';

type Outcome = { kind: 'ok' | 'error'; message: string; problems?: string[] } | null;

const SHOWN_PROBLEMS = 50;

/**
 * The installed packs with export and removal, import by file picker or drag and drop (a
 * progress bar for large packs; every problem listed plainly, and nothing changed), export of all
 * data, and reset to the bundled data.
 */
export function PacksPanel({ services }: { services: OptionsServices }) {
  const [stats, setStats] = useState<DataStats | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [dragging, setDragging] = useState(false);
  const [pending, setPending] = useState<{ input: unknown; changes: MatchingChange[] } | null>(null);
  const refresh = () => services.stats().then(setStats);
  useEffect(() => {
    void refresh();
  }, []);

  const importFile = async (file: File) => {
    setOutcome(null);
    setPending(null);
    let input: unknown;
    try {
      input = JSON.parse(await file.text());
    } catch (error) {
      setOutcome({
        kind: 'error',
        message: t('packsNotJson', error instanceof Error ? error.message : String(error)),
      });
      return;
    }
    await runImport(input);
  };

  const runImport = async (input: unknown, consent?: string[]) => {
    const result = await services.importPack(input, setProgress, consent);
    setProgress(null);
    if (!result.ok && result.consentNeeded?.length && !consent) {
      // A pack that changes how bundled names are found waits for the reader's explicit yes.
      setPending({ input, changes: result.consentNeeded });
      return;
    }
    if (result.ok) {
      setOutcome({
        kind: 'ok',
        message: t('packsImported', result.pack.title, String(result.pack.counts.facts ?? 0)),
      });
    } else {
      const lines = result.problems.map((p) => `${p.path}: ${p.message}`);
      setOutcome({ kind: 'error', message: t('packsRejected', String(lines.length)), problems: lines });
    }
    await refresh();
  };

  const download = async (packIds: string[], name: string) => {
    const packs = await Promise.all(packIds.map((id) => services.exportPack(id)));
    const body = JSON.stringify(packIds.length === 1 ? packs[0] : packs.filter(Boolean), null, 2);
    const url = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return (
    <div class="packs">
      <h3>{t('packsInstalled')}</h3>
      <ul class="pack-list">
        {stats?.packs.map((p) => (
          <li key={p.id} data-pack={p.id}>
            <strong>{p.title}</strong> {p.version} · {p.date}{' '}
            {p.bundled && <span class="kind">{t('packsBundled')}</span>}
            <button type="button" onClick={() => void download([p.id], `${p.id}-${p.version}.json`)}>
              {t('packsExport')}
            </button>
            {!p.bundled && (
              <button
                type="button"
                onClick={async () => {
                  await services.removePack(p.id);
                  setOutcome({ kind: 'ok', message: t('packsRemoved', p.title) });
                  await refresh();
                }}
              >
                {t('packsRemove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {stats && (
        <p class="help" data-testid="data-counts">
          {t(
            'packsCounts',
            ...[stats.counts.entities, stats.counts.facts, stats.counts.sources, stats.counts.notes].map(
              String,
            ),
          )}
        </p>
      )}
      <div class="row">
        <button
          type="button"
          onClick={() =>
            stats &&
            void download(
              stats.packs.map((p) => p.id),
              'gloss-all-data.json',
            )
          }
        >
          {t('packsExportAll')}
        </button>
        <button
          type="button"
          onClick={async () => {
            await services.reset();
            setOutcome({ kind: 'ok', message: t('packsResetDone') });
            await refresh();
          }}
        >
          {t('packsReset')}
        </button>
      </div>
      <h3>{t('packsImport')}</h3>
      <label
        class={`drop${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          const file = e.dataTransfer?.files[0];
          if (file) void importFile(file);
        }}
      >
        {t('packsDrop')}
        <input
          type="file"
          name="pack"
          accept=".json,application/json"
          aria-label={t('packsChoose')}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void importFile(file);
            e.currentTarget.value = '';
          }}
        />
      </label>
      {pending && (
        <ConsentBox
          changes={pending.changes}
          onAnswer={(yes) => {
            const { input, changes } = pending;
            setPending(null);
            if (yes)
              void runImport(
                input,
                changes.map((c) => c.key),
              );
            else setOutcome({ kind: 'error', message: t('packsConsentCancelled') });
          }}
        />
      )}
      {progress && (
        <p>
          <progress max={progress.total} value={progress.done} />{' '}
          {t(
            progress.phase === 'checking' ? 'packsChecking' : 'packsWriting',
            String(progress.done),
            String(progress.total),
          )}
        </p>
      )}
      {outcome && (
        <div class={`outcome ${outcome.kind}`} role={outcome.kind === 'error' ? 'alert' : 'status'}>
          <p>{outcome.message}</p>
          {outcome.problems && (
            <ul class="problems">
              {outcome.problems.slice(0, SHOWN_PROBLEMS).map((p) => (
                <li key={p}>{p}</li>
              ))}
              {outcome.problems.length > SHOWN_PROBLEMS && (
                <li>{t('packsMore', String(outcome.problems.length - SHOWN_PROBLEMS))}</li>
              )}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

/** Asks the reader to agree to a pack's changes to how bundled names are found, listing each. */
function ConsentBox({ changes, onAnswer }: { changes: MatchingChange[]; onAnswer: (yes: boolean) => void }) {
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
          <li>{t('packsMore', String(changes.length - SHOWN_PROBLEMS))}</li>
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
