import { type DateLabel, labelBefore } from '../core/dates/date-labels';
import { shortText } from './article-date-element-text';

/** Most characters of label read before a date element, and most levels climbed to find them. */
const LABEL_CHARS = 60;
const LABEL_LEVELS = 3;
/** Blocks of their own before a date element: a heading or a paragraph is no label ("<h1>Updated rules</h1><time>"). */
const NOT_LABELS = new Set([
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'P',
  'UL',
  'OL',
  'TABLE',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'NAV',
  'ASIDE',
  'FIGURE',
  'BLOCKQUOTE',
  'FORM',
  'MAIN',
]);

/**
 * The label written just before `el`, outside it: the text of its previous siblings, or, when it
 * opens its parent, of its parent's ("<p>Updated <time>…</time> · Published <time>…</time></p>":
 * the second time reads " · Published "; "Last updated on <b><time>…" reads "Last updated on ").
 * Reads at most `LABEL_CHARS` characters from at most a few siblings on `LABEL_LEVELS` levels, so
 * it costs a few node visits per date element.
 */
export function labelOutside(el: Element): DateLabel {
  let text = '';
  let node: Element = el;
  for (let level = 0; level < LABEL_LEVELS && text.trim() === ''; level++) {
    let siblings = 0;
    for (
      let at = node.previousSibling;
      at && text.length < LABEL_CHARS && siblings < 6;
      at = at.previousSibling
    ) {
      siblings++;
      if (at.nodeType === 1 && NOT_LABELS.has((at as Element).tagName.toUpperCase())) break;
      const part =
        at.nodeType === 3
          ? (at as CharacterData).data
          : at.nodeType === 1
            ? shortText(at as Element, LABEL_CHARS)
            : '';
      // A sibling too large to be a label (a paragraph, a list) ends the label.
      if (part === null) break;
      text = part.slice(-LABEL_CHARS) + text;
    }
    const parent = node.parentElement;
    if (!parent || parent.tagName.toUpperCase() === 'BODY') break;
    node = parent;
  }
  return text.trim() === '' ? null : labelBefore(text.slice(-LABEL_CHARS));
}
