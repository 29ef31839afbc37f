import type { Entity } from '../dataset/entity';
import type { Note } from '../dataset/note';
import type { Source } from '../dataset/source';
import type { TimedFact } from './choose-card-facts';

/**
 * The first one or two sentences of a description, at most about `max` characters: the second
 * sentence only when both fit. A first sentence longer than `max` keeps its first clause (up to a
 * semicolon) when that fits and is at least half of `max`; else it is cut at a word, with "…".
 */
export function shortDescription(text: string, max = 200): string {
  const sentences = text.match(/[^.!?]+(?:[.!?]+["”’)]*|$)\s*/g)?.map((s) => s.trim()) ?? [text];
  const first = sentences[0] ?? '';
  if (first.length > max) {
    const clause = first.split(/;\s/)[0]!;
    return clause.length < first.length && clause.length <= max - 1 && clause.length >= max / 2
      ? `${clause}.`
      : clip(first, max);
  }
  const two = sentences.slice(0, 2).join(' ');
  return two.length <= max ? two : first;
}

/** A text cut at a word boundary to at most `max` characters, with "…" when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * What the dataset covers for an entity, in months: "January–June 2025", "December 2024 – March
 * 2025", "June 2025". Counts only facts dated to a month or a day (a bare year says nothing about
 * coverage). Null when no fact qualifies.
 */
export function coverageSpan(facts: readonly TimedFact[]): string | null {
  const precise = facts.filter((t) => t.fact.date.value.length >= 7);
  if (!precise.length) return null;
  const from = precise.map((t) => t.fact.date.value.slice(0, 7)).sort()[0]!;
  const to = precise
    .map((t) => (t.fact.date.end ?? t.fact.date.value).slice(0, 7))
    .sort()
    .at(-1)!;
  const name = (ym: string) => MONTH_NAMES[Number(ym.slice(5, 7)) - 1]!;
  if (from === to) return `${name(from)} ${from.slice(0, 4)}`;
  if (from.slice(0, 4) === to.slice(0, 4)) return `${name(from)}–${name(to)} ${to.slice(0, 4)}`;
  return `${name(from)} ${from.slice(0, 4)} – ${name(to)} ${to.slice(0, 4)}`;
}

/**
 * The topic an entity's facts are mostly about (another entity of kind `topic` tagged on the most
 * of them), for "Gloss's data on Donald Trump covers …, mostly about the coalition of the
 * willing". Null when none.
 */
export function mainTopic(
  entityId: string,
  facts: readonly TimedFact[],
  topics: readonly Pick<Entity, 'id' | 'name'>[],
): Pick<Entity, 'id' | 'name'> | null {
  const counts = new Map<string, number>();
  for (const { fact } of facts)
    for (const id of fact.entities) if (id !== entityId) counts.set(id, (counts.get(id) ?? 0) + 1);
  const ranked = topics
    .filter((t) => counts.has(t.id))
    .sort((a, b) => counts.get(b.id)! - counts.get(a.id)! || a.id.localeCompare(b.id));
  return ranked[0] ?? null;
}

/** The kinds of note that set out a difference between outlets, most important first. */
export const DIFFERENCE_KINDS: readonly Note['kind'][] = ['discrepancy', 'wording'];

/** The differences between outlets a card counts, and the one it shows in a line. */
export interface Differences {
  count: number;
  /** The most important difference: a discrepancy before a wording, one about a shown fact first. */
  top: { note: Note; sides: { outlet: string; says: string }[] } | null;
}

/**
 * Counts the notes that set out differences between outlets and picks the one to show: its first
 * two outlets' versions side by side (each clipped to `clipAt` characters).
 */
export function pickDifferences(
  notes: readonly Note[],
  shownFactIds: readonly string[],
  sources: ReadonlyMap<string, Pick<Source, 'outlet'>>,
  clipAt = 70,
): Differences {
  const diffs = notes.filter((n) => DIFFERENCE_KINDS.includes(n.kind) && n.variants.length >= 2);
  const about = (n: Note) => (n.facts.some((id) => shownFactIds.includes(id)) ? 0 : 1);
  const [top] = [...diffs].sort(
    (a, b) =>
      DIFFERENCE_KINDS.indexOf(a.kind) - DIFFERENCE_KINDS.indexOf(b.kind) ||
      about(a) - about(b) ||
      b.variants.length - a.variants.length ||
      a.id.localeCompare(b.id),
  );
  if (!top) return { count: diffs.length, top: null };
  const shown = top.variants.slice(0, 2);
  const says = contrastSides(
    shown.map((v) => v.says),
    clipAt,
  );
  const sides = shown.map((v, i) => ({
    outlet: sources.get(v.source)?.outlet ?? v.source,
    says: says[i]!,
  }));
  return { count: diffs.length, top: { note: top, sides } };
}

/** Words and their offsets in a text (runs of non-space). */
function wordsOf(text: string): { word: string; at: number }[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ word: m[0], at: m.index }));
}

/** Quote marks a version may begin with (its own quotation of the outlet). */
const OPENING_QUOTE = /^[“"‘']/;

/**
 * Two (or more) outlets' versions, each clipped to `max` characters, so that where they differ
 * shows. When the clips read alike because the versions begin with the same words ("“Some
 * European officials also hope…" and "“Some European officials also expect…" would both read
 * "“Some European officials also…"), each begins two words before the first word that differs,
 * after an ellipsis (inside its opening quote mark, if it has one): "“…officials also hope”",
 * "“…officials also expect”".
 */
export function contrastSides(versions: readonly string[], max: number): string[] {
  const plain = versions.map((v) => clip(v, max));
  if (new Set(plain).size === plain.length) return plain;
  const words = versions.map(wordsOf);
  let same = 0;
  while (words.every((w) => same < w.length && w[same]!.word === words[0]![same]!.word)) same++;
  // Two shared words are kept before the first that differs: with no more shared than that,
  // there is nothing to leave out.
  if (same < 3) return plain;
  return versions.map((v, i) => {
    const quote = OPENING_QUOTE.exec(v)?.[0] ?? '';
    return clip(`${quote}…${v.slice(words[i]![same - 2]!.at)}`, max);
  });
}

/**
 * A version as the card sets it in quote marks: as it is when it begins with its own, else in
 * “ ” with any quote marks inside turned to single ones (‘ ’), so quotes do not mix.
 */
export function quoteSide(says: string): string {
  if (OPENING_QUOTE.test(says)) return says;
  const inner = says.replace(/[“”"]/g, (_q, at: number) =>
    at === 0 || /[\s([{—–\-…:/]/.test(says[at - 1]!) ? '‘' : '’',
  );
  return `“${inner}”`;
}

/** A pack as a reader names it in a citation: "Gloss bundled dataset, version 1.1.0". */
export function packLabel(pack: { title: string; version: string; bundled: boolean }): string {
  return `${pack.bundled ? 'Gloss bundled dataset' : pack.title}, version ${pack.version}`;
}
