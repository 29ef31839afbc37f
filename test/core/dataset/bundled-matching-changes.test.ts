import { describe, expect, it } from 'vitest';
import { bundledMatchingChanges } from '../../../src/core/dataset/bundled-matching-changes';
import type { Entity } from '../../../src/core/dataset/entity';
import { aliasesFromEntities } from '../../../src/core/match/aliases-from-entities';
import { compileMatcher } from '../../../src/core/match/compile-matcher';
import { Matcher } from '../../../src/core/match/matcher';
import { findMentions } from '../../../src/core/match/resolve-mentions';
import { bundledMatcher, bundledPack } from '../match/bundled-matcher';

type PackEntity = Pick<Entity, 'id' | 'kind' | 'aliases' | 'excludes'>;

function packEntity(aliases: string[], excludes: string[] = []): PackEntity {
  return {
    id: 'pack-person',
    kind: 'person',
    aliases: aliases.map((text) => ({ text, lang: 'en', rule: 'capitalised' as const })),
    excludes,
  };
}

/** The bundled mentions (entity and text) in `text`, with and without the pack's entity. */
function bundledMentions(text: string, extra: PackEntity | null): string[] {
  const matcher = extra
    ? // The pack's entity first: where ids sort it first, it wins ties with a bundled alias.
      new Matcher(compileMatcher(aliasesFromEntities([extra, ...bundledPack.entities])))
    : bundledMatcher;
  return findMentions(matcher, text)
    .filter((m) => m.entityId !== 'pack-person')
    .map((m) => `${m.entityId}:${text.slice(m.start, m.end)}`);
}

describe('bundledMatchingChanges', () => {
  it.each<[string, string[], string[], string, string[]]>([
    // name, pack aliases, pack excludes, a page sentence, expected "how entity (alias) by phrase"
    ['a pack of its own names', ['Mark Rutte', 'Rutte'], [], 'Mark Rutte met Keir Starmer.', []],
    [
      'a longer alias around a bundled name',
      ['Prime Minister Keir Starmer'],
      [],
      'Prime Minister Keir Starmer spoke.',
      [
        'takes-over keir-starmer (Keir Starmer) by Prime Minister Keir Starmer',
        'takes-over keir-starmer (Starmer) by Prime Minister Keir Starmer',
      ],
    ],
    [
      'an alias equal to a bundled one',
      ['Macron'],
      [],
      'Macron said so.',
      ['takes-over emmanuel-macron (Macron) by Macron'],
    ],
    [
      'an alias equal but for case and quotes',
      ['KEIR STARMER'],
      [],
      'KEIR STARMER spoke.',
      [
        'takes-over keir-starmer (Keir Starmer) by KEIR STARMER',
        'takes-over keir-starmer (Starmer) by KEIR STARMER',
      ],
    ],
    [
      'an alias that starts before a bundled name and runs into it',
      ['Prime Minister Keir'],
      [],
      'Prime Minister Keir Starmer spoke.',
      [
        'takes-over keir-starmer (Keir Starmer) by Prime Minister Keir',
        // The German genitive of his full name ("Keir Starmers Regierung") is taken over too.
        'takes-over keir-starmer (Keir Starmers) by Prime Minister Keir',
      ],
    ],
    [
      'exclusions that remove bundled mentions',
      ['Pack Person'],
      ['Starmer said', 'coalition of the willing summit'],
      'Starmer said the coalition of the willing summit met.',
      [
        'suppresses keir-starmer (Starmer) by Starmer said',
        'suppresses coalition-of-the-willing (coalition of the willing) by coalition of the willing summit',
      ],
    ],
    ['an alias inside a bundled name (the bundled one is longer)', ['Keir'], [], 'Keir Starmer spoke.', []],
    [
      'an alias that starts inside a bundled name',
      ['Willing Nations'],
      [],
      'The Coalition of the Willing Nations met.',
      [],
    ],
    [
      'an alias that holds a bundled surname',
      ['Starmer government'],
      [],
      'The Starmer government fell.',
      ['takes-over keir-starmer (Starmer) by Starmer government'],
    ],
    ['a name that only shares letters, not words', ['Putinism'], [], 'Putinism and Putin.', []],
    [
      'a name with a bundled name inside a longer word',
      ['Trumpeter Starmerism'],
      [],
      'Trumpeter Starmerism.',
      [],
    ],
  ])('%s', (_, aliases, excludes, sentence, expected) => {
    const entity = packEntity(aliases, excludes);
    const changes = bundledMatchingChanges([entity], bundledPack.entities);
    expect(changes.map((c) => `${c.how} ${c.entityId} (${c.alias}) by ${c.phrase}`)).toEqual(expected);
    // The analysis agrees with the real matcher on the sentence: bundled mentions change exactly
    // when a change is reported.
    expect(bundledMentions(sentence, entity).join() !== bundledMentions(sentence, null).join()).toBe(
      expected.length > 0,
    );
  });

  it('sees a topic phrase in its hyphenated form too, which the matcher also finds', () => {
    // An alias that is a bundled topic's compound ("coalition-of-the-willing leaders").
    const entity: PackEntity = {
      ...packEntity(['coalition-of-the-willing']),
      id: 'aaa-topic',
      kind: 'topic',
    };
    const changes = bundledMatchingChanges([entity], bundledPack.entities);
    expect(changes.map((c) => `${c.how} ${c.entityId} (${c.alias})`)).toEqual([
      'takes-over coalition-of-the-willing (coalition-of-the-willing)',
    ]);
    const sentence = 'The coalition-of-the-willing leaders met in Kyiv.';
    expect(bundledMentions(sentence, entity)).not.toEqual(bundledMentions(sentence, null));
    // A pack topic of several words is found hyphenated as well, and that form is checked.
    const spaced: PackEntity = { ...packEntity(['willing coalition of the willing']), kind: 'topic' };
    expect(bundledMatchingChanges([spaced], bundledPack.entities).map((c) => c.alias)).toContain(
      'coalition-of-the-willing',
    );
  });

  it('gives each change the path of the pack phrase and a stable key', () => {
    const pack = [
      packEntity(['Pack Person']),
      { ...packEntity(['Other', 'Vladimir Putin Jr']), id: 'other' },
    ];
    const changes = bundledMatchingChanges(pack, bundledPack.entities);
    expect(changes.map((c) => [c.path, c.packEntityId, c.name])).toEqual([
      ['entities.1.aliases.1.text', 'other', 'Vladimir Putin'],
      ['entities.1.aliases.1.text', 'other', 'Vladimir Putin'],
    ]);
    expect(bundledMatchingChanges(pack, bundledPack.entities).map((c) => c.key)).toEqual(
      changes.map((c) => c.key),
    );
  });

  it('ignores phrases of a bundled entity itself (a re-import of the bundled data)', () => {
    expect(bundledMatchingChanges(bundledPack.entities, bundledPack.entities)).toEqual([]);
  });
});
