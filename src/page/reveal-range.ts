/** Room kept between a revealed mention and the edge it was brought in from, in CSS pixels. */
const MARGIN = 16;

/**
 * Brings a mention into view for the keyboard: its own box, not its element's (a heading as wide
 * as a carousel, or a paragraph taller than the screen, would scroll the page sideways or leave
 * the name off screen). Scroll containers around it are scrolled only as far as needed; the page
 * puts the name in the middle of the screen, and moves sideways only when the name is outside it.
 */
export function revealRange(range: Range, win: Window): void {
  const doc = win.document;
  let rect = range.getBoundingClientRect();
  // The body too, when it is the page's scroller (an app shell: `html { overflow: hidden }`).
  for (let el = range.startContainer.parentElement; el && el !== doc.documentElement; el = el.parentElement) {
    if (el === doc.scrollingElement) break;
    if (el.scrollHeight <= el.clientHeight && el.scrollWidth <= el.clientWidth) continue;
    const style = win.getComputedStyle(el);
    // Only along an axis the reader can scroll too (a hidden axis scrolled would stay so).
    const across = /auto|scroll/.test(style.overflowX);
    const down = /auto|scroll/.test(style.overflowY);
    if (!across && !down) continue;
    const box = el.getBoundingClientRect();
    const dx = across ? outside(rect.left, rect.right, box.left, box.right) : 0;
    const dy = down ? outside(rect.top, rect.bottom, box.top, box.bottom) : 0;
    if (dx || dy) {
      el.scrollBy({ left: dx, top: dy, behavior: 'instant' });
      rect = range.getBoundingClientRect();
    }
  }
  const top = rect.top + rect.height / 2 - win.innerHeight / 2;
  const left = outside(rect.left, rect.right, 0, doc.documentElement.clientWidth || win.innerWidth);
  win.scrollBy({ left, top, behavior: 'instant' });
}

/** How far to scroll so `[start, end)` sits inside `[from, to)`, with `MARGIN` (0 when it does). */
function outside(start: number, end: number, from: number, to: number): number {
  if (start < from) return start - from - MARGIN;
  if (end > to) return Math.min(end - to + MARGIN, start - from - MARGIN);
  return 0;
}
