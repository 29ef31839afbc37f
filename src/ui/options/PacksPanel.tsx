import { useEffect, useState } from 'preact/hooks';
import type { PackInput } from '../../core/dataset/pack';
import { orderByDependency } from '../../core/dataset/pack-order';
import type { DataStats } from '../../core/facts/card-data';
import { counted } from '../count-words';
import { t } from '../t';
import { ConfirmBox } from './ConfirmBox';
import { ConsentBox, SHOWN_PROBLEMS } from './ConsentBox';
import { type Outcome, useImportFlow } from './import-flow';
import type { OptionsServices } from './options-services';
import { PackConfirm, type PendingStep } from './PackConfirm';

/**
 * The installed packs with export and removal, import by file picker or drag and drop (a
 * progress bar for large packs; every problem listed plainly, and nothing changed), export of all
 * data, and reset to the bundled data. Remove and Reset ask first, offering a copy to download
 * (importing it undoes the step).
 */
export function PacksPanel({ services }: { services: OptionsServices }) {
  const [stats, setStats] = useState<DataStats | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [dragging, setDragging] = useState(false);
  const [pending, setPending] = useState<PendingStep | null>(null);
  const refresh = () => services.stats().then(setStats);
  const { progress, consent, replacing, importFile, answerConsent, answerReplace } = useImportFlow(
    services,
    stats,
    refresh,
    setOutcome,
  );
  useEffect(() => {
    void refresh();
  }, []);

  const download = async (packIds: string[], name: string) => {
    const packs = (await Promise.all(packIds.map((id) => services.exportPack(id)))).filter(
      (p): p is PackInput => !!p,
    );
    // Several packs are written in an order that imports again: each after those it points to.
    const body = JSON.stringify(packIds.length === 1 ? packs[0] : orderByDependency(packs), null, 2);
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
            <strong>
              <bdi>{p.title}</bdi>
            </strong>{' '}
            {p.version} · {p.date} {p.bundled && <span class="kind">{t('packsBundled')}</span>}
            <button type="button" onClick={() => void download([p.id], `${p.id}-${p.version}.json`)}>
              {t('packsExport')}
            </button>
            {!p.bundled && (
              <button
                type="button"
                onClick={async () => {
                  // A pack others point to stays until they go: removing it would break them.
                  const dependents = await services.packDependents(p.id);
                  if (dependents.length)
                    setOutcome({
                      kind: 'error',
                      message: t('packsRemoveBlocked', p.title, dependents.join(', ')),
                    });
                  else setPending({ kind: 'remove', id: p.id, title: p.title, version: p.version });
                }}
              >
                {t('packsRemove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {stats?.bundledWaiting && (
        <div class="outcome error" role="alert" data-testid="bundled-waiting">
          <p>{t('packsBundledWaiting', stats.bundledWaiting.version)}</p>
          <ul class="problems">
            {stats.bundledWaiting.problems.slice(0, SHOWN_PROBLEMS).map((p) => (
              <li key={p.path}>{p.message}</li>
            ))}
          </ul>
        </div>
      )}
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
      {consent && <ConsentBox changes={consent.changes} onAnswer={answerConsent} />}
      {replacing && (
        <ConfirmBox
          message={t(
            'packsConfirmReplace',
            `${replacing.installed.title} ${replacing.installed.version}`,
            `${replacing.title} ${replacing.version}`,
          )}
          confirmLabel={t('packsReplaceConfirmed')}
          onCopy={() =>
            void download(
              [replacing.installed.id],
              `${replacing.installed.id}-${replacing.installed.version}.json`,
            )
          }
          onConfirm={() => answerReplace(true)}
          onCancel={() => answerReplace(false)}
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
