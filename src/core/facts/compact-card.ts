import type { Entity } from '../dataset/entity';
import type { Fact } from '../dataset/fact';
import type { Note } from '../dataset/note';
import type { Source } from '../dataset/source';
import type { CompactCardData, FromPack, PackInfo } from './card-data';
import { coverageSpan, type Differences, mainTopic, pickDifferences, shortDescription } from './card-summary';
import { chooseCardFacts, timeFacts } from './choose-card-facts';
import { type CompactFactContext, compactFactLength, toCompactFact } from './compact-fact';
import { roleLabel, roleOnDay } from './select-facts';

/**
 * The most characters the compact card holds before "More", as a reader sees them (Wikipedia's
 * Page Previews show about 525): the head, the facts, the since line, the differences and the
 * article-date line together.
 */
export const CARD_READING_BUDGET = 600;

/** The card's own words around the data (headings, the chip's and date line's words, spacing). */
const FRAME_ALLOWANCE = { headingAsOf: 21, headingLatest: 36, chip: 31, dateLine: 25, noDateLine: 62 };
/** The longest a quoted side of the top difference may be. */
const SIDE_MAX = 36;
/** The longest the since line's title may be. */
const SINCE_TITLE_MAX = 50;
/** The title lengths tried, longest first, to fit more facts in the budget. */
const TITLE_STEPS = [80, 70, 60, 50];
/** The shortest title the first fact is shortened to when the card would otherwise overrun. */
const FIRST_TITLE_MIN = 40;
/** The description's most characters on the card: its first sentence or two. */
const DESCRIPTION_MAX = 160;

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
 * Builds the compact card: the role on the article's date, the description's first sentences, at
 * most `limit` facts `chooseCardFacts` picks within what is left of `budget` characters once the
 * head, the since line, the differences and the card's own words are counted, the since line, the
 * differences between outlets (the top one's sides quoted in a few words), and the coverage line
 * when nothing had happened by the article's date. Keeps only the sources and notes the shown
 * facts and the top difference need.
 */
export function compactCard(input: CompactInput, limit = 3, budget = CARD_READING_BUDGET): CompactCardData {
  const { entity, facts, notes, articleDate } = input;
  const byId = new Map(input.sources.map((s) => [s.id, s]));
  const wording: CompactFactContext = {
    sources: input.sources,
    notes,
    articleDate,
    packs: input.packs,
    entityPack: entity.pack,
  };
  const role = roleLabel(roleOnDay(entity, articleDate, input.sources));
  const description = shortDescription(entity.description, DESCRIPTION_MAX);
  const unshown = chooseCardFacts(facts, input.sources, notes, articleDate, { limit: 0 });
  const latest = unshown.since.latest
    ? toCompactFact(unshown.since.latest, { ...wording, titleMax: SINCE_TITLE_MAX })
    : null;
  const sinceCount = input.counts?.since ?? unshown.since.count;
  const frame =
    entity.name.length +
    (role?.length ?? 0) +
    description.length +
    (articleDate
      ? FRAME_ALLOWANCE.headingAsOf + 12 + FRAME_ALLOWANCE.dateLine
      : FRAME_ALLOWANCE.headingLatest + FRAME_ALLOWANCE.noDateLine) +
    (articleDate
      ? latest
        ? `Since this article: ${sinceCount} more, latest ${latest.when}: ${latest.title}`.length
        : "Nothing since this article in Gloss's data.".length
      : 0) +
    differencesLength(pickDifferences(notes, [], byId, SIDE_MAX));
  // More facts with shorter titles beat fewer with longer ones; at equal counts, longer titles.
  let choice = unshown;
  let titleMax = TITLE_STEPS[0]!;
  for (const step of TITLE_STEPS) {
    const tried = chooseCardFacts(facts, input.sources, notes, articleDate, {
      limit,
      budget: budget - frame,
      cost: (t) => compactFactLength(toCompactFact(t, { ...wording, titleMax: step })) + 2,
    });
    if (tried.shown.length > choice.shown.length) {
      choice = tried;
      titleMax = step;
    }
  }
  const shown = choice.shown.map((t) => toCompactFact(t, { ...wording, titleMax }));
  // The first fact is always shown: when it alone overruns, its title gives way (to a point).
  const first = shown[0];
  const over = first ? compactFactLength(first) + 2 - (budget - frame) : 0;
  if (first && over > 0) {
    shown[0] = toCompactFact(choice.shown[0]!, {
      ...wording,
      titleMax: Math.max(FIRST_TITLE_MIN, first.title.length - over),
    });
  }
  const shownIds = shown.map((f) => f.fact.id);
  const differences = pickDifferences(notes, shownIds, byId, SIDE_MAX);
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
    role,
    description,
    articleDate,
    facts: shown,
    asOfCount: input.counts?.asOf ?? choice.asOfCount,
    total: input.counts?.total ?? facts.length,
    since: {
      count: sinceCount,
      latest,
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

/** The characters the differences take: the chip, and the top one's outlets and quoted sides. */
function differencesLength(d: Differences): number {
  if (!d.count) return 0;
  const sides = d.top?.sides.reduce((n, s) => n + s.outlet.length + s.says.length + 4, 0) ?? 0;
  return FRAME_ALLOWANCE.chip + sides;
}

/** A topic's name as it reads mid-sentence: "the coalition of the willing". */
export function topicName(name: string): string {
  const lower =
    /^[A-Z][a-z]/.test(name) && !/^[A-Z]{2}/.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name;
  return /^the\b/i.test(lower) ? lower : `the ${lower}`;
}
