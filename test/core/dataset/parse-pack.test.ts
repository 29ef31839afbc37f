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
  ])('rejects %s, naming the path', (_name, change, expected) => {
    const problems = problemsOf(withChange(change));
    expect(
      problems.some((p) => expected.test(p)),
      problems.join('\n'),
    ).toBe(true);
  });

  it.each([null, 42, 'pack', [], {}])('rejects %j without throwing', (input) => {
    expect(problemsOf(input).length).toBeGreaterThan(0);
  });
});
