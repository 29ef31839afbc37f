import type { ContextBlock } from '../core/match/context-rule';
import type { Matcher, RawMatch } from '../core/match/matcher';
import { MentionResolver } from '../core/match/resolve-mentions';
import type { FoundMention, PageMention } from './page-mention';

/** How many blocks on each side of a phrase count as its context. */
export const CONTEXT_BLOCKS = 2;
/** Every entity allowed: one function, so a resolution made for it is found again (`isFor`). */
export const ALLOW_ALL = (_entityId: string): boolean => true;
/** Most buffers resolved ahead of their turn for one result (the visible ones, on a page opened scrolled down). */
const AHEAD = 200;

/** One scanned buffer as the resolution reads it. */
export interface ResolvableBuffer {
  readonly text: string;
  readonly raw: RawMatch[] | null;
}

/** The mentions of a page in document order (up to the cap), and how many there are per entity (all). */
export interface PageMentions {
  found: FoundMention[];
  counts: Map<string, number>;
  total: number;
}

/** A page's mentions before any are found. */
export function noMentions(): PageMentions {
  return { found: [], counts: new Map(), total: 0 };
}

/** Where the mentions of a buffer are, `[start, end)` in its text. */
export interface MentionPlaces {
  /** The live range, made once and kept (null when the text is no longer there). */
  range(buffer: ResolvableBuffer, start: number, end: number): Range | null;
  /** Lets the range go (its mention left the painted window). */
  forget(buffer: ResolvableBuffer, start: number, end: number): void;
  /** The text node holding offset `start`. */
  node(buffer: ResolvableBuffer, start: number): Text;
}

/** A resolved mention; its range is made when it is painted, and let go when it no longer is. */
class Found implements FoundMention {
  private mention: PageMention | null | undefined;

  constructor(
    readonly entityId: string,
    readonly text: string,
    readonly buffer: number,
    private readonly of: ResolvableBuffer,
    readonly start: number,
    readonly end: number,
    private readonly places: MentionPlaces,
  ) {}

  node(): Text {
    return this.places.node(this.of, this.start);
  }

  get made(): boolean {
    return this.mention !== undefined;
  }

  painted(): PageMention | null {
    if (this.mention === undefined) {
      const range = this.places.range(this.of, this.start, this.end);
      // A mention from before a change to the page may no longer find its text where it was.
      const there = range?.startContainer.isConnected && range.toString() === this.text;
      this.mention = there ? { entityId: this.entityId, range, text: this.text } : null;
    }
    return this.mention;
  }

  release(): void {
    if (this.mention) this.places.forget(this.of, this.start, this.end);
    if (this.mention !== null) this.mention = undefined;
  }
}

/**
 * The mentions of a page resolved buffer by buffer in document order and kept: each buffer is
 * resolved once, when it and the buffers after it that give it context are matched, so a result
 * costs the new buffers only, however large the page. A change to the buffers rolls the
 * resolution back to just before it (the full-name rule reads what came earlier, the context
 * rule the neighbours). Mentions past the cap are counted, not kept.
 */
export class PageResolution {
  private readonly resolver: MentionResolver;
  /** Buffers `[0, upTo)` are resolved. */
  private upTo = 0;
  private readonly found: Found[] = [];
  private readonly counts = new Map<string, number>();
  private total = 0;
  /** Per resolved buffer: the resolver's mark and the number found before it, and the entities it counted. */
  private readonly marks: number[] = [];
  private readonly foundBefore: number[] = [];
  private readonly counted: (string[] | null)[] = [];
  /** The mentions resolved ahead of their turn by the last result, by buffer. */
  private ahead = new Map<ResolvableBuffer, Found[]>();
  /** The patterns whose phrase needs a fitting context (only their buffers read the neighbours). */
  private readonly contextual: Set<number>;

  constructor(
    matcher: Matcher,
    private readonly cap: number,
    private readonly allow: (entityId: string) => boolean,
  ) {
    this.resolver = new MentionResolver(matcher);
    this.contextual = new Set(matcher.data.contextPatterns);
  }

  /** True when this resolution was made with this cap and filter. */
  isFor(cap: number, allow: (entityId: string) => boolean): boolean {
    return cap === this.cap && allow === this.allow;
  }

  /** Number of mentions resolved so far, in order (kept or only counted). */
  get count(): number {
    return this.total;
  }

  /** Number of buffers resolved, from the first. */
  get resolved(): number {
    return this.upTo;
  }

