import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src/core/dataset/fact';
import type { Source } from '../../../src/core/dataset/source';
import { chooseCardFacts } from '../../../src/core/facts/choose-card-facts';
import { bundledPack } from '../match/bundled-matcher';

const { facts, sources, notes } = bundledPack;
const factsOf = (entityId: string) => facts.filter((f) => f.entities.includes(entityId));
const choose = (entityId: string, day: string | null) =>
  chooseCardFacts(factsOf(entityId), sources, notes, day);

describe('chooseCardFacts on the bundled data (the dataset audit’s examples)', () => {
  it.each<[string, string | null, string]>([
    // 4 June 2025: the air-defence refusal, not the caption-dated Meloni remark (audit D16, D23).
    ['donald-trump', '2025-06-04', 'us-declines-air-defence-for-force'],
    ['reassurance-force', '2025-06-04', 'us-declines-air-defence-for-force'],
    ['coalition-of-the-willing', '2025-06-05', 'us-declines-air-defence-for-force'],
    // 25 January 2025: the January report, not anything from June.
    ['keith-kellogg', '2025-01-25', 'kellogg-expected-in-kyiv'],
    // 21 May 2025: the last thing that had happened, Belgium's offer of 20 May.
    ['coalition-of-the-willing', '2025-05-21', 'belgium-ready-to-send-troops'],
  ])('%s on a %s article opens with %s', (entity, day, first) => {
    expect(choose(entity, day).shown[0]?.fact.id).toBe(first);
  });

  it('never opens a June card with a remark dated only "by" its report', () => {
    for (const entity of ['donald-trump', 'giorgia-meloni', 'nato']) {
      const ids = choose(entity, '2025-06-04').shown.map((t) => t.fact.id);
      expect(ids[0]).not.toBe('meloni-article-5-remark');
    }
  });

  it('keeps the 2 March summit "as of" a 21 May 2025 article, reported later (audit D45)', () => {
    const all = chooseCardFacts(factsOf('coalition-of-the-willing'), sources, notes, '2025-05-21', {
      limit: 99,
    });
    const summit = all.shown.find((t) => t.fact.id === 'london-summit-coalition-announced');
    expect(summit).toBeDefined();
    expect(summit!.reportedLater).toBe(true);
    expect(summit!.label).toBe('2 Mar 2025, reported 4 Jun');
    expect(all.since.count).toBe(factsOf('coalition-of-the-willing').length - all.asOfCount);
    expect(all.shown.map((t) => t.fact.id)).not.toContain('us-declines-air-defence-for-force');
  });

  it.each<[string, string | null, number]>([
    ['donald-trump', '2025-06-04', 3],
    ['donald-trump', '2025-01-25', 3],
    ['donald-trump', '2016-06-01', 0],
    ['giorgia-meloni', '2025-06-04', 3],
    ['patrick-turner', '2025-06-04', 1],
    ['coalition-of-the-willing', null, 3],
  ])('%s on %s shows %i facts (at most three)', (entity, day, count) => {
    expect(choose(entity, day).shown).toHaveLength(count);
  });

  it.each<[string, string, number, string | undefined]>([
    ['donald-trump', '2016-06-01', factsOf('donald-trump').length, 'us-declines-air-defence-for-force'],
    ['donald-trump', '2025-01-25', 11, 'us-declines-air-defence-for-force'],
    ['keir-starmer', '2025-03-01', 3, 'force-to-answer-violations'],
  ])('%s on %s: %i facts since, latest %s', (entity, day, count, latest) => {
    const { since } = choose(entity, day);
    expect(since.count).toBe(count);
    expect(since.latest?.fact.id).toBe(latest);
  });

  it('puts nothing "since" when the article date is unknown, and picks the newest', () => {
    const c = choose('coalition-of-the-willing', null);
    expect(c.since.count).toBe(0);
    expect(c.shown.every((t) => t.timing.to === '2025-06-04')).toBe(true);
  });
});

const src = (id: string, outlet: string, day: string): Source => ({
  id,
  outlet,
  title: id,
  url: `https://example.org/${id}`,
  published: { value: day, basis: 'printed' },
  language: 'en',
  relays: [],
});
const f = (id: string, date: Fact['date'], ids: string[], kind: Fact['kind'] = 'event'): Fact => ({
  id,
  entities: ['x'],
  statement: id,
  date,
  kind,
  evidence: ids.map((source) => ({ source, quote: 'q' })),
});
const small = [src('a', 'A', '2025-06-04'), src('b', 'B', '2025-06-04'), src('c', 'C', '2025-06-10')];

