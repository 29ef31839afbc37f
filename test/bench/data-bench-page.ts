/**
 * Runs inside Chromium (bundled by data-bench.ts): imports a generated pack into Gloss's store
 * through the real import path, then times the card's and the dossier's queries, each beside a
 * baseline measured in the same page. The import's baseline is bare Dexie `bulkPut` of exactly the
 * rows the import stored, read back from the store, into a second store of the same schema.
 */
import Dexie from 'dexie';
import { parsePack } from '../../src/core/dataset/parse-pack';
import { bundledPackInput } from '../../src/data/bundled-pack';
import { getCardData, getCompactCard } from '../../src/db/card-query';
import { DOSSIER_PAGE, getDossierPage } from '../../src/db/dossier-query';
import { GlossDb } from '../../src/db/gloss-db';
import { importPack } from '../../src/db/manage-packs';
import { searchData } from '../../src/db/search-data';
import { seedBundled } from '../../src/db/seed-bundled';
import { generateBigEntityPack, generatePack } from './generate-pack';

/** Median, 95th percentile and maximum of a list of samples, in milliseconds. */
export interface Timing {
  median: number;
  p95: number;
  max: number;
  n: number;
}

function stats(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)]!,
    p95: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!,
    max: sorted[sorted.length - 1]!,
    n: sorted.length,
  };
}

async function time<T>(run: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await run();
  return [performance.now() - start, result];
}

async function sample(times: number, run: (i: number) => Promise<unknown>): Promise<Timing> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) samples.push((await time(() => run(i)))[0]);
  return stats(samples);
}

const BENCH = 'gloss-bench';
const BASELINE = 'gloss-bench-baseline';
const TABLES = ['entities', 'facts', 'sources', 'notes'] as const;

/** The bench's configuration: the generated pack's size and how many samples each query gets. */
export interface BenchConfig {
  entities: number;
  factsPer: number;
  queries: number;
  searches: number;
  coldOpens: number;
  bigFacts: number;
}

