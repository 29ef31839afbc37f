import { describe, expect, it } from 'vitest';
import { PackSchema } from '../../../src/core/dataset/pack';
import { aliasesFromEntities } from '../../../src/core/match/aliases-from-entities';
import { compileMatcher, foldAlias } from '../../../src/core/match/compile-matcher';
import { foldCode, IGNORABLE, isWordCode, SPACE } from '../../../src/core/match/fold-char';
import { Matcher, type RawMatch } from '../../../src/core/match/matcher';
import { fromBase64, toBase64 } from '../../../src/core/match/matcher-bytes';
import type { MatcherAlias } from '../../../src/core/match/matcher-data';
import { generatePack } from '../../bench/generate-pack';
import { seededRandom } from '../../support/seeded-random';
import { bundledPack } from './bundled-matcher';

type Walker = { longestAt(text: string, start: number): RawMatch | null };

/**
 * What `scan` must find, without any skipping: a walk of the trie at every place a mention may
 * begin by the word rule alone (not inside a word, not at an invisible character).
 */
function walkEverywhere(matcher: Matcher, text: string): RawMatch[] {
  const walker = matcher as unknown as Walker;
  const found: RawMatch[] = [];
  let wordBefore = false;
  for (let i = 0; i < text.length; ) {
    const c = foldCode(text.charCodeAt(i));
    const hit = c !== IGNORABLE && !(wordBefore && isWordCode(c)) ? walker.longestAt(text, i) : null;
    if (hit) {
      found.push(hit);
      i = hit.end;
      const last = foldCode(text.charCodeAt(i - 1));
      wordBefore = last !== IGNORABLE ? isWordCode(last) : wordBefore;
      continue;
    }
    if (c !== IGNORABLE) wordBefore = isWordCode(c);
    i++;
  }
  return matcher.finishScan({ text, offset: text.length, found });
}

const PIECES = [
  'Keir',
  'Starmer',
  'starmer',
  'STARMER',
  'Kei',
  'r',
  'NATO',
  'Nato',
  'nato',
  'NAto',
  'OTAN',
  'coalition',
  'Coalition',
  'COALITION',
  'coa',
  'of',
  'the',
  'willing',
  'Willing',
  'Trump',
  'trump',
  'TRUMP',
  'Tr',
  'ump',
  'Jr',
  'Donald',
  'Макрон',
  'макрон',
  'Путін',
  'Zelenskyy',
  'Zelensky',
  'reassurance',
  'force',
  'forces',
  'for',
  'Macron',
  'Mac',
  'Emmanuel',
  'McCallum',
  'von der Leyen',
  'Von',
  'x',
  'é',
  'É',
  'Ké',
  'K\u212aeir',
  '\u212a',
  ' ',
  ' ',
  ' ',
  '  ',
  '\t',
  '\n',
  '\u00a0',
  '\u00ad',
  '\u200b',
  '’',
  "'",
  '“',
  '"',
  '-',
  '–',
  '(',
  ')',
  '.',
  ',',
  '/',
  '_',
  '1',
  '…',
  '的',
];

function randomTexts(seed: number, count: number, pieces: string[]): string[] {
  const next = seededRandom(seed);
  return Array.from({ length: count }, () =>
    Array.from(
      { length: 4 + Math.floor(next() * 40) },
      () => pieces[Math.floor(next() * pieces.length)]!,
    ).join(''),
  );
}

const bundled = aliasesFromEntities(bundledPack.entities);
const generated = aliasesFromEntities(
  PackSchema.parse(generatePack({ entities: 500, aliasesPer: 5, factsPer: 0, sources: 1 })).entities,
);
const oneUnit: MatcherAlias[] = [
  { entityId: 'x', text: 'X', rule: 'capitalised' },
  { entityId: 'xyz', text: 'xyz', rule: 'any-case' },
  { entityId: 'q', text: '"Q', rule: 'capitalised' },
  { entityId: 'wide', text: 'Aé', rule: 'capitalised' },
  { entityId: 'space', text: 'A B', rule: 'any-case' },
  { entityId: 'listed', text: 'deGaulle', rule: 'capitalised' },
  { entityId: 'second', text: 'aB', rule: 'capitalised' },
  { entityId: 'tag', text: '#Tag', rule: 'capitalised' },
];

