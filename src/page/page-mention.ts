/** A mention on the page: its entity, the live range it covers, and the text it covers. */
export interface PageMention {
  entityId: string;
  range: Range;
  text: string;
}

/**
 * A mention as resolved, before it is painted: its entity and text, the index of its buffer in
 * the scan (document order), its first text node, and its live range, made only when first asked
 * for (a page may hold tens of thousands of mentions; only those near the screen are painted).
 */
export interface FoundMention {
  readonly entityId: string;
  readonly text: string;
  readonly buffer: number;
  /** The text node the mention starts in. */
  node(): Text;
  /**
   * The mention with its live range, the same object until `release`; null when its text is no
   * longer where it was found (the page changed since).
   */
  painted(): PageMention | null;
  /** True when `painted` has its answer already (asking costs nothing then). */
  readonly made: boolean;
  /** Lets its live range go (it left the painted window): a live range costs every change to the page. */
  release(): void;
}

/** The mentions a page marks, in document order, of which a window is painted at a time. */
export interface MarkedMentions {
  readonly length: number;
  entityAt(i: number): string;
  /** Mention `i` with its live range (made now when it is not painted); null when its text changed. */
  at(i: number): PageMention | null;
  /** The place of a painted mention in the list, or -1. */
  indexOf(mention: PageMention): number;
}
