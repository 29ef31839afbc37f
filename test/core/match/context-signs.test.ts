import { describe, expect, it } from 'vitest';
import { CONTEXT_STEMS, type ContextBlock, fitsContext } from '../../../src/core/match/context-rule';
import { isCapitalised, keyOf } from '../../../src/core/match/words-around';
import { seededRandom } from '../../support/seeded-random';
import { bundledMatcher } from './bundled-matcher';

// The rule as first written: every block lower-cased into one text, then each list of stems
// searched in it. The rule reads blocks one by one and stops at the answer; it must agree.
const { fits: FITS, other: OTHER, coalition: COALITION } = CONTEXT_STEMS;

function reference(blocks: readonly ContextBlock[], self: number): boolean {
  const lower = blocks.map((b) => `${b.text.toLowerCase()}\n`).join('');
  if (FITS.some((s) => lower.includes(s))) return true;
  if (OTHER.some((s) => lower.includes(s)) || /\b2003\b/.test(lower)) return false;
  const data = bundledMatcher.data;
  const context = new Set(data.contextPatterns);
  const other = blocks.some((b) =>
    (b.raw ?? []).some((m) =>
      m.patterns.some((p) => {
        const e = data.patternEntity[p]!;
        return e >= 0 && e !== self && !context.has(p) && /person|topic/.test(data.entityKinds[e] ?? '');
      }),
    ),
  );
  return other || COALITION.some((s) => lower.includes(s)) || /\b(uk|u\.k\.|eu)\b/.test(lower);
}

const SIGNS = [
  ...FITS.map((s) => s.toUpperCase()),
  ...OTHER,
  ...COALITION.map((s) => s[0]!.toUpperCase() + s.slice(1)),
  'Kyiv',
  'ПЕРЕМИР',
  'in 2003',
  'UK',
  'the U.K.',
  'EU',
  'Europe',
];
const PLAIN = [
  '12003',
  'Starmer',
  'Macron',
  'the coalition of the willing',
  'reassurance force',
  'deterrent force',
  'talks',
  'on Tuesday',
  'Iraqi',
  'peace',
  'deal',
  'Geneva',
  'ukulele',
  'euro',
];

describe('the context rule reads its blocks one by one and agrees with reading them joined', () => {
  const coalition = bundledMatcher.data.entityIds.indexOf('coalition-of-the-willing');
  it('on 3,000 seeded random neighbourhoods, the same block objects met again', () => {
    const random = seededRandom(16);
    const pool: ContextBlock[] = [];
    for (let i = 0; i < 40; i++) {
      const pick = (list: readonly string[]) => list[Math.floor(random() * list.length)]!;
      const words = Array.from({ length: 1 + Math.floor(random() * 4) }, () =>
        pick(random() < 0.12 ? SIGNS : PLAIN),
      );
      const text = words.join(' ');
      pool.push({ text, raw: random() < 0.8 ? bundledMatcher.scan(text) : null });
    }
    let fits = 0;
    for (let k = 0; k < 3000; k++) {
      const blocks = Array.from(
        { length: 1 + Math.floor(random() * 5) },
        () => pool[Math.floor(random() * pool.length)]!,
      );
      const expected = reference(blocks, coalition);
      if (expected) fits++;
      expect(
        fitsContext(blocks, coalition, bundledMatcher.data, (p) =>
          bundledMatcher.data.contextPatterns.includes(p),
        ),
        blocks.map((b) => b.text).join(' | '),
      ).toBe(expected);
    }
    // Both answers are common, so the comparison says something.
    expect(fits).toBeGreaterThan(600);
    expect(fits).toBeLessThan(2400);
  });

  it('reads a block again when its text changed', () => {
    const block: ContextBlock = { text: 'talks in Geneva', raw: null };
    expect(fitsContext([block], coalition, bundledMatcher.data, () => false)).toBe(false);
    block.text = 'talks on Ukraine in Geneva';
    expect(fitsContext([block], coalition, bundledMatcher.data, () => false)).toBe(true);
  });
});

describe('the word helpers agree with their plain definitions', () => {
  const SAMPLES = [
    'Trump',
    'trump',
    'Mrs.',
    'O’Brien',
    'ÉLYSÉE',
    'élysée',
    'Зеленський',
    'зеленський',
    '',
    '.',
    'J.',
    '’s',
    'W.K.',
    '1990s',
    'İstanbul',
    'ǅemal',
    'said',
    'said.',
    'o’brien',
    'mRs',
    'envoy1',
  ];
  it.each(SAMPLES)('%s', (word) => {
    expect(keyOf(word)).toBe(word.replace(/\.$/, '').replace(/’/g, "'").toLowerCase());
    expect(isCapitalised(word)).toBe(/^\p{Lu}/u.test(word));
  });
});
