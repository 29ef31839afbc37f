import { beforeAll, expect, it } from 'vitest';
import { findMentions } from '../../../src/core/match/resolve-mentions';
import { readCorpus } from '../../bench/page-text';
import { CORPUS_DIR, describeWithShared } from '../../support/shared-data';
import { bundledMatcher } from './bundled-matcher';

describeWithShared('corpus', 'the visible text of the 130 real pages', () => {
  let pages: ReturnType<typeof readCorpus> = [];
  let found: { name: string; text: string; mentions: ReturnType<typeof findMentions> }[] = [];
  beforeAll(() => {
    pages = readCorpus(CORPUS_DIR);
    found = pages.map((p) => ({
      name: p.name,
      text: p.text,
      mentions: findMentions(bundledMatcher, p.text),
    }));
  }, 120_000);

  it('reads all 130 pages', () => {
    expect(pages.length).toBe(130);
  });

  it('finds no mention of the ambiguous-surname officials (the Turners, Kelloggs there are other people)', () => {
    const wrong = found.flatMap((p) =>
      p.mentions
        .filter((m) =>
          ['patrick-turner', 'keith-kellogg', 'matthew-whitaker', 'anders-fogh-rasmussen'].includes(
            m.entityId,
          ),
        )
        .map((m) => `${p.name}: ${p.text.slice(m.start, m.end)}`),
    );
    expect(wrong).toEqual([]);
  });

  it('marks names only where they are capitalised words of their own', () => {
    for (const p of found) {
      for (const m of p.mentions) {
        const text = p.text.slice(m.start, m.end);
        expect(text[0], `${p.name}: ${text}`).toMatch(/\p{Lu}/u);
        expect(p.text.slice(m.start - 1, m.start), `${p.name}: before ${text}`).not.toMatch(/[\p{L}\p{N}]/u);
        expect(p.text.slice(m.end, m.end + 1), `${p.name}: after ${text}`).not.toMatch(/[\p{L}\p{N}]/u);
      }
    }
  });

  it('does find the real mentions of Trump and Putin in the news pages', () => {
    const byEntity = new Map<string, number>();
    for (const p of found)
      for (const m of p.mentions) byEntity.set(m.entityId, (byEntity.get(m.entityId) ?? 0) + 1);
    expect(byEntity.get('donald-trump') ?? 0).toBeGreaterThan(20);
    expect(byEntity.get('vladimir-putin') ?? 0).toBeGreaterThan(3);
    expect(byEntity.has('keir-starmer')).toBe(false);
  });
});
