import type { ContextBlock } from '../core/match/context-rule';
import type { Matcher, RawMatch } from '../core/match/matcher';
import { MentionResolver } from '../core/match/resolve-mentions';
import type { PageMention } from './page-mention';

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

/** The mentions of a page, and how many there are per entity (counted past the painting cap). */
export interface PageMentions {
  painted: PageMention[];
  counts: Map<string, number>;
  total: number;
}

/** Makes the range of a mention in buffer `k`, `[start, end)` in its text (null when the text changed). */
export type RangeOf = (k: number, start: number, end: number) => Range | null;

/**
 * The mentions of a page resolved buffer by buffer in document order and kept: each buffer is
 * resolved once, when it and the buffers after it that give it context are matched, so a result
 * costs the new buffers only, however large the page. A change to the buffers rolls the
 * resolution back to just before it (the full-name rule reads what came earlier, the context
 * rule the neighbours). Mentions past the cap are counted, not given ranges.
 */
export class PageResolution {
  private readonly resolver: MentionResolver;
  /** Buffers `[0, upTo)` are resolved. */
  private upTo = 0;
  private readonly painted: PageMention[] = [];
  private readonly counts = new Map<string, number>();
  private total = 0;
  /** Per resolved buffer: the resolver's mark and the painted length before it, and the entities it counted. */
  private readonly marks: number[] = [];
  private readonly paintedBefore: number[] = [];
  private readonly counted: (string[] | null)[] = [];
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

  /** Number of buffers resolved, from the first. */
  get resolved(): number {
    return this.upTo;
  }

  /**
   * Resolves buffers in order while `hasTime` allows and their matches (and their neighbours')
   * are known; true when every buffer is resolved.
   */
  advance(buffers: readonly ResolvableBuffer[], rangeOf: RangeOf, hasTime: () => boolean): boolean {
    const n = buffers.length;
    while (this.upTo < n) {
      const k = this.upTo;
      const raw = buffers[k]!.raw;
      if (!raw || !hasTime()) return false;
      // A phrase that needs context waits for the matches of the blocks after it.
      if (raw.some((m) => m.patterns.some((p) => this.contextual.has(p))))
        for (let j = k + 1; j <= Math.min(n - 1, k + CONTEXT_BLOCKS); j++) if (!buffers[j]!.raw) return false;
      this.marks.push(this.resolver.mark());
      this.paintedBefore.push(this.painted.length);
      this.counted.push(this.resolveOne(buffers, k, rangeOf, this.painted, this.counts));
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
    this.painted.length = this.paintedBefore[to]!;
    this.marks.length = to;
    this.paintedBefore.length = to;
    this.counted.length = to;
    this.upTo = to;
  }

  /**
   * The mentions resolved so far; with `from` past them (the first buffer on screen), also the
   * matched buffers from there on (a bounded number), resolved ahead of their turn and forgotten
   * again, so what is on screen shows before the walk reaches it in order.
   */
  result(buffers: readonly ResolvableBuffer[], rangeOf: RangeOf, from = 0): PageMentions {
    const painted = this.painted.slice();
    if (from <= this.upTo) return { painted, counts: new Map(this.counts), total: this.total };
    const counts = new Map(this.counts);
    const mark = this.resolver.mark();
    const before = this.total;
    for (let k = from; k < Math.min(buffers.length, from + AHEAD) && buffers[k]!.raw; k++)
      this.resolveOne(buffers, k, rangeOf, painted, counts);
    const total = this.total;
    this.total = before;
    this.resolver.rollback(mark);
    return { painted, counts, total };
  }

  /** Resolves buffer `k` into `painted` and `counts`; returns the entities counted (null for none). */
  private resolveOne(
    buffers: readonly ResolvableBuffer[],
    k: number,
    rangeOf: RangeOf,
    painted: PageMention[],
    counts: Map<string, number>,
  ): string[] | null {
    const { text, raw } = buffers[k]!;
    if (!raw?.length) return null;
    let found: string[] | null = null;
    for (const m of this.resolver.resolve(raw, text, () => neighbours(buffers, k))) {
      if (!this.allow(m.entityId)) continue;
      counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
      this.total++;
      found ??= [];
      found.push(m.entityId);
      if (painted.length >= this.cap) continue;
      const range = rangeOf(k, m.start, m.end);
      if (range) painted.push({ entityId: m.entityId, range, text: text.slice(m.start, m.end) });
    }
    return found;
  }
}

/** The blocks around buffer `k` (its neighbours in document order), for phrases that need context. */
function neighbours(buffers: readonly ResolvableBuffer[], k: number): ContextBlock[] {
  const around: ContextBlock[] = [];
  for (let j = Math.max(0, k - CONTEXT_BLOCKS); j <= Math.min(buffers.length - 1, k + CONTEXT_BLOCKS); j++)
    if (j !== k) around.push({ text: buffers[j]!.text, raw: buffers[j]!.raw });
  return around;
}
