import { parsePack } from '../../../src/core/dataset/parse-pack';
import { aliasesFromEntities } from '../../../src/core/match/aliases-from-entities';
import { compileMatcher } from '../../../src/core/match/compile-matcher';
import { Matcher } from '../../../src/core/match/matcher';
import { findMentions } from '../../../src/core/match/resolve-mentions';
import { bundledPackInput } from '../../../src/data/bundled-pack';

const parsed = parsePack(bundledPackInput);
if (!parsed.ok) throw new Error(`bundled pack invalid: ${JSON.stringify(parsed.problems.slice(0, 3))}`);

/** The bundled pack, validated. */
export const bundledPack = parsed.pack;

/** A matcher over the bundled dataset, compiled once for all tests. */
export const bundledMatcher = new Matcher(compileMatcher(aliasesFromEntities(bundledPack.entities)));

/** The mentions in `text` as [entity id, matched text] pairs, in order. */
export function mentionsOf(text: string): [string, string][] {
  return findMentions(bundledMatcher, text).map((m) => [m.entityId, text.slice(m.start, m.end)]);
}

/** The bundled entities without their exclusion phrases: what the rules alone decide. */
export const rulesOnlyMatcher = new Matcher(
  compileMatcher(aliasesFromEntities(bundledPack.entities.map((e) => ({ ...e, excludes: [] })))),
);
