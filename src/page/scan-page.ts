import type { Matcher } from '../core/match/matcher';
import { MentionResolver } from '../core/match/resolve-mentions';
import { collectText, locateOffset, type TextBuffer } from './collect-text';

/** A mention on the page: its entity, the live range it covers, and the text it covers. */
export interface PageMention {
  entityId: string;
  range: Range;
  text: string;
}

/** How long one slice of matching may run before yielding to the page, in milliseconds. */
const SLICE_MS = 8;

/**
 * Finds every mention under `root` (document order, full-reference rule applied across buffers).
 * Matching runs in slices of a few milliseconds and yields between them, so the page stays
 * responsive; stops early, returning what it has, when `signal` aborts.
 */
export async function scanPage(root: Node, matcher: Matcher, signal?: AbortSignal): Promise<PageMention[]> {
  const buffers = collectText(root);
  const resolver = new MentionResolver(matcher);
  const mentions: PageMention[] = [];
  let sliceStart = performance.now();
  for (const buffer of buffers) {
    if (signal?.aborted) break;
    for (const m of resolver.find(buffer.text))
      mentions.push(toPageMention(buffer, m.entityId, m.start, m.end));
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
  return mentions;
}

function toPageMention(buffer: TextBuffer, entityId: string, start: number, end: number): PageMention {
  const range = new Range();
  const [startNode, startOffset] = locateOffset(buffer, start);
  const [endNode, endOffset] = locateOffset(buffer, end, true);
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  return { entityId, range, text: buffer.text.slice(start, end) };
}

function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
