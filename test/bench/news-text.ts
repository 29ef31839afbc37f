import { seededRandom } from './generate-pack';

const OPENERS = [
  'Officials in Brussels said on Tuesday that',
  'According to people familiar with the talks,',
  'Diplomats cautioned that',
  'In a statement late on Wednesday,',
  'Speaking to reporters in Kyiv,',
  'Analysts in London noted that',
  'A senior European official said',
  'Markets were steady as',
];
const MIDDLES = [
  'the plan would depend on a ceasefire that remains out of reach',
  'defence ministers will meet again before the summit in June',
  'the proposal faces opposition from several capitals',
  'funding for the mission has yet to be agreed',
  'the timetable could slip into next year',
  'cloud computing contracts were not part of the package',
  'the trump card in the negotiations is still American air power',
];

/**
 * A deterministic news-like text of about `bytes` UTF-16 code units: paragraphs of plausible
 * sentences, with names from `names` woven in at roughly one per sentence.
 */
export function newsLikeText(bytes: number, names: readonly string[], seed = 11): string {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    let paragraph = '';
    for (let s = 0; s < 4; s++) {
      paragraph += `${pick(OPENERS)} ${pick(names)} believes ${pick(MIDDLES)}. `;
    }
    parts.push(paragraph.trim());
    size += paragraph.length + 1;
  }
  return parts.join('\n');
}
