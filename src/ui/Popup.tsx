import { useEffect, useState } from 'preact/hooks';
import type { DataStats } from '../core/facts/card-data';
import { askBackground } from '../messaging/background-client';

/** The toolbar popup: the dataset's name, version and counts. */
export function Popup() {
  const [stats, setStats] = useState<DataStats | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    askBackground({ type: 'stats/get' }).then(setStats, (e: unknown) => setError(String(e)));
  }, []);
  if (error) return <p role="alert">Gloss could not read its data: {error}</p>;
  if (!stats) return <p aria-busy="true">Loading…</p>;
  const bundled = stats.packs.find((p) => p.bundled);
  return (
    <section aria-labelledby="dataset-title">
      <h1>Gloss</h1>
      <h2 id="dataset-title">{bundled?.title ?? 'Dataset'}</h2>
      <p class="version" data-testid="dataset-version">
        Version {bundled?.version ?? '—'} · {bundled?.date ?? ''}
      </p>
      <dl class="counts">
        {Object.entries(stats.counts).map(([name, count]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd data-testid={`count-${name}`}>{count}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
