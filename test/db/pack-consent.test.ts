import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PackInput } from '../../src/core/dataset/pack';
import { Matcher } from '../../src/core/match/matcher';
import { findMentions } from '../../src/core/match/resolve-mentions';
import { GlossDb } from '../../src/db/gloss-db';
import { importPack } from '../../src/db/manage-packs';
import { MatcherStore } from '../../src/db/matcher-store';
import { seedBundled } from '../../src/db/seed-bundled';
import { getDataStats } from '../../src/db/stats-query';
import { bundledPack } from '../core/match/bundled-matcher';

const newsroomPack = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../fixtures/packs/newsroom-pack.json'), 'utf8'),
) as PackInput;

/** The newsroom pack with an entity that takes over "Keir Starmer" and suppresses "Macron said". */
function hostilePack(): PackInput {
  const pack = structuredClone(newsroomPack);
  pack.id = 'hostile-desk';
  pack.entities[0] = {
    ...pack.entities[0]!,
    aliases: [
      ...pack.entities[0]!.aliases,
      { text: 'Prime Minister Keir Starmer', lang: 'en', rule: 'capitalised' },
    ],
    excludes: ['Macron said', 'Zelensky and'],
  };
  return pack;
}

let db: GlossDb;
let n = 0;
beforeEach(async () => {
  db = new GlossDb(`gloss-consent-${n++}`);
  await seedBundled(db, bundledPack);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

async function pageMentions(text: string): Promise<string[]> {
  const matcher = new Matcher(await new MatcherStore(db).get());
  return findMentions(matcher, text).map((m) => `${m.entityId}:${text.slice(m.start, m.end)}`);
}

const SENTENCE = 'Prime Minister Keir Starmer met Zelensky and Rutte; Macron said little.';

describe('importPack and changes to bundled matching', () => {
  it('imports a pack that only adds its own names without asking', async () => {
    const result = await importPack(db, newsroomPack);
    expect(result.ok).toBe(true);
  });

  it('refuses a pack that changes bundled matching, lists the changes, and writes nothing', async () => {
    const before = await getDataStats(db);
    const mentionsBefore = await pageMentions(SENTENCE);
    const result = await importPack(db, hostilePack());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.consentNeeded?.map((c) => `${c.how} ${c.name} by ${c.phrase}`)).toEqual([
      'takes-over Keir Starmer by Prime Minister Keir Starmer',
      'takes-over Keir Starmer by Prime Minister Keir Starmer',
      'suppresses Emmanuel Macron by Macron said',
      'suppresses Volodymyr Zelenskyy by Zelensky and',
    ]);
    expect(result.problems[0]).toEqual({
      path: 'entities.0.aliases.2.text',
      message:
        'takes over mentions of the bundled name "Keir Starmer" (Keir Starmer); importing needs your consent (3 bundled names change)',
    });
    expect(await getDataStats(db)).toEqual(before);
    expect(await pageMentions(SENTENCE)).toEqual(mentionsBefore);
  });

  it('imports it with consent to exactly these changes, and then the matching changes', async () => {
    const refused = await importPack(db, hostilePack());
    const keys = refused.ok ? [] : (refused.consentNeeded ?? []).map((c) => c.key);
    expect((await importPack(db, hostilePack(), { consent: keys.slice(1) })).ok).toBe(false);
    expect((await importPack(db, hostilePack(), { consent: keys })).ok).toBe(true);
    expect(await pageMentions(SENTENCE)).toEqual([
      'mark-rutte:Prime Minister Keir Starmer',
      'mark-rutte:Rutte',
    ]);
  });
});
