/**
 * Whether the page is dark where `el` sits, so the card can match it. The first ancestor with a
 * mostly opaque background decides (dark when its luminance is low). When none paints one, the
 * canvas shows through: dark when the page asks only for a dark `color-scheme`, the reader's
 * system preference when it offers both, and light otherwise (the browser's white canvas, even
 * when the system is dark).
 */
export function pageThemeAt(el: Element | null): 'dark' | 'light' {
  for (let node = el; node; node = node.parentElement) {
    const rgba = parseColor(getComputedStyle(node).backgroundColor);
    if (rgba && rgba[3] >= 0.5) return luminance(rgba) < 0.4 ? 'dark' : 'light';
  }
  const doc = el?.ownerDocument ?? document;
  const schemes = canvasSchemes(doc);
  if (schemes.has('dark') && !schemes.has('light')) return 'dark';
  if (schemes.has('dark') && doc.defaultView?.matchMedia('(prefers-color-scheme: dark)').matches)
    return 'dark';
  return 'light';
}

/** The colour schemes the page's root offers (its `color-scheme`, else its `<meta name=color-scheme>`). */
function canvasSchemes(doc: Document): Set<string> {
  const root = doc.documentElement;
  let value = root ? getComputedStyle(root).colorScheme : '';
  if (!value || value === 'normal') {
    value = doc.querySelector('meta[name="color-scheme" i]')?.getAttribute('content') ?? '';
  }
  return new Set(value.toLowerCase().split(/\s+/).filter(Boolean));
}

function parseColor(value: string): [number, number, number, number] | null {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\s*\)/.exec(value);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number.parseFloat(m[4]) / 100 : Number(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** Relative luminance (WCAG) of an sRGB colour, 0 for black to 1 for white. */
function luminance([r, g, b]: [number, number, number, number]): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}
