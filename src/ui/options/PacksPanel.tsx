import { useEffect, useState } from 'preact/hooks';
import type { MatchingChange } from '../../core/dataset/bundled-matching-changes';
import type { DataStats } from '../../core/facts/card-data';
import type { ImportProgress } from '../../db/manage-packs';
import { byCount, counted } from '../count-words';
import { t } from '../t';
import { ConsentBox, SHOWN_PROBLEMS } from './ConsentBox';
import { describeRejection } from './describe-rejection';
import type { OptionsServices } from './options-services';
import { PackConfirm, type PendingStep } from './PackConfirm';

type Outcome = { kind: 'ok' | 'error'; message: string; problems?: string[] } | null;
/** Packs imported so far from one file. */
type Done = { titles: string[]; facts: number };
/** A pack waiting for the reader's consent to change how bundled names are found. */
type Consent = { input: unknown; changes: MatchingChange[]; rest: unknown[]; done: Done };

/**
 * The installed packs with export and removal, import by file picker or drag and drop (a
 * progress bar for large packs; every problem listed plainly, and nothing changed), export of all
 * data, and reset to the bundled data. Remove and Reset ask first, offering a copy to download
 * (importing it undoes the step).
 */
export function PacksPanel({ services }: { services: OptionsServices }) {
  const [stats, setStats] = useState<DataStats | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [dragging, setDragging] = useState(false);
  const [pending, setPending] = useState<PendingStep | null>(null);
  const [consent, setConsent] = useState<Consent | null>(null);
  const refresh = () => services.stats().then(setStats);
  useEffect(() => {
    void refresh();
  }, []);

  const importFile = async (file: File) => {
    setOutcome(null);
    setConsent(null);
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
    // A file of several packs (as "Export all" and the copies offered before Reset write) imports
    // each in turn; the bundled pack in it is already here and is skipped.
    const bundled = new Set(stats?.packs.filter((p) => p.bundled).map((p) => p.id));
    const packs = Array.isArray(input)
      ? input.filter((p) => !bundled.has((p as { id?: string } | null)?.id ?? ''))
      : [input];
    await importPacks(packs, { titles: [], facts: 0 });
  };

  /** Imports `packs` in turn; `agreed` carries the reader's consent for the first of them. */
  const importPacks = async (packs: unknown[], done: Done, agreed?: string[]) => {
    for (const [i, pack] of packs.entries()) {
      const consentGiven = i === 0 ? agreed : undefined;
      const result = await services.importPack(pack, setProgress, consentGiven);
      setProgress(null);
      if (!result.ok && result.consentNeeded?.length && !consentGiven) {
        // A pack that changes how bundled names are found waits for the reader's explicit yes.
        setConsent({ input: pack, changes: result.consentNeeded, rest: packs.slice(i), done });
        return;
      }
      if (!result.ok) {
        const { headline, lines } = describeRejection(pack, result.problems);
        setOutcome({ kind: 'error', message: headline, problems: lines.length ? lines : undefined });
        await refresh();
        return;
      }
      done.titles.push(result.pack.title);
      done.facts += result.pack.counts.facts ?? 0;
    }
    const { titles, facts } = done;
    setOutcome(
      titles.length === 1
        ? {
            kind: 'ok',
            message: t(byCount(facts, 'packsImportedOne', 'packsImported'), titles[0]!, String(facts)),
          }
        : titles.length
          ? { kind: 'ok', message: t('packsImportedMany', String(titles.length), titles.join(', ')) }
          : { kind: 'error', message: t('packNotAPack') },
    );
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
                onClick={() => setPending({ kind: 'remove', id: p.id, title: p.title, version: p.version })}
              >
                {t('packsRemove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {stats && (
        <p class="help" data-testid="data-counts">
          {[
            counted(stats.counts.entities, 'nEntity', 'nEntities'),
            counted(stats.counts.facts, 'nFact', 'nFacts'),
            counted(stats.counts.sources, 'nSource', 'nSources'),
            counted(stats.counts.notes, 'nNote', 'nNotes'),
          ].join(' · ')}
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
        <button type="button" onClick={() => setPending({ kind: 'reset' })}>
          {t('packsReset')}
        </button>
      </div>
      {pending && (
        <PackConfirm
          pending={pending}
          imported={stats?.packs.filter((p) => !p.bundled).map((p) => p.id) ?? []}
          download={download}
          onCancel={() => setPending(null)}
          onConfirm={async () => {
            setPending(null);
            if (pending.kind === 'remove') {
              await services.removePack(pending.id);
              setOutcome({ kind: 'ok', message: t('packsRemovedUndo', pending.title) });
            } else {
              await services.reset();
              setOutcome({ kind: 'ok', message: t('packsResetDone') });
            }
            await refresh();
          }}
        />
      )}
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
      {consent && (
        <ConsentBox
          changes={consent.changes}
          onAnswer={(yes) => {
            const { rest, changes, done } = consent;
            setConsent(null);
            if (yes)
              void importPacks(
                rest,
                done,
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
                <li>{counted(outcome.problems.length - SHOWN_PROBLEMS, 'packsMoreOne', 'packsMore')}</li>
              )}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
