/** A page of either driver (Playwright or Puppeteer): all this needs is `evaluate`. */
interface Evaluates {
  evaluate<R>(fn: () => R): Promise<R>;
}

/**
 * Waits until the number of painted ranges stops changing (the same in three readings 150 ms apart,
 * at most 10 s): the scan paints in idle-time slices, so on a loaded machine the first highlight
 * can come well before the last.
 */
export async function waitForSettledHighlights(page: Evaluates): Promise<void> {
  const count = () =>
    page.evaluate(() => {
      let n = 0;
      for (const [name, h] of CSS.highlights) if (name.startsWith('gloss-')) n += (h as Highlight).size;
      return n;
    });
  let last = await count();
  for (let same = 0, end = Date.now() + 10_000; same < 2 && Date.now() < end; ) {
    await new Promise((done) => setTimeout(done, 150));
    const now = await count();
    same = now === last ? same + 1 : 0;
    last = now;
  }
}