  /**
   * Resolves buffers in order while `hasTime` allows and their matches (and their neighbours')
   * are known; true when every buffer is resolved.
   */
  advance(buffers: readonly ResolvableBuffer[], places: MentionPlaces, hasTime: () => boolean): boolean {
    const n = buffers.length;
    while (this.upTo < n) {
      const k = this.upTo;
      const raw = buffers[k]!.raw;
      if (!raw || !hasTime()) return false;
      // A phrase that needs context waits for the matches of the blocks after it.
      if (raw.some((m) => m.patterns.some((p) => this.contextual.has(p))))
        for (let j = k + 1; j <= Math.min(n - 1, k + CONTEXT_BLOCKS); j++) if (!buffers[j]!.raw) return false;
      this.marks.push(this.resolver.mark());
      this.foundBefore.push(this.found.length);
      this.counted.push(this.resolveOne(buffers, k, places, this.found, this.counts));
      this.upTo++;
    }
    return true;
  }

  /**
   * Forgets the resolution of buffers from `k` on (they changed, or buffers were added or
   * removed near them); context reaches `CONTEXT_BLOCKS` back, so those go too.
   */
  rollback(k: number): void {
    const to = Math.max(0, k - CONTEXT_BLOCKS);
    if (to >= this.upTo) return;
    for (let j = this.upTo - 1; j >= to; j--) {
      for (const id of this.counted[j] ?? []) {
        const left = this.counts.get(id)! - 1;
        if (left) this.counts.set(id, left);
        else this.counts.delete(id);
        this.total--;
      }
    }
    this.resolver.rollback(this.marks[to]!);
    this.found.length = this.foundBefore[to]!;
    this.marks.length = to;
    this.foundBefore.length = to;
    this.counted.length = to;
    this.upTo = to;
  }

  /**
   * The mentions resolved so far; with `from` past them (the first buffer on screen), also the
   * matched buffers from there on (a bounded number), resolved ahead of their turn and forgotten
   * again, so what is on screen shows before the walk reaches it in order.
   */
  result(buffers: readonly ResolvableBuffer[], places: MentionPlaces, from = 0): PageMentions {
    const found = this.found.slice();
    if (from <= this.upTo) {
      if (this.ahead.size) this.ahead = new Map();
      return { found, counts: new Map(this.counts), total: this.total };
    }
    const counts = new Map(this.counts);
    const mark = this.resolver.mark();
    const before = this.total;
    const ahead = new Map<ResolvableBuffer, Found[]>();
    for (let k = from; k < Math.min(buffers.length, from + AHEAD) && buffers[k]!.raw; k++) {
      const before = found.length;
      this.resolveOne(buffers, k, places, found, counts);
      // The same mentions as last time are the same objects, so their painting carries over.
      const made = found.slice(before);
      const last = this.ahead.get(buffers[k]!);
      const same = last?.length === made.length && last.every((f, i) => sameMention(f, made[i]!));
      ahead.set(buffers[k]!, same ? last! : made);
      if (same) found.splice(before, made.length, ...last!);
    }
    this.ahead = ahead;
    const total = this.total;
    this.total = before;
    this.resolver.rollback(mark);
    return { found, counts, total };
  }

  /** Resolves buffer `k` into `found` and `counts`; returns the entities counted (null for none). */
  private resolveOne(
    buffers: readonly ResolvableBuffer[],
    k: number,
    places: MentionPlaces,
    found: Found[],
    counts: Map<string, number>,
  ): string[] | null {
    const { text, raw } = buffers[k]!;
    if (!raw?.length) return null;
    let ids: string[] | null = null;
    for (const m of this.resolver.resolve(raw, text, () => neighbours(buffers, k))) {
      if (!this.allow(m.entityId)) continue;
      counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
      this.total++;
      ids ??= [];
      ids.push(m.entityId);
      if (found.length < this.cap)
        found.push(new Found(m.entityId, text.slice(m.start, m.end), k, buffers[k]!, m.start, m.end, places));
    }
    return ids;
  }
}

/**
 * The blocks around buffer `k` (its neighbours in document order), for phrases that need context:
 * the buffers themselves, so what the rule reads of each is read once.
 */
function neighbours(buffers: readonly ResolvableBuffer[], k: number): ContextBlock[] {
  const around: ContextBlock[] = [];
  for (let j = Math.max(0, k - CONTEXT_BLOCKS); j <= Math.min(buffers.length - 1, k + CONTEXT_BLOCKS); j++)
    if (j !== k) around.push(buffers[j]!);
  return around;
}

function sameMention(a: Found, b: Found): boolean {
  return a.entityId === b.entityId && a.start === b.start && a.end === b.end && a.buffer === b.buffer;
}
