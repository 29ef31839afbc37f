/**
 * A run of text a reader sees as continuous: the data of consecutive text nodes inside one block,
 * joined. `starts[i]` is the UTF-16 offset in `text` where `nodes[i]` begins.
 */
export interface TextBuffer {
  text: string;
  nodes: Text[];
  starts: number[];
}

/** The text node and offset inside it for a UTF-16 offset into the buffer's text. */
export function locateOffset(buffer: TextBuffer, offset: number, preferEnd = false): [Text, number] {
  let lo = 0;
  let hi = buffer.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = buffer.starts[mid]!;
    if (start < offset || (!preferEnd && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  return [buffer.nodes[lo]!, offset - buffer.starts[lo]!];
}
