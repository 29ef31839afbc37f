import { describe, expect, it } from 'vitest';
import type { Attribution } from '../../../src/core/dataset/attribution';
import { compactProvenance } from '../../../src/core/facts/compact-provenance';
import { describeProvenance } from '../../../src/core/facts/describe-provenance';
import { bundledPack } from '../match/bundled-matcher';

const { facts, sources, notes } = bundledPack;
const fact = (id: string) => facts.find((f) => f.id === id)!;
const people: Attribution = { kind: 'unnamed', described: 'people familiar with the matter' };
const withAttribution = (id: string, a: Attribution) => {
  const f = structuredClone(fact(id));
  for (const e of f.evidence) e.attribution = a;
  return f;
};

describe('compactProvenance', () => {
  it.each<[string, ReturnType<typeof fact>, string]>([
    [
      'four outlets retelling one report, unnamed people',
      withAttribution('us-declines-air-defence-for-force', people),
      '4 outlets · 1 original (Bloomberg) · unnamed',
    ],
    [
      'an on-record speaker by name, without the setting',
      withAttribution('whitaker-praises-coalition-work', {
        kind: 'on-record',
        who: 'Matthew Whitaker',
        setting: 'told reporters in Brussels',
      }),
      '2 outlets · 1 original (Bloomberg) · on record: Matthew Whitaker',
    ],
    [
      'one outlet relaying another',
      withAttribution('kellogg-expected-in-kyiv', people),
      'UNN only, relaying Bloomberg · unnamed',
    ],
    [
      'one outlet’s own reporting',
      withAttribution('macron-visits-meloni', { kind: 'outlet' }),
      'TRT World only · own reporting',
    ],
  ])('%s', (_, f, line) => {
    expect(compactProvenance(describeProvenance(f, sources, notes))).toBe(line);
  });

  it('is shorter than the full line for every bundled fact, and at most 70 characters', () => {
    for (const f of facts) {
      const p = describeProvenance(f, sources, notes);
      const line = compactProvenance(p);
      expect(line.length).toBeLessThanOrEqual(70);
      expect(line.length).toBeLessThanOrEqual(p.summary.length);
    }
  });
});
