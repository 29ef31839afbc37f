import { describe, expect, it } from 'vitest';
import { insideAddress } from '../../../src/core/match/address-runs';

/**
 * The rule as it read each match's own clipped token (the version before runs were read once),
 * kept as the reference: reading a run once must answer alike for every match in it.
 */
function reference(text: string, start: number, end: number): boolean {
  const space = /[\s\u00a0\u200b]/u;
  let from = start;
  const low = Math.max(0, start - 300);
  while (from > low && !space.test(text[from - 1]!)) from--;
  let to = end;
  const high = Math.min(text.length, end + 300);
  while (to < high && !space.test(text[to]!)) to++;
  if (from === start && to === end) return false;
  const token = text.slice(from, to);
  const url = token.search(/[a-z][a-z0-9+.-]*:\/\/|(?<![\w.])www\./i);
  if (url >= 0 && from + url <= start) return true;
  const host = token.search(/(?<![\w.@-])[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,}\//);
  if (host >= 0 && from + host <= start) return true;
  const at = token.indexOf('@');
  if (at < 0 || !/^@[\w-]+\.\w/.test(token.slice(at))) return false;
  let local = from + at;
  while (local > from && /[\w.+-]/.test(text[local - 1]!)) local--;
  return start >= local;
}

/** A deterministic generator (the same cases on every run). */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const PIECES = [
  'Trump',
  'meloni',
  ',',
  ' ',
  ' ',
  'https://',
  'www.',
  'bbc.co.uk/',
  '@',
  'x.org',
  '.',
  '/',
  'news',
  '-',
];

describe('insideAddress', () => {
  it.each<[string, string, boolean]>([
    ['https://example.org/keir-starmer-talks', 'starmer', true],
    ['see www.example.org/trump today', 'trump', true],
    ['example.org/news/trump', 'trump', true],
    ['write to giorgia.meloni@example.it', 'meloni', true],
    ['Starmer:https://t.co/abc', 'Starmer', false],
    ['Kyiv.Trump/Putin', 'Trump', false],
    ['(Trump)', 'Trump', false],
    ['Trump met Putin', 'Trump', false],
  ])('%s: %s is inside an address: %s', (text, word, expected) => {
    const start = text.indexOf(word);
    expect(insideAddress(text, start, start + word.length)).toBe(expected);
  });

  it('answers as the per-match reading does for every match of runs read once', () => {
    const next = random(7);
    for (let n = 0; n < 400; n++) {
      let text = '';
      while (text.length < 200) text += PIECES[Math.floor(next() * PIECES.length)];
      for (const word of ['Trump', 'meloni'])
        for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1))
          expect(insideAddress(text, i, i + word.length), `${JSON.stringify(text)} at ${i}`).toBe(
            reference(text, i, i + word.length),
          );
    }
  });

  it('reads a run of sixty thousand matches without spaces once, and each answer stays right', () => {
    const text = `${'Trump,'.repeat(60_000)}https://example.org/Trump`;
    expect(insideAddress(text, 0, 5)).toBe(false);
    expect(insideAddress(text, 6 * 59_999, 6 * 59_999 + 5)).toBe(false);
    const last = text.lastIndexOf('Trump');
    expect(insideAddress(text, last, last + 5)).toBe(true);
  });
});