describe('chooseCardFacts rules', () => {
  it.each<[string, Fact[], string, string[]]>([
    [
      'closest first, then most outlets within the same week',
      [
        f('old', { value: '2025-03-01', basis: 'printed' }, ['a', 'b']),
        f('one', { value: '2025-06-02', basis: 'printed' }, ['a']),
        f('two', { value: '2025-06-01', basis: 'printed' }, ['a', 'b']),
      ],
      '2025-06-04',
      ['two', 'one', 'old'],
    ],
    [
      'a year-long "by" range counts from its middle, behind a dated event',
      [
        f('vague', { value: '2025', end: '2025-06-04', basis: 'inferred' }, ['a', 'b']),
        f('dated', { value: '2025-05-02', basis: 'printed' }, ['a']),
      ],
      '2025-06-04',
      ['dated', 'vague'],
    ],
    [
      'a "by" date that ends after the article is not yet "as of"',
      [
        f('by-later', { value: '2025', end: '2025-06-10', basis: 'inferred' }, ['c']),
        f('before', { value: '2025-06-01', basis: 'printed' }, ['a']),
      ],
      '2025-06-05',
      ['before'],
    ],
    [
      'a plan counts from its first report, not from the day it is meant for',
      [
        f('plan', { value: '2025-09', basis: 'printed' }, ['a'], 'plan'),
        f('next', { value: '2025-06-07', basis: 'printed' }, ['c']),
      ],
      '2025-06-05',
      ['plan'],
    ],
    [
      'an earlier event first reported later is still "as of"',
      [f('known-late', { value: '2025-06-01', basis: 'printed' }, ['c'])],
      '2025-06-05',
      ['known-late'],
    ],
  ])('%s', (_, list, day, ids) => {
    expect(chooseCardFacts(list, small, [], day).shown.map((t) => t.fact.id)).toEqual(ids);
  });

  it('labels dates in plain words', () => {
    const list = [
      f('on', { value: '2025-06-04', basis: 'printed' }, ['a']),
      f('by', { value: '2025', end: '2025-06-04', basis: 'inferred' }, ['a']),
      f('month', { value: '2025-02', basis: 'printed' }, ['a']),
      f('asof', { value: '2025-06-04', basis: 'inferred', relation: 'as-of' } as Fact['date'], ['a']),
      f('later', { value: '2025-06-01', basis: 'printed' }, ['c']),
    ];
    const labels = Object.fromEntries(
      chooseCardFacts(list, small, [], '2025-06-20', { limit: 9 }).shown.map((t) => [t.fact.id, t.label]),
    );
    expect(labels).toEqual({
      on: '4 Jun 2025',
      by: 'by 4 Jun 2025',
      month: 'Feb 2025, reported 4 Jun',
      asof: 'as of 4 Jun 2025',
      later: '1 Jun 2025, reported 10 Jun',
    });
  });
});

describe('chooseCardFacts within a character budget', () => {
  const list = [
    f('a-near', { value: '2025-06-03', basis: 'printed' }, ['a', 'b']),
    f('b-week', { value: '2025-05-30', basis: 'printed' }, ['a']),
    f('c-month', { value: '2025-05-01', basis: 'printed' }, ['a']),
    f('d-spring', { value: '2025-03-01', basis: 'printed' }, ['a']),
  ];
  // Each fact "costs" a length set per id, as the card's wording would.
  const lengths: Record<string, number> = { 'a-near': 120, 'b-week': 90, 'c-month': 150, 'd-spring': 60 };
  const cost = (t: { fact: Fact }) => lengths[t.fact.id]!;
  it.each<[string, number | undefined, number | undefined, string[]]>([
    ['no budget: the limit alone', undefined, 3, ['a-near', 'b-week', 'c-month']],
    ['room for all three', 360, 3, ['a-near', 'b-week', 'c-month']],
    ['the third would overrun: two', 300, 3, ['a-near', 'b-week']],
    ['stops at the first that overruns, though a later one would fit', 280, 4, ['a-near', 'b-week']],
    ['the first is always shown', 50, 3, ['a-near']],
    ['a limit of one', 999, 1, ['a-near']],
    ['a limit of none', 999, 0, []],
  ])('%s', (_, budget, limit, ids) => {
    const shown = chooseCardFacts(list, small, [], '2025-06-04', { limit, budget, cost }).shown;
    expect(shown.map((t) => t.fact.id)).toEqual(ids);
  });

  it('counts every fact "as of" and "since" whatever the budget', () => {
    const c = chooseCardFacts(list, small, [], '2025-06-04', { budget: 10, cost });
    expect(c.asOfCount).toBe(4);
    expect(c.shown).toHaveLength(1);
  });
});
