import { describe, expect, it } from 'vitest';
import type { PackInput } from '../../../src/core/dataset/pack';
import { parsePack } from '../../../src/core/dataset/parse-pack';
import { bundledPackInput } from '../../../src/data/bundled-pack';

function withChange(change: (pack: PackInput) => void): PackInput {
  const copy = structuredClone(bundledPackInput);
  change(copy);
  return copy;
}

function problemsOf(input: unknown): string[] {
  const result = parsePack(input);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('parsePack', () => {
  it('accepts the bundled pack', () => {
    expect(problemsOf(bundledPackInput)).toEqual([]);
  });

  it.each<[string, (p: PackInput) => void, RegExp]>([
    [
      'a dangling entity reference',
      (p) => p.facts[0]!.entities.push('nobody-at-all'),
      /^facts\.0\.entities\.\d+: unknown entity "nobody-at-all"/,
    ],
    [
      'a dangling evidence source',
      (p) => (p.facts[1]!.evidence[0]!.source = 'no-such-source'),
      /^facts\.1\.evidence\.0\.source: unknown source/,
    ],
    ['a duplicate fact id', (p) => (p.facts[1]!.id = p.facts[0]!.id), /^facts\.1\.id: duplicate id/],
    ['a fact without evidence', (p) => (p.facts[0]!.evidence = []), /^facts\.0\.evidence: /],
    ['an undated fact', (p) => delete (p.facts[2] as { date?: unknown }).date, /^facts\.2\.date: /],
    [
      'an impossible date',
      (p) => (p.facts[0]!.date.value = '2025-02-30'),
      /^facts\.0\.date\.value: not a real calendar date/,
    ],
    [
      'a javascript: address',
      (p) => (p.sources[0]!.url = 'javascript:alert(1)'),
      /^sources\.0\.url: expected an http or https address/,
    ],
    [
      'a control character in a statement',
      (p) => (p.facts[0]!.statement = 'bad\u0007bell'),
      /^facts\.0\.statement: contains a control character \(U\+0007 at character 4\)/,
    ],
    [
      'a huge string',
      (p) => (p.entities[0]!.description = 'x'.repeat(100_000)),
      /^entities\.0\.description: /,
    ],
    [
      'an id that is not a slug',
      (p) => (p.entities[0]!.id = '<script>'),
      /^entities\.0\.id: expected a kebab-case id/,
    ],
    [
      "an entity id that is a painting highlight's name",
      (p) => (p.entities[0]!.id = 'mention'),
      /^entities\.0\.id: this id names one of the highlights Gloss paints with/,
    ],
    [
      'an entity id "active" (the emphasised mentions)',
      (p) => (p.entities[0]!.id = 'active'),
      /^entities\.0\.id: this id names one of the highlights/,
    ],
    ['an unknown field', (p) => ((p as Record<string, unknown>).extra = 1), /^\(pack\): /],
    [
      'a source relaying itself',
      (p) => p.sources[1]!.relays!.push(p.sources[1]!.id),
      /^sources\.1\.relays\.\d+: a source cannot relay itself/,
    ],
    [
      'a resolved date without its words',
      (p) => (p.facts[1]!.date = { value: '2025-02', basis: 'resolved' }),
      /^facts\.1\.date\.resolvedFrom: /,
    ],
    [
      'a quote of over 40 words',
      (p) => (p.facts[0]!.evidence[0]!.quote = 'word '.repeat(60).trim()),
      /^facts\.0\.evidence\.0\.quote: quote longer/,
    ],
    [
      'an attribution of an unknown kind',
      (p) => ((p.facts[0]!.evidence[0] as Record<string, unknown>).attribution = { kind: 'rumour' }),
      /^facts\.0\.evidence\.0\.attribution\.kind: /,
    ],
    [
      'an on-record attribution without a name',
      (p) => ((p.facts[0]!.evidence[0] as Record<string, unknown>).attribution = { kind: 'on-record' }),
      /^facts\.0\.evidence\.0\.attribution\.who: /,
    ],
    [
      'a relay attribution to an unknown source',
      (p) => (p.facts[0]!.evidence[0]!.attribution = { kind: 'relay', of: 'no-such-report' }),
      /^facts\.0\.evidence\.0\.attribution\.of: unknown source "no-such-report"/,
    ],
    [
      'a source known through an unknown source',
      (p) => (p.sources[0]!.knownThrough = 'no-such-report'),
      /^sources\.0\.knownThrough: unknown source/,
    ],
    [
      'a source known through itself',
      (p) => (p.sources[0]!.knownThrough = p.sources[0]!.id),
      /^sources\.0\.knownThrough: a source cannot be known through itself/,
    ],
    [
      'an address of an unknown kind',
      (p) => ((p.sources[0] as Record<string, unknown>).urlKind = 'guess'),
      /^sources\.0\.urlKind: /,
    ],
    [
      'a retrieval date that is not a day',
      (p) => (p.sources[0]!.retrieved = '2026-12'),
      /^sources\.0\.retrieved: expected YYYY-MM-DD/,
    ],
    [
      'a QID that is not one',
      (p) => (p.entities[0]!.qid = 'Wikidata'),
      /^entities\.0\.qid: expected a Wikidata id/,
    ],
    [
      'a description source that does not resolve',
      (p) => (p.entities[0]!.descriptionSources = ['no-such-report']),
      /^entities\.0\.descriptionSources\.0: unknown source/,
    ],
    [
      'a date relation of an unknown kind',
      (p) => ((p.facts[0]!.date as Record<string, unknown>).relation = 'around'),
      /^facts\.0\.date\.relation: /,
    ],
  ])('rejects %s, naming the path', (_name, change, expected) => {
    const problems = problemsOf(withChange(change));
    expect(
      problems.some((p) => expected.test(p)),
      problems.join('\n'),
    ).toBe(true);
  });

  it.each<[string, (p: PackInput) => void]>([
    [
      'on-record',
      (p) =>
        (p.facts[0]!.evidence[0]!.attribution = {
          kind: 'on-record',
          who: 'Matthew Whitaker',
          setting: 'told reporters in Brussels',
        }),
    ],
    [
      'unnamed',
      (p) =>
        (p.facts[0]!.evidence[0]!.attribution = {
          kind: 'unnamed',
          described: 'people familiar with the matter',
        }),
    ],
    ['outlet', (p) => (p.facts[0]!.evidence[0]!.attribution = { kind: 'outlet' })],
    ['relay', (p) => (p.facts[0]!.evidence[0]!.attribution = { kind: 'relay', of: p.sources[0]!.id })],
    ['no attribution (an older pack)', (p) => delete p.facts[0]!.evidence[0]!.attribution],
    [
      'a by date',
      (p) => (p.facts[0]!.date = { value: '2025-01-24', relation: 'by', basis: 'inferred', note: 'earlier' }),
    ],
    ['an announced plan', (p) => (p.facts[0]!.announced = { value: '2025-06-04', basis: 'printed' })],
    [
      'a reference source',
      (p) =>
        p.sources.push({
          ...p.sources[0]!,
          id: 'wd-q7184',
          kind: 'reference',
          urlKind: 'reference',
          retrieved: '2026-12-01',
          relays: [],
        }),
    ],
    ['contributors', (p) => (p.sources[0]!.contributors = ['Ania Nussbaum'])],
    ['an alias that needs context', (p) => (p.entities[0]!.aliases[0]!.needsContext = true)],
  ])('accepts the new field: %s', (_name, change) => {
    expect(problemsOf(withChange(change))).toEqual([]);
  });

  it('accepts an old pack whose sources are marked anonymous, and drops the flag', () => {
    const old = withChange((p) => {
      for (const s of p.sources) (s as Record<string, unknown>).anonymous = true;
    });
    const result = parsePack(old);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.pack.sources.some((s) => 'anonymous' in s)).toBe(false);
  });

  it.each([null, 42, 'pack', [], {}])('rejects %j without throwing', (input) => {
    expect(problemsOf(input).length).toBeGreaterThan(0);
  });
});
