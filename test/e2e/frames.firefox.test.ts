import { describe, expect, it } from 'vitest';
import { useFirefoxSuite } from './harness/firefox-suite';

const suite = useFirefoxSuite();

/** Gloss's highlight names in a frame's document (none before it starts there). */
const highlightsIn = () =>
  [...CSS.highlights.keys()].filter((k) => k.startsWith('gloss-') && k !== 'gloss-mention');

describe('frames, in Firefox', () => {
  it('starts Gloss in a same-origin and an about:blank frame once they have text', async () => {
    const { page, errors } = await suite.open('/fixtures/iframes.html');
    const inFrames = async () => {
      const found: string[] = [];
      for (const frame of page.frames()) {
        if (frame === page.mainFrame()) continue;
        found.push(...(await frame.evaluate(highlightsIn).catch(() => [] as string[])));
      }
      return found.sort();
    };
    await expect
      .poll(inFrames, { timeout: 15_000, interval: 250 })
      .toEqual(['gloss-coalition-of-the-willing', 'gloss-volodymyr-zelenskyy']);
    expect(await page.evaluate(highlightsIn)).toEqual(['gloss-donald-trump']);
    expect(errors).toEqual([]);
    await page.close();
  });
});
