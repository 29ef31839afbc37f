import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  mdash: '—',
  ndash: '–',
  rsquo: '’',
  lsquo: '‘',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
};

/**
 * The visible text of an HTML page, roughly as a reader sees it: scripts, styles, templates,
 * comments and tags removed, block ends turned into line breaks, common entities decoded.
 */
export function visibleText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript|template|svg|textarea|code|pre)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(
      /<\/(p|div|li|h[1-6]|td|th|tr|section|article|header|footer|blockquote|figcaption)\s*>|<br\s*\/?>/gi,
      '\n',
    )
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code =
          name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    });
}

/** Every page of a corpus folder: its file name, HTML and visible text. */
export function readCorpus(dir: string): { name: string; html: string; text: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((name) => {
      const html = readFileSync(join(dir, name), 'utf8');
      return { name, html, text: visibleText(html) };
    });
}
