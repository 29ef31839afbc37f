/**
 * Runs inside Chromium (bundled by data-bench.ts): imports a generated pack into Gloss's store
 * through the real import path, then times the card's queries, each beside a baseline measured
 * in the same page.
 */
import Dexie from 'dexie';
import { parsePack } from '../../src/core/dataset/parse-pack';
import { bundledPackInput } from '../../src/data/bundled-pack';
import { getCardData, getCompactCard } from '../../src/db/card-query';
import { GlossDb } from '../../src/db/gloss-db';
import { importPack } from '../../src/db/manage-packs';
import { searchData } from '../../src/db/search-data';
import { seedBundled } from '../../src/db/seed-bundled';
import { generateBigEntityPack, generatePack } from './generate-pack';

interface Timing {
  median: number;
  p95: number;
}

function stats(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)]!,
    p95: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!,
  };
}

async function time<T>(run: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await run();
  return [performance.now() - start, result];
}

async function runDataBench(config: { entities: number; factsPer: number; queries: number }) {
  await Dexie.delete('gloss-bench');
  await Dexie.delete('gloss-bench-baseline');
  const pack = generatePack({
    entities: config.entities,
    aliasesPer: 5,
    factsPer: config.factsPer,
    sources: 5000,
  });
  const db = new GlossDb('gloss-bench');
  const bundled = parsePack(bundledPackInput);
  if (!bundled.ok) throw new Error('bundled pack invalid');
  await seedBundled(db, bundled.pack);

  const [importMs, result] = await time(() => importPack(db, pack));
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.problems.slice(0, 3))}`);

  // Baseline: the same rows written with bare bulkPut into an equivalent table, no validation.
  const baseline = new Dexie('gloss-bench-baseline');
  baseline.version(1).stores({ entities: 'id', facts: 'id, *entities', sources: 'id', notes: 'id' });
  await baseline.open();
  const [baselineMs] = await time(() =>
    baseline.transaction('rw', ['entities', 'facts', 'sources', 'notes'], async () => {
      await baseline.table('entities').bulkPut(pack.entities);
      await baseline.table('facts').bulkPut(pack.facts);
      await baseline.table('sources').bulkPut(pack.sources);
      await baseline.table('notes').bulkPut(pack.notes ?? []);
    }),
  );

  const card: number[] = [];
  const factGet: number[] = [];
  const nameSearch: number[] = [];
  for (let q = 0; q < config.queries; q++) {
    const e = (q * 7919) % config.entities;
    const [cardMs, data] = await time(() => getCardData(db, `gen-${e}`));
    if (!data || data.facts.length !== config.factsPer) throw new Error(`card for gen-${e} is wrong`);
    card.push(cardMs);
    factGet.push((await time(() => db.facts.get(`gen-${e}-fact-0`)))[0]);
    const name = pack.entities[e]!.name.toLowerCase();
    nameSearch.push(
      (await time(() => db.entities.where('names').startsWith(name.slice(0, 5)).limit(20).toArray()))[0],
    );
  }
  const search: number[] = [];
  const commonSearch: number[] = [];
  for (let q = 0; q < Math.min(config.queries, 100); q++) {
    const e = (q * 7919) % config.entities;
    const name = pack.entities[e]!.name;
    // As a reader types: a prefix of a name, then the name and a word of the statements.
    search.push((await time(() => searchData(db, { text: name.slice(0, 4) })))[0]);
    search.push((await time(() => searchData(db, { text: `${name} thing` })))[0]);
    commonSearch.push((await time(() => searchData(db, { text: 'generated' })))[0]);
  }
  const bundledCard: number[] = [];
  for (let q = 0; q < config.queries; q++) {
    bundledCard.push((await time(() => getCardData(db, 'donald-trump')))[0]);
  }
  // One entity with 20,000 facts: the compact card against bare Dexie reads of the same rows.
  const big = generateBigEntityPack(20_000);
  const bigImport = await importPack(db, big);
  if (!bigImport.ok) throw new Error(`big import failed: ${JSON.stringify(bigImport.problems.slice(0, 3))}`);
  const bigCard: number[] = [];
  const bigAllRows: number[] = [];
  const bigSameRows: number[] = [];
  let bigShown = 0;
  const bigDays = Array.from(
    { length: Math.min(config.queries, 40) },
    (_, q) => `202${q % 5}-${String((q % 12) + 1).padStart(2, '0')}-15`,
  );
  // The card's samples first, then the baselines: a 20,000-row read leaves garbage that would
  // land in the next card sample.
  for (const day of bigDays) {
    const [ms, card] = await time(() => getCompactCard(db, 'big-entity', day));
    if (card?.total !== 20_000 || card.facts.length !== 3) throw new Error('big card is wrong');
    bigShown = card.facts.length;
    bigCard.push(ms);
  }
  for (const day of bigDays) {
    const ids = await db.facts
      .where('entityDays')
      .between('big-entity|', `big-entity|${day}`, true, true)
      .reverse()
      .limit(48)
      .primaryKeys();
    bigSameRows.push((await time(() => db.facts.bulkGet(ids)))[0]);
  }
  for (const _ of bigDays.slice(0, 10)) {
    bigAllRows.push((await time(() => db.facts.where('entities').equals('big-entity').toArray()))[0]);
  }
  const [bigDossierMs] = await time(() => getCardData(db, 'big-entity'));
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
    baselineMs,
    card: stats(card),
    bundledCard: stats(bundledCard),
    factGet: stats(factGet),
    nameSearch: stats(nameSearch),
    search: stats(search),
    commonSearch: stats(commonSearch),
    big: {
      facts: 20_000,
      shown: bigShown,
      card: stats(bigCard),
      allRows: stats(bigAllRows),
      sameRows: stats(bigSameRows),
      dossierMs: bigDossierMs,
    },
  };
}

(globalThis as unknown as { runDataBench: typeof runDataBench }).runDataBench = runDataBench;
