import type { PageMention } from './page-mention';

/** How many words of the sentence an announcement reads before cutting it short. */
const WORDS = 10;
const BLOCK = 'p, li, dd, dt, td, th, blockquote, figcaption, h1, h2, h3, h4, h5, h6, article, section, div';

/**
 * The first words of the sentence a mention sits in, for screen-reader announcements: up to
 * `WORDS` words, with "…" when the sentence goes on. Empty when the text around it is not known.
 */
export function mentionSentence(mention: PageMention): string {
  const start = mention.range.startContainer;
  const block = start.parentElement?.closest(BLOCK) ?? start.parentElement;
  if (!block) return '';
  const text = block.textContent ?? '';
  const before = new Range();
  try {
    before.setStart(block, 0);
    before.setEnd(start, mention.range.startOffset);
  } catch {
    return '';
  }
  return firstWordsOfSentence(text, before.toString().length);
}

/** Abbreviations a sentence does not end at ("Mr. Starmer", "U.S. officials"). */
const ABBREVIATION =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|St|Jr|Sr|No|vs|U\.S|U\.K|e\.g|i\.e)\.\s*$/i;

/**
 * The first `words` words of the sentence of `text` that holds UTF-16 offset `at`, whitespace
 * collapsed (as the page shows it), with "…" when the sentence is longer.
 */
export function firstWordsOfSentence(text: string, at: number, words = WORDS): string {
  // Collapse whitespace first: a line break in the source is no sentence break on the page.
  const flat = text.replace(/\s+/g, ' ');
  const offset = text.slice(0, at).replace(/\s+/g, ' ').length;
  let sentence = flat;
  if (typeof Intl.Segmenter === 'function') {
    let start = 0;
    let current = '';
    for (const s of new Intl.Segmenter('en', { granularity: 'sentence' }).segment(flat)) {
      if (current && !ABBREVIATION.test(current)) {
        start = s.index;
        current = '';
      }
      current += s.segment;
      if (offset < s.index + s.segment.length) {
        sentence = flat.slice(start, s.index + s.segment.length);
        // An abbreviation at the end: the sentence goes on into the next segment.
        if (!ABBREVIATION.test(current)) break;
      }
    }
  }
  const all = sentence.trim().split(' ').filter(Boolean);
  return all.length > words ? `${all.slice(0, words).join(' ')}…` : all.join(' ');
}
