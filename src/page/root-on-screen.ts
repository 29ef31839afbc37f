/** The block in the middle of the viewport when the page is scrolled down (else null). */
export function rootOnScreen(doc: Document): Node | null {
  const win = doc.defaultView;
  if (!win || doc.readyState === 'loading' || win.scrollY < win.innerHeight / 2) return null;
  const el = doc.elementFromPoint(win.innerWidth / 2, win.innerHeight / 2);
  if (!el || el === doc.body || el === doc.documentElement) return null;
  return el.parentElement && el.parentElement !== doc.body ? el.parentElement : el;
}
