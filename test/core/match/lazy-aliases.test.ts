import { describe, expect, it, vi } from 'vitest';
import { PackSchema } from '../../../src/core/dataset/pack';
import { aliasesFromEntities } from '../../../src/core/match/aliases-from-entities';
import { compileMatcher } from '../../../src/core/match/compile-matcher';
import { Matcher } from '../../../src/core/match/matcher';
import { MentionResolver } from '../../../src/core/match/resolve-mentions';
import { generatePack } from '../../bench/generate-pack';
import { bundledPack } from './bundled-matcher';

describe('the rules read the aliases of the patterns a page meets, not of the whole pack', () => {
  it('resolves a text in a matcher of 10,000 aliases writing out a handful of aliases', () => {
    const pack = PackSchema.parse(generatePack({ entities: 2000, aliasesPer: 5, factsPer: 0, sources: 1 }));
    const aliases = [...aliasesFromEntities(bundledPack.entities), ...aliasesFromEntities(pack.entities)];
    const matcher = new Matcher(compileMatcher(aliases));
    // Writing out every alias on the first resolution cost a page 95–160 ms in one slice with 50,000.
    const written = vi.spyOn(matcher, 'aliasOf');
    const text = 'On Monday Keir Starmer met Emmanuel Macron in Paris, and Starmer spoke.';
    const mentions = new MentionResolver(matcher).resolve(matcher.scan(text), text);
    expect(mentions.map((m) => m.alias)).toEqual(['Keir Starmer', 'Emmanuel Macron', 'Starmer']);
    expect(aliases.length).toBeGreaterThan(10_000);
    expect(written.mock.calls.length).toBeLessThan(60);
    // Each is written once and kept.
    const again = written.mock.calls.length;
    new MentionResolver(matcher).resolve(matcher.scan(text), text);
    expect(written.mock.calls.length).toBe(again);
  });
});
