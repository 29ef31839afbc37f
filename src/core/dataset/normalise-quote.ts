/**
 * Normalises text for comparing a quote with its archived source: compatibility forms folded
 * (NFKC), curly quotes and apostrophes made straight, every dash a hyphen, invisible characters
 * dropped, and runs of white space made one space. Case and words are kept as they are.
 */
export function normaliseQuote(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
