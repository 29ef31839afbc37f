import { describe, expect, it } from 'vitest';
import { PackSchema } from '../../../src/core/dataset/pack';
import { aliasesFromEntities } from '../../../src/core/match/aliases-from-entities';
import { compileMatcher } from '../../../src/core/match/compile-matcher';
import { Matcher } from '../../../src/core/match/matcher';
import { ByteReader, ByteWriter, fromBase64, toBase64 } from '../../../src/core/match/matcher-bytes';
import type { MatcherAlias } from '../../../src/core/match/matcher-data';
import { findMentions } from '../../../src/core/match/resolve-mentions';
import { generatePack } from '../../bench/generate-pack';
import { seededRandom } from '../../support/seeded-random';
import { bundledPack } from './bundled-matcher';

const utf8 = (aliases: MatcherAlias[]) =>
  aliases.reduce((n, a) => n + new TextEncoder().encode(a.text).length, 0);

describe('matcher bytes', () => {
  it.each([[[0]], [[1, 127, 128, 255, 16_383, 16_384]], [[65_535, 2 ** 21, 2 ** 28 - 1, 2 ** 32 - 1]]])(
    'reads back the varints %j',
    (values) => {
      const w = new ByteWriter();
      for (const v of values) w.varint(v);
      const r = new ByteReader(w.finish());
      expect(values.map(() => r.varint())).toEqual(values);
      expect(() => r.varint()).toThrow(/ends early/);
    },
  );

  it('reads back 20,000 seeded random varints of every length, and refuses a sixth byte', () => {
    const random = seededRandom(7);
    const values = Array.from({ length: 20_000 }, () => Math.floor(2 ** (random() * 32)) - 1);
    values.push(2 ** 28, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 2);
    const w = new ByteWriter();
    for (const v of values) w.varint(v);
    const r = new ByteReader(w.finish());
    expect(values.map(() => r.varint())).toEqual(values);
    expect(() => new ByteReader(Uint8Array.from([0x80, 0x80, 0x80, 0x80, 0x80, 0x01])).varint()).toThrow(
      /oversized/,
    );
    expect(() => new ByteReader(Uint8Array.from([0x80, 0x80])).varint()).toThrow(/ends early/);
  });

  it.each([0, 1, 2, 3, 4, 5, 100, 70_000])('round-trips %i bytes through base64 like the platform', (n) => {
    const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 131 + 7) & 255);
    const text = toBase64(bytes);
    expect(text).toBe(Buffer.from(bytes).toString('base64'));
    expect([...fromBase64(text)]).toEqual([...bytes]);
  });

  it.each(['abc!', 'ab\u00e9c', '{}'])('refuses %j as base64', (text) => {
    expect(() => fromBase64(text)).toThrow(/not base64/);
  });
});

describe('compact matcher', () => {
  const bundled = aliasesFromEntities(bundledPack.entities);
  const generated = aliasesFromEntities(
    PackSchema.parse(generatePack({ entities: 2000, aliasesPer: 5, factsPer: 0, sources: 1 })).entities,
  );
  const long: MatcherAlias[] = Array.from({ length: 2000 }, (_, i) => ({
    entityId: `long-${i % 10}`,
    text: `The Standing Committee on Defence and Security Matters Number ${i} of the Assembly`,
    rule: 'capitalised',
  }));

  it.each([
    ['the bundled aliases', bundled],
    ['2,000 generated entities', generated],
    ['2,000 long aliases sharing prefixes', long],
  ])('with %s is at most twice the UTF-8 size of the alias text, as JSON', (_label, aliases) => {
    expect(JSON.stringify(compileMatcher(aliases)).length).toBeLessThanOrEqual(2 * utf8(aliases));
  });

  it.each<[string, string[]]>([
    ['Keir Starmer and NATO, with the reassurance force.', ['Keir Starmer', 'NATO', 'reassurance force']],
    ['President Zelenskyy spoke to Macron.', ['Zelenskyy', 'Macron']],
  ])('restores each alias as written from the packed form: %s', (text, aliases) => {
    const m = new Matcher(compileMatcher(bundled));
    expect(findMentions(m, text).map((x) => x.alias)).toEqual(aliases);
  });

  it.each([
    ['another format', { format: 1, entityIds: [], entityKinds: [], packed: '' }],
    [
      'bytes that end early',
      { format: 3, entityIds: [], entityKinds: [], packed: toBase64(Uint8Array.of(5)) },
    ],
    ['not base64', { format: 3, entityIds: [], entityKinds: [], packed: '***' }],
    ['a pattern of an unknown entity', { ...compileMatcher(bundled), entityIds: ['only-one'] }],
  ])('refuses %s with a plain error', (_label, data) => {
    expect(() => new Matcher(data as never)).toThrow(/matcher data/);
  });

  const texts = [
    'Keir Starmer met Emmanuel Macron; Starmer and Macron then called Zelenskyy about the coalition of the willing.',
    `${'x '.repeat(5000)}Vladimir Putin${' y'.repeat(5000)} NATO`,
    'Melania Trump and Donald Trump; Trump’s team. COALITION OF THE WILLING',
  ];
  it.each(texts.flatMap((text) => [1, 7, 64, 1000].map((step) => [text.slice(0, 40), step, text] as const)))(
    'finds the same in %j read %i code units at a time as in one scan',
    (_label, step, text) => {
      const m = new Matcher(compileMatcher(bundled));
      const cursor = m.startScan(text);
      while (!m.continueScan(cursor, step));
      expect(m.finishScan(cursor)).toEqual(m.scan(text));
      expect(m.scan(text).length).toBeGreaterThan(0);
    },
  );
});