async function runDataBench(config: BenchConfig) {
  for (const name of [BENCH, BASELINE]) await Dexie.delete(name);
  const pack = generatePack({
    entities: config.entities,
    aliasesPer: 5,
    factsPer: config.factsPer,
    sources: 5000,
  });
  const bundled = parsePack(bundledPackInput);
  if (!bundled.ok) throw new Error('bundled pack invalid');
  const db = new GlossDb(BENCH);
  const baseline = new GlossDb(BASELINE);
  await seedBundled(db, bundled.pack);
  await seedBundled(baseline, bundled.pack);

  // The import, with the moment it finished checking and started writing.
  let checkedAt = 0;
  const importStart = performance.now();
  const [importMs, result] = await time(() =>
    importPack(db, pack, {
      onProgress: (p) => {
        if (p.phase === 'writing' && !checkedAt) checkedAt = performance.now();
      },
    }),
  );
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.problems.slice(0, 3))}`);
  const checkMs = checkedAt - importStart;

  // Baseline: exactly the stored rows, bulkPut in one transaction into the same schema.
  const stored = await Promise.all(TABLES.map((t) => db.table(t).where('pack').equals(pack.id).toArray()));
  const [baselineMs] = await time(() =>
    baseline.transaction('rw', [...TABLES], async () => {
      for (const [i, t] of TABLES.entries()) await baseline.table(t).bulkPut(stored[i]!);
    }),
  );
  const storedRows = stored.reduce((n, rows) => n + rows.length, 0);

  // Small entities: the compact card and the dossier's first page, beside one get by key.
  const entityAt = (q: number) => `gen-${(q * 7919) % config.entities}`;
  const card = await sample(config.queries, async (q) => {
    const data = await getCompactCard(db, entityAt(q), '2024-07-01');
    if (data?.total !== config.factsPer) throw new Error(`card for ${entityAt(q)} is wrong`);
  });
  const factGet = await sample(config.queries, (q) => db.facts.get(`${entityAt(q)}-fact-0`));
  const bundledCard = await sample(config.queries, () => getCompactCard(db, 'donald-trump', '2025-06-04'));
  const nameSearch = await sample(config.queries, (q) =>
    db.entities
      .where('names')
      .startsWith(pack.entities[(q * 7919) % config.entities]!.name.toLowerCase().slice(0, 5))
      .limit(20)
      .toArray(),
  );
  // As a reader types: a prefix of a name, then the name and a word of the statements.
  const search = await sample(config.searches * 2, (q) => {
    const name = pack.entities[(Math.floor(q / 2) * 7919) % config.entities]!.name;
    return searchData(db, { text: q % 2 ? `${name} thing` : name.slice(0, 4) });
  });
  const commonSearch = await sample(config.searches, () => searchData(db, { text: 'generated' }));

  // One entity with many facts: the compact card against bare Dexie reads of the same rows.
  const big = generateBigEntityPack(config.bigFacts);
  const bigImport = await importPack(db, big);
  if (!bigImport.ok) throw new Error(`big import failed: ${JSON.stringify(bigImport.problems.slice(0, 3))}`);
  const days = Array.from(
    { length: config.queries },
    (_, q) => `202${q % 6}-${String((q % 12) + 1).padStart(2, '0')}-${String((q % 28) + 1).padStart(2, '0')}`,
  );
  // Cold: the first card after opening the store (a new connection each time, as after the
  // background wakes), beside opening a bare connection and reading one row.
  const coldCard: number[] = [];
  const coldBase: number[] = [];
  db.close();
  for (let i = 0; i < config.coldOpens; i++) {
    const fresh = new GlossDb(BENCH);
    coldCard.push((await time(() => getCompactCard(fresh, 'big-entity', days[i]!)))[0]);
    fresh.close();
    const bare = new Dexie(BENCH);
    coldBase.push((await time(() => bare.open().then(() => bare.table('facts').get('big-fact-0'))))[0]);
    bare.close();
  }
  await db.open();
  // Warm. The card's samples first, then the baselines: a large read leaves garbage that would
  // land in the next card sample.
  let shown = 0;
  const bigCard = await sample(days.length, async (q) => {
    const data = await getCompactCard(db, 'big-entity', days[q]!);
    if (data?.total !== config.bigFacts || data.facts.length !== 3) throw new Error('big card is wrong');
    shown = data.facts.length;
  });
  const ids = await Promise.all(
    days.map((day) =>
      db.facts
        .where('entityDays')
        .between('big-entity|', `big-entity|${day}`, true, true)
        .reverse()
        .limit(48)
        .primaryKeys(),
    ),
  );
  const bigSameRows = await sample(days.length, (q) => db.facts.bulkGet(ids[q]!));
  // The dossier: its first page, beside a bare read of the same number of rows by the same index.
  const dossierFirst = await sample(Math.min(config.queries, 20), () => getDossierPage(db, 'big-entity'));
  const pageRows = await sample(Math.min(config.queries, 20), () =>
    db.facts.where('entityDays').startsWith('big-entity|').limit(DOSSIER_PAGE).toArray(),
  );
  let pages = 0;
  const [dossierAllMs] = await time(async () => {
    let offset: number | null = 0;
    while (offset !== null) {
      const page: Awaited<ReturnType<typeof getDossierPage>> = await getDossierPage(db, 'big-entity', {
        offset,
      });
      pages++;
      offset = page?.next ?? null;
    }
  });
  const [allRowsMs] = await time(() => db.facts.where('entities').equals('big-entity').toArray());
  const [wholeDossierMs] = await time(() => getCardData(db, 'big-entity'));
  db.close();
  baseline.close();
  return {
    rows: {
      entities: pack.entities.length,
      facts: pack.facts.length,
      sources: pack.sources.length,
      notes: pack.notes?.length ?? 0,
    },
    importMs,
    checkMs,
    baselineMs,
    storedRows,
    card,
    factGet,
    bundledCard,
    nameSearch,
    search,
    commonSearch,
    big: {
      facts: config.bigFacts,
      shown,
      card: bigCard,
      sameRows: bigSameRows,
      coldCard: stats(coldCard),
      coldBase: stats(coldBase),
      dossierFirst,
      pageRows,
      dossierAllMs,
      pages,
      pageSize: DOSSIER_PAGE,
      allRowsMs,
      wholeDossierMs,
    },
  };
}

/** What `runDataBench` measures (see data-bench.ts for how it is printed). */
export type BenchResult = Awaited<ReturnType<typeof runDataBench>>;

(globalThis as unknown as { runDataBench: typeof runDataBench }).runDataBench = runDataBench;
