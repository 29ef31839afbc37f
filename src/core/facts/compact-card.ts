import type { Entity } from '../dataset/entity';
import type { Fact } from '../dataset/fact';
import type { Note } from '../dataset/note';
import type { Source } from '../dataset/source';
import type { CompactCardData, CompactFact, FromPack, PackInfo } from './card-data';
import { coverageSpan, mainTopic, pickDifferences, shortDescription } from './card-summary';
import { chooseCardFacts, type TimedFact, timeFacts } from './choose-card-facts';
import { roleLabel, roleOnDay } from './select-facts';

/** What the compact card is built from: the entity and the facts, notes and sources read for it. */
export interface CompactInput {
  entity: FromPack<Entity>;
  /** The entity's facts, or, for a very large entity, those nearest the article's date and the latest. */
  facts: FromPack<Fact>[];
  notes: FromPack<Note>[];
  sources: FromPack<Source>[];
  packs: Record<string, PackInfo>;
  /** The topics an entity's facts may be about, for the coverage line. */
  topics: Pick<Entity, 'id' | 'name'>[];
  articleDate: string | null;
  /** Counts over every fact, when `facts` holds only some of them. */
  counts?: { total: number; asOf: number; since: number };
}

/**
 * Builds the compact card: the role on the article's date, the description's first sentences, the
 * three facts `chooseCardFacts` picks, the "since" line, the differences between outlets, and the
 * coverage line when nothing had happened by the article's date. Keeps only the sources and notes
 * the shown facts and the top difference need.
 */
export function compactCard(input: CompactInput, limit = 3): CompactCardData {
  const { entity, facts, notes, articleDate } = input;
  const choice = chooseCardFacts(facts, input.sources, notes, articleDate, limit);
  const toCompact = (t: TimedFact): CompactFact => ({
    fact: t.fact as FromPack<Fact>,
    label: t.label,
    reportedLater: t.reportedLater,
  });
  const shown = choice.shown.map(toCompact);
  const shownIds = shown.map((f) => f.fact.id);
  const byId = new Map(input.sources.map((s) => [s.id, s]));
  const differences = pickDifferences(notes, shownIds, byId);
  const keptNotes = notes.filter(
    (n) => n.facts.some((id) => shownIds.includes(id)) || n.id === differences.top?.note.id,
  );
  const needed = new Set(shown.flatMap((f) => f.fact.evidence.map((e) => e.source)));
  for (const n of keptNotes) for (const v of n.variants) needed.add(v.source);
  let coverage: CompactCardData['coverage'] = null;
  if (articleDate && choice.asOfCount === 0 && facts.length) {
    const timed = timeFacts(facts, input.sources, [], null);
    const span = coverageSpan(timed);
    const topic = mainTopic(entity.id, timed, input.topics);
    if (span) coverage = { span, topic: topic ? topicName(topic.name) : null };
  }
  return {
    entity: { id: entity.id, kind: entity.kind, name: entity.name, pack: entity.pack },
    role: roleLabel(roleOnDay(entity, articleDate, input.sources)),
    description: shortDescription(entity.description, 160),
    articleDate,
    facts: shown,
    asOfCount: input.counts?.asOf ?? choice.asOfCount,
    total: input.counts?.total ?? facts.length,
    since: {
      count: input.counts?.since ?? choice.since.count,
      latest: choice.since.latest ? toCompact(choice.since.latest) : null,
    },
    differences: {
      count: differences.count,
      top: differences.top ? { noteId: differences.top.note.id, sides: differences.top.sides } : null,
    },
    noteCount: notes.length,
    coverage,
    sources: input.sources.filter((s) => needed.has(s.id)),
    notes: keptNotes,
    packs: input.packs,
  };
}

/** A topic's name as it reads mid-sentence: "the coalition of the willing". */
export function topicName(name: string): string {
  const lower =
    /^[A-Z][a-z]/.test(name) && !/^[A-Z]{2}/.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name;
  return /^the\b/i.test(lower) ? lower : `the ${lower}`;
}