describe('the start filter passes every place a mention begins', () => {
  const matchers: [string, Matcher, string[]][] = [
    ['the bundled aliases', new Matcher(compileMatcher(bundled)), PIECES],
    [
      'bundled and 500 generated entities',
      new Matcher(compileMatcher([...bundled, ...generated])),
      [...PIECES, ...generated.slice(0, 60).map((a) => a.text)],
    ],
    [
      'one-unit, wide, spaced and listed-capital aliases',
      new Matcher(compileMatcher(oneUnit)),
      [
        'X',
        'x',
        '"',
        'Q',
        'q',
        'A',
        'a',
        'B',
        'b',
        'deGaulle',
        'DeGaulle',
        'de Gaulle',
        'é',
        ' ',
        '  ',
        '\u00ad',
        '-',
        'Z',
      ],
    ],
  ];

  it.each(matchers)('with %s, on 400 random texts, as a walk at every word start finds', (_l, m, pieces) => {
    let found = 0;
    const next = seededRandom(11);
    for (const text of randomTexts(7, 400, pieces)) {
      const expected = walkEverywhere(m, text);
      expect(m.scan(text), JSON.stringify(text)).toEqual(expected);
      // The same read in pieces of 1 to 7 code units (a long text matched across slices).
      const cursor = m.startScan(text);
      while (!m.continueScan(cursor, 1 + Math.floor(next() * 7)));
      expect(m.finishScan(cursor), JSON.stringify(text)).toEqual(expected);
      found += expected.length;
    }
    expect(found).toBeGreaterThan(100);
  });

  it.each(matchers)(
    'with %s, where invisible characters and runs of spaces fall inside the first three units',
    (_l, m, pieces) => {
      const next = seededRandom(5);
      const inserts = ['\u00ad', '\u200b', '\u034f', ' ', '  ', '\t', '\u00a0', '\n'];
      let found = 0;
      for (const base of randomTexts(3, 300, pieces)) {
        // Something invisible or a run of spaces after the first, second or third unit of a word.
        const at = base.search(/\b\w/);
        const text =
          at < 0
            ? base
            : `${base.slice(0, at + 1 + Math.floor(next() * 3))}${inserts[Math.floor(next() * inserts.length)]}${base.slice(at + 1 + Math.floor(next() * 3))}`;
        const expected = walkEverywhere(m, text);
        expect(m.scan(text), JSON.stringify(text)).toEqual(expected);
        found += expected.length;
      }
      expect(found).toBeGreaterThan(20);
    },
  );

  const m = new Matcher(compileMatcher(bundled));
  it.each<[string, string[]]>([
    ['Keir Starmer met NATO.', ['Keir Starmer', 'NATO']],
    ['keir starmer met nato and trump', []],
    ['KEIR STARMER AND THE COALITION OF THE WILLING', ['KEIR STARMER', 'COALITION OF THE WILLING']],
    [
      'Keir  Starmer (two spaces), Keir\tStarmer, Keir\u00a0Starmer',
      ['Keir  Starmer', 'Keir\tStarmer', 'Keir\u00a0Starmer'],
    ],
    ['Star\u00admer and Ma\u200bcron', ['Star\u00admer', 'Ma\u200bcron']],
    ['\u00adTrump at the start, and “Trump” in quotes', ['Trump', 'Trump']],
    ['pro-Trump and anti-NATO', ['Trump', 'NATO']],
    ['Trumpism and NATOs and Macronist', []],
    ['the \u212aeir of it', []],
    ['xTrump, _Trump, 1Trump, éTrump', []],
    ['Путін і Макрон', ['Путін', 'Макрон']],
    ['Starme', []],
    ['Trump', ['Trump']],
  ])('in %j finds %j', (text, spans) => {
    expect(m.scan(text).map((x) => text.slice(x.start, x.end))).toEqual(spans);
    expect(m.scan(text)).toEqual(walkEverywhere(m, text));
  });
});

describe('what the start filter relies on', () => {
  it('every ASCII unit folds to an ASCII unit, never to nothing', () => {
    for (let code = 0; code < 128; code++) {
      const folded = foldCode(code);
      expect(folded, `U+${code.toString(16)}`).toBeGreaterThanOrEqual(0);
      expect(folded).toBeLessThan(128);
    }
  });

  it.each(['  Keir  Starmer ', '\tNATO', 'A \u00a0\t B', '\u00ad Trump'])(
    'aliases fold with no space first and no two in a row: %j',
    (text) => {
      const { codes } = foldAlias({ text });
      expect(codes[0]).not.toBe(SPACE);
      expect(codes.some((c, i) => c === SPACE && codes[i + 1] === SPACE)).toBe(false);
    },
  );

  it.each<[string, MatcherAlias[], string, string[]]>([
    ['no aliases', [], 'Keir Starmer', []],
    [
      'only one-unit aliases',
      [
        { entityId: 'x', text: 'X', rule: 'capitalised' },
        { entityId: 'y', text: 'y', rule: 'any-case' },
      ],
      'X marks y, not xY or Y2',
      ['X', 'y'],
    ],
  ])('a matcher of %s finds what a walk finds', (_label, aliases, text, spans) => {
    const m = new Matcher(compileMatcher(aliases));
    expect(m.scan(text).map((x) => text.slice(x.start, x.end))).toEqual(spans);
    expect(m.scan(text)).toEqual(walkEverywhere(m, text));
  });

  it('refuses compiled start kinds out of range', () => {
    const packed = compileMatcher(bundled);
    const bytes = fromBase64(packed.packed);
    bytes[bytes.length - 1] = 0xff;
    expect(() => new Matcher({ ...packed, packed: toBase64(bytes) })).toThrow(/start kinds/);
  });
});
