import { describe, expect, it } from 'vitest';
import { timeFacts } from '../../../src/core/facts/choose-card-facts';
import { CARD_READING_BUDGET } from '../../../src/core/facts/compact-card';
import { compactFactLength, toCompactFact } from '../../../src/core/facts/compact-fact';
import { bundledPack } from '../match/bundled-matcher';
import { bundledCard, bundledInfo, withPack } from './bundled-card';

const { facts, sources, notes, entities } = bundledPack;
const context = (articleDate: string | null) => ({
  sources,
  notes,
  articleDate,
  packs: { [bundledPack.id]: bundledInfo },
  entityPack: bundledPack.id,
});
const timed = (id: string, day: string | null) =>
  timeFacts(withPack(facts.filter((f) => f.id === id)), sources, notes, day)[0]!;

describe('toCompactFact', () => {
  it('words the 2 March summit on a 21 May article: the event’s day, reported later on 4 June', () => {
    const f = toCompactFact(timed('london-summit-coalition-announced', '2025-05-21'), context('2025-05-21'));
    expect(f.when).toBe('2 Mar 2025');
    expect(f.label).toBe('2 Mar 2025, reported 4 Jun');
    expect(f.reportedLater).toBe(true);
    expect(f.reportedOn).toBe('4 Jun');
    expect(f.provenance).toBe('TRT World only · own reporting');
    expect(f.pack).toBeNull();
    expect(compactFactLength(f)).toBe(
      `${f.title} 2 Mar 2025 · reported later (4 Jun) · TRT World only · own reporting`.length,
    );
  });

  it.each<[string | null]>([['2025-06-05'], [null]])('keeps the year on a %s article', (day) => {
    const f = toCompactFact(timed('us-declines-air-defence-for-force', day), context(day));
    expect(f.when).toMatch(/4 Jun 2025$/);
    expect(f.reportedOn).toBeNull();
  });
});

describe('compactCard within its reading budget', () => {
  const card = (entityId: string, day: string | null, budget?: number) =>
    bundledCard(entityId, day, budget ? { budget } : {});

  it.each(
    entities.flatMap((e) => ['2025-01-25', '2025-05-21', '2025-06-04', null].map((d) => [e.id, d] as const)),
  )('%s on %s: at most three facts, their words within the budget', (id, day) => {
    const c = card(id, day);
    expect(c.facts.length).toBeLessThanOrEqual(3);
    if (c.asOfCount > 0) expect(c.facts.length).toBeGreaterThan(0);
    const words =
      c.entity.name.length +
      (c.role?.length ?? 0) +
      c.description.length +
      c.facts.reduce((n, f) => n + compactFactLength(f), 0);
    expect(words).toBeLessThan(CARD_READING_BUDGET);
  });

  it('shows fewer facts, with shorter titles first, as the budget shrinks', () => {
    const counts = [1200, 600, 450, 300].map((b) => card('donald-trump', '2025-06-04', b).facts.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBe(3);
    expect(counts.at(-1)).toBe(1);
    const roomy = card('donald-trump', '2025-06-04', 1200).facts[0]!.title;
    const tight = card('donald-trump', '2025-06-04', 300).facts[0]!.title;
    expect(tight.length).toBeLessThanOrEqual(roomy.length);
  });
});
