import { toUnicode } from 'punycode/punycode.es6.js';

/**
 * A site as a reader writes it: a name in another script in that script (`xn--e1afmkfd.xn--p1ai`
 * is `пример.рф`), as the address bar shows it; other sites as they are.
 */
export function siteForReaders(site: string): string {
  if (!site.includes('xn--')) return site;
  try {
    return toUnicode(site);
  } catch {
    return site;
  }
}
