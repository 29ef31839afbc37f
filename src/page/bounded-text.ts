/**
 * The text of `el`'s own text children, at most `max` UTF-16 units of it, read with
 * `substringData` so a 20 MB script costs no more than its first `max` characters. `truncated`
 * says there was more.
 */
export function boundedText(el: Element, max: number): { text: string; truncated: boolean } {
  let text = '';
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== 3 && node.nodeType !== 4) continue;
    const data = node as CharacterData;
    const room = max - text.length;
    if (data.length > room) return { text: text + data.substringData(0, room), truncated: true };
    text += data.data;
  }
  return { text, truncated: false };
}
