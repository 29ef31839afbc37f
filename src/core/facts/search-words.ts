/**
 * The distinct lower-case words of a text, for the word index the dataset browser searches:
 * runs of letters and digits (any script), at least two characters long, without a trailing
 * possessive ("Starmer's" gives "starmer").
 */
export function searchWords(text: string): string[] {
  const words = new Set<string>();
  for (const match of text.toLowerCase().matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)) {
    const word = match[0].replace(/['’]s$/u, '');
    if (word.length >= 2) words.add(word);
  }
  return [...words];
}
