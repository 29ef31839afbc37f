import { hyphenatedForm } from '../match/aliases-from-entities';
import { foldAlias } from '../match/compile-matcher';
import { isWordCode } from '../match/fold-char';
import type { Entity } from './entity';

/**
 * One way a pack would change how a bundled name is found in page text:
 * - `takes-over`: a pack alias that contains the bundled alias, equals it, or starts before it
 *   and runs into it ("Prime Minister Keir Starmer", "Sir Keir" before "Keir Starmer") wins the
 *   leftmost-longest contest, so the mention goes to the pack's entity;
 * - `suppresses`: a pack exclusion phrase that does the same removes the bundled mention.
 * `path` locates the pack's phrase (`entities.3.aliases.0.text`, `entities.3.excludes.1`);
 * `key` identifies the change for consent (stable across re-reading the same pack).
 */
export interface MatchingChange {
  key: string;
  how: 'takes-over' | 'suppresses';
  /** The bundled entity whose mentions change, its name, and the bundled alias affected. */
  entityId: string;
  name: string;
  alias: string;
  /** The pack's phrase as written, and the pack entity it belongs to. */
  phrase: string;
  packEntityId: string;
  path: string;
}

type Named = Pick<Entity, 'id' | 'name' | 'aliases'> & Partial<Pick<Entity, 'kind'>>;
type Phrased = Pick<Entity, 'id' | 'aliases' | 'excludes'> & Partial<Pick<Entity, 'kind'>>;

interface Target {
  entity: Named;
  alias: string;
}

/**
 * The changes `packEntities` would make to how `bundled` entities' aliases are found, one per
 * (pack phrase, bundled alias) pair, in pack order. Comparison is on text folded the way pages
 * are (case, typographic quotes, spaces, invisible characters) and at word boundaries; alias
 * rules (case) are ignored, so a change that applies only to some spellings still counts. A pack
 * that only adds names of its own gives an empty list. Cost grows with the pack's phrases and
 * their words, not with the bundled list.
 */
export function bundledMatchingChanges(
  packEntities: readonly Phrased[],
  bundled: readonly Named[],
): MatchingChange[] {
  const whole = new Map<string, Target[]>();
  const prefixes = new Map<string, Target[]>();
  for (const entity of bundled) {
    // A topic's phrase is found hyphenated too ("coalition-of-the-willing leaders"): both forms count.
    for (const text of entity.aliases.flatMap((a) => forms(entity, a.text))) {
      const folded = fold(text);
      if (!folded) continue;
      add(whole, folded, { entity, alias: text });
      for (const end of wordEnds(folded)) {
        if (end < folded.length) add(prefixes, folded.slice(0, end), { entity, alias: text });
      }
    }
  }
  const changes: MatchingChange[] = [];
  const seen = new Set<string>();
  const check = (packEntity: Phrased, phrase: string, how: MatchingChange['how'], path: string) => {
    const folded = fold(phrase);
    for (const target of affected(folded, whole, prefixes)) {
      if (target.entity.id === packEntity.id) continue;
      const key = `${how}|${target.entity.id}|${target.alias}|${phrase}`;
      if (seen.has(key)) continue;
      seen.add(key);
      changes.push({
        key,
        how,
        entityId: target.entity.id,
        name: target.entity.name,
        alias: target.alias,
        phrase,
        packEntityId: packEntity.id,
        path,
      });
    }
  };
  packEntities.forEach((entity, i) => {
    entity.aliases.forEach((alias, j) => {
      for (const text of forms(entity, alias.text))
        check(entity, text, 'takes-over', `entities.${i}.aliases.${j}.text`);
    });
    entity.excludes.forEach((phrase, j) => {
      check(entity, phrase, 'suppresses', `entities.${i}.excludes.${j}`);
    });
  });
  return changes;
}

/** An alias as written, and its hyphenated form when the matcher also finds that one. */
function forms(entity: Partial<Pick<Entity, 'kind'>>, text: string): string[] {
  const compound = hyphenatedForm(entity.kind, text);
  return compound ? [text, compound] : [text];
}

/** The bundled aliases a phrase contains at word boundaries, or runs into from before. */
function* affected(
  folded: string,
  whole: Map<string, Target[]>,
  prefixes: Map<string, Target[]>,
): Generator<Target> {
  const starts = wordStarts(folded);
  const ends = wordEnds(folded);
  for (const start of starts) {
    for (const end of ends) if (end > start) yield* whole.get(folded.slice(start, end)) ?? [];
    // A tail of the phrase that is how a bundled alias begins: the phrase starts first and wins.
    if (start > 0) yield* prefixes.get(folded.slice(start)) ?? [];
  }
}

function fold(text: string): string {
  return String.fromCharCode(...foldAlias({ text }).codes);
}

/** Offsets where a match may start: the beginning, and after any word/non-word change. */
function wordStarts(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) === 32) continue;
    if (i === 0 || !(isWordCode(s.charCodeAt(i - 1)) && isWordCode(s.charCodeAt(i)))) out.push(i);
  }
  return out;
}

/** Offsets where a match may end (exclusive): the end, and before any word/non-word change. */
function wordEnds(s: string): number[] {
  const out: number[] = [];
  for (let i = 1; i <= s.length; i++) {
    if (s.charCodeAt(i - 1) === 32) continue;
    if (i === s.length || !(isWordCode(s.charCodeAt(i - 1)) && isWordCode(s.charCodeAt(i)))) out.push(i);
  }
  return out;
}

function add(map: Map<string, Target[]>, key: string, target: Target): void {
  const list = map.get(key);
  if (list) list.push(target);
  else map.set(key, [target]);
}
