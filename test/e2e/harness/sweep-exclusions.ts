import { compileMatcher } from '../../../src/core/match/compile-matcher';
import type { ContextBlock } from '../../../src/core/match/context-rule';
import { Matcher } from '../../../src/core/match/matcher';
import { type ExclusionReason, MentionResolver } from '../../../src/core/match/resolve-mentions';
import { bundledMatcher, bundledPack } from '../../core/match/bundled-matcher';

/** The bundled exclusion phrases as aliases of the entity they guard, to count where they hold. */
const exclusionPhrases = new Matcher(
  compileMatcher(
    bundledPack.entities.flatMap((e) =>
      e.excludes.map((text) => ({ entityId: e.id, text, rule: 'capitalised' as const })),
    ),
  ),
);

/** One candidate the rules removed, with a little text around it for a reader to judge. */
export interface ExcludedSample {
  reason: ExclusionReason | 'exclusion phrase';
  entity: string;
  context: string;
}

/**
 * What the detection rules removed from a page's rendered text (`innerText`, one block a line,
 * the lines around a line as its neighbours): counts by reason and every sample, the bundled
 * exclusion phrases ("Melania Trump", "Trump Tower") counted as one more reason. This replays
 * the content script's resolution in Node, so the sweep can report precision-relevant figures
 * without a message for them.
 */
export function exclusionsIn(rendered: string): {
  counts: Record<string, number>;
  samples: ExcludedSample[];
} {
  const samples: ExcludedSample[] = [];
  const lines = rendered.split('\n').filter((l) => /\S/.test(l));
  const blocks: ContextBlock[] = lines.map((text) => ({ text, raw: bundledMatcher.scan(text) }));
  let current = '';
  const resolver = new MentionResolver(bundledMatcher, (reason, entity, start, end) => {
    const context = `${current.slice(Math.max(0, start - 40), start)}[${current.slice(start, end)}]${current.slice(end, end + 40)}`;
    samples.push({ reason, entity, context: context.replace(/\s+/g, ' ') });
  });
  const phrases: Record<string, number> = {};
  blocks.forEach((block, k) => {
    current = block.text;
    for (const m of exclusionPhrases.scan(block.text)) {
      const entity = exclusionPhrases.data.entityIds[exclusionPhrases.data.patternEntity[m.patterns[0]!]!]!;
      phrases['exclusion phrase'] = (phrases['exclusion phrase'] ?? 0) + 1;
      samples.push({ reason: 'exclusion phrase', entity, context: block.text.slice(m.start, m.end) });
    }
    resolver.resolve(block.raw!, block.text, () => [
      ...blocks.slice(Math.max(0, k - 2), k),
      ...blocks.slice(k + 1, k + 3),
    ]);
  });
  return { counts: { ...Object.fromEntries(resolver.excluded), ...phrases }, samples };
}
