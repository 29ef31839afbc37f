import { describe, expect, it } from 'vitest';
import { timeFacts } from '../../../src/core/facts/choose-card-facts';
import { type FactFilter, filterFacts } from '../../../src/core/facts/filter-facts';
import { bundledPack } from '../match/bundled-matcher';

const { facts, sources, notes } = bundledPack;
const coalition = timeFacts(
  facts.filter((f) => f.entities.includes('coalition-of-the-willing')),
  sources,
  notes,
  null,
);
const byId = new Map(sources.map((s) => [s.id, s]));
const ids = (filter: FactFilter) => filterFacts(coalition, filter, byId).map((t) => t.fact.id);

describe('filterFacts', () => {
  it('filters nothing when every field is empty', () => {
    expect(ids({})).toHaveLength(coalition.length);
    expect(ids({ outlet: '', kind: '', from: '', to: '', text: '  ' })).toHaveLength(coalition.length);
  });

  it.each<[string, FactFilter, string[]]>([
    ['an outlet', { outlet: 'LIGA.net' }, ['estonia-offers-combat-unit', 'belgium-ready-to-send-troops']],
    ['a kind', { kind: 'figure' }, ['coalition-thirty-participants', 'firm-troop-pledges-single-digits']],
    [
      'a date range',
      { from: '2025-04-01', to: '2025-05-31' },
      ['estonia-offers-combat-unit', 'belgium-ready-to-send-troops'],
    ],
    ['words in any order and case', { text: 'TROOPS belgium' }, ['belgium-ready-to-send-troops']],
    ['words in an evidence quote', { text: 'London' }, ['london-summit-coalition-announced']],
    [
      'everything at once',
      { outlet: 'TRT World', kind: 'event', to: '2025-03-31' },
      ['london-summit-coalition-announced'],
    ],
    ['nothing', { text: 'no such words anywhere' }, []],
  ])('by %s', (_, filter, expected) => {
    for (const id of expected) expect(ids(filter)).toContain(id);
    if (!expected.length) expect(ids(filter)).toEqual([]);
    expect(ids(filter).length).toBeLessThan(coalition.length);
  });

  it('keeps a fact whose span overlaps the range', () => {
    // The thirty participants are dated April 2025: a range ending on 1 April still overlaps it.
    expect(ids({ to: '2025-04-01' })).toContain('coalition-thirty-participants');
    expect(ids({ from: '2025-04-30' })).toContain('coalition-thirty-participants');
    expect(ids({ from: '2025-05-01' })).not.toContain('coalition-thirty-participants');
  });
});
