/**
 * Runs inside Chromium (bundled by data-bench.ts): imports a generated pack into Gloss's store
 * through the real import path, then times the card's and the dossier's queries, each beside a
 * baseline measured in the same page. The import's baseline is bare Dexie `bulkPut` of exactly the
 * rows the import stores (derived by the same function), in one transaction, into a fresh store of
 * the same schema holding the bundled pack, as the import's store does; timed before and after
 * the import, and the faster of the two counts.
 */
import Dexie from 'dexie';
import type { Pack, PackInput } from '../../src/core/dataset/pack';
import { parsePack } from '../../src/core/dataset/parse-pack';
import { bundledPackInput } from '../../src/data/bundled-pack';
import { getCardData, getCompactCard } from '../../src/db/card-query';
import { DOSSIER_PAGE, getDossierPage } from '../../src/db/dossier-query';
import { GlossDb } from '../../src/db/gloss-db';
import { importPack } from '../../src/db/manage-packs';
import { MatcherStore } from '../../src/db/matcher-store';
import { searchData } from '../../src/db/search-data';
import { seedBundled } from '../../src/db/seed-bundled';
import { packRows } from '../../src/db/write-pack';
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
const TABLES = ['entities', 'facts', 'sources', 'notes', 'factDays'] as const;

/** The bench's configuration: the generated pack's size and how many samples each query gets. */
export interface BenchConfig {
  entities: number;
  factsPer: number;
  queries: number;
  searches: number;
  coldOpens: number;
  bigFacts: number;
}

/** Collects garbage between phases when the browser allows it, so one phase's leftovers are not timed in the next. */
function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Bare `bulkPut` of `rows` into a fresh store of Gloss's schema (with the bundled pack in it), in one transaction. */
async function bareWrite(name: string, bundled: Pack, rows: ReturnType<typeof packRows>): Promise<number> {
  await Dexie.delete(name);
  const store = new GlossDb(name);
  await seedBundled(store, bundled);
  collect();
  const [ms] = await time(() =>
    store.transaction('rw', [...TABLES], async () => {
      for (const t of TABLES) await store.table(t).bulkPut(rows[t]);
    }),
  );
  store.close();
  await Dexie.delete(name);
  return ms;
}

/** The rows importing `input` stores, with the pack's id and sizes. */
function storedRowsOf(input: PackInput) {
  const parsed = parsePack(input);
  if (!parsed.ok) throw new Error('generated pack invalid');
  const { entities, facts, sources, notes } = parsed.pack;
  return {
    rows: packRows(parsed.pack) as ReturnType<typeof packRows> | null,
    counts: { entities: entities.length, facts: facts.length, sources: sources.length, notes: notes.length },
    packId: parsed.pack.id,
  };
}

async function runDataBench(config: BenchConfig) {
  for (const name of [BENCH, BASELINE]) await Dexie.delete(name);
  let pack: PackInput | null = generatePack({
    entities: config.entities,
    aliasesPer: 5,
    factsPer: config.factsPer,
    sources: 5000,
  });
  const names = pack.entities.map((e) => e.name);
  const bundled = parsePack(bundledPackInput);
  if (!bundled.ok) throw new Error('bundled pack invalid');
  // Baseline: exactly the rows the import stores (the same function derives them), bulkPut into
  // the same schema; once before the import and once after, and the faster counts.
  const derived = storedRowsOf(pack);
  const { counts, packId } = derived;
  const storedRows = TABLES.reduce((n, t) => n + derived.rows![t].length, 0);
  const baselineBefore = await bareWrite(BASELINE, bundled.pack, derived.rows!);

  const db = new GlossDb(BENCH);
  await seedBundled(db, bundled.pack);
  collect();
  // The import, with the moment its first rows were stored (checking and writing overlap).
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
  const stored = await Promise.all(TABLES.map((t) => db.table(t).where('pack').equals(packId).count()));
  if (stored.reduce((a, b) => a + b, 0) !== storedRows) throw new Error('the import stored other rows');
  const baselineAfter = await bareWrite(BASELINE, bundled.pack, derived.rows!);
  const baselineMs = Math.min(baselineBefore, baselineAfter);
  // What a reader's store holds from here on: the rows, not the pack file they came from.
  pack = null;
  derived.rows = null;
  collect();

  // The matcher a restarted background serves (the browser stops an idle one): the JSON kept at
  // the last build, on a new connection, beside compiling the stored entities as a restart did.
  await new MatcherStore(db).prepare();
  let matcherChars = 0;
  const keptMatcher = await sample(config.coldOpens, async () => {
    const fresh = new GlossDb(BENCH);
    matcherChars = (await new MatcherStore(fresh).part(0)).text.length;
    fresh.close();
  });
  const compiledMatcher = await sample(config.coldOpens, async () => {
    const fresh = new GlossDb(BENCH);
    if (JSON.stringify((await new MatcherStore(fresh).current()).data).length !== matcherChars)
      throw new Error('the kept matcher is not the compiled one');
    fresh.close();
  });
  collect();

  // Small entities: the compact card beside one get by key.
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
      .startsWith(names[(q * 7919) % config.entities]!.toLowerCase().slice(0, 5))
      .limit(20)
      .toArray(),
  );
  // As a reader types: a prefix of a name, then the name and a word of the statements.
  const search = await sample(config.searches * 2, (q) => {
    const name = names[(Math.floor(q / 2) * 7919) % config.entities]!;
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
  collect();
  // Warm. The card's samples first, then the baselines: a large read leaves garbage that would
  // land in the next card sample.
  let shown = 0;
  const bigCard = await sample(days.length, async (q) => {
    const data = await getCompactCard(db, 'big-entity', days[q]!);
    // The card fits one to three facts into its reading budget, depending on their length.
    const shownFacts = data?.facts.length ?? 0;
    if (data?.total !== config.bigFacts || shownFacts < 1 || shownFacts > 3) {
      throw new Error(`big card is wrong: ${data?.total} facts in all, ${shownFacts} shown`);
    }
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
  // The browser's own cost of counting the entity's facts by index, which the card avoids by adding
  // up the counts by day stored at import (slow on some builds: 155 ms on Chromium 150).
  const bigCount = await sample(Math.min(config.queries, 20), () =>
    db.facts.where('entityDays').between('big-entity|', 'big-entity|\uffff', true, true).count(),
  );
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
  return {
    rows: counts,
    importMs,
    checkMs,
    baselineMs,
    baselineBefore,
    baselineAfter,
    storedRows,
    matcher: { chars: matcherChars, kept: keptMatcher, compiled: compiledMatcher },
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
      count: bigCount,
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
