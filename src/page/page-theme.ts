/**
 * Whether the page is dark where `el` sits: the first ancestor with a mostly opaque background
 * decides (dark when its luminance is low). Null when no ancestor paints a background, so the
 * card follows the reader's system preference instead.
 */
export function pageThemeAt(el: Element | null): 'dark' | 'light' | null {
  for (let node = el; node; node = node.parentElement) {
    const rgba = parseColor(getComputedStyle(node).backgroundColor);
    if (rgba && rgba[3] >= 0.5) return luminance(rgba) < 0.4 ? 'dark' : 'light';
  }
  return null;
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
