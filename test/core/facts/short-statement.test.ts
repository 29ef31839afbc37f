import { describe, expect, it } from 'vitest';
import { shortStatement } from '../../../src/core/facts/short-statement';
import { bundledPack } from '../match/bundled-matcher';

describe('shortStatement', () => {
  it.each<[string, number, string]>([
    // Short enough: the sentence without its full stop.
    [
      'Emmanuel Macron visited Italy to address disagreements with Giorgia Meloni.',
      80,
      'Emmanuel Macron visited Italy to address disagreements with Giorgia Meloni',
    ],
    // A closing attribution goes: the provenance line says who.
    [
      'Trump wanted to meet Putin soon to end the war in Ukraine, according to the headline of a UNN piece.',
      80,
      'Trump wanted to meet Putin soon to end the war in Ukraine',
    ],
    [
      'European resources cannot match US weapons, intelligence and surveillance, TRT World notes.',
      80,
      'European resources cannot match US weapons, intelligence and surveillance',
    ],
    [
      'Keith Kellogg was expected to visit Kyiv in the coming weeks, Bloomberg wrote.',
      80,
      'Keith Kellogg was expected to visit Kyiv in the coming weeks',
    ],
    // A leading "According to X," of a few words goes; a long one stays.
    [
      'According to Babel, the idea of sending European troops to Ukraine emerged in February 2025, after US–Russia talks.',
      80,
      'The idea of sending European troops to Ukraine emerged in February 2025',
    ],
    // Parenthetical asides go.
    [
      'Deploying the force depends on a peace settlement, which European officials think unlikely (Babel: increasingly difficult to achieve).',
      60,
      'Deploying the force depends on a peace settlement',
    ],
    // An aside after the subject goes when the sentence is too long.
    [
      'Keith Kellogg, Trump’s special envoy for Ukraine and Russia, was expected to visit Kyiv in the coming weeks.',
      80,
      'Keith Kellogg was expected to visit Kyiv in the coming weeks',
    ],
    [
      'Some nations, Italy among them, hesitated to commit personnel without US backing, TRT World says.',
      70,
      'Some nations hesitated to commit personnel without US backing',
    ],
    // Then the sentence ends where a clause ends.
    [
      'Giorgia Meloni said a formula, which TRT World does not spell out, deserves discussion but that Article 5 is at the heart of NATO’s solidarity.',
      80,
      'Giorgia Meloni said a formula deserves discussion',
    ],
    [
      'Some European officials hoped Donald Trump would step in if Russia targeted British or French troops in Ukraine, but thought he was unlikely to put that guarantee in writing.',
      120,
      'Some European officials hoped Donald Trump would step in if Russia targeted British or French troops in Ukraine',
    ],
    // Then before a prepositional phrase.
    [
      'Several European leaders had reportedly considered sending European troops to support Ukraine after a ceasefire.',
      100,
      'Several European leaders had reportedly considered sending European troops to support Ukraine',
    ],
    [
      'Donald Trump was due to meet allies at the G7 meeting in Canada and at the NATO summit later in June 2025.',
      80,
      'Donald Trump was due to meet allies at the G7 meeting in Canada',
    ],
    // Else at the last whole word, marked.
    [
      'The United States is refusing to supply air defences to back the force the UK and France plan for Ukraine after a ceasefire.',
      60,
      'The United States is refusing to supply air defences to…',
    ],
  ])('%s (at most %i)', (statement, max, title) => {
    expect(shortStatement(statement, max)).toBe(title);
  });

  it.each([50, 60, 80])(
    'gives every bundled fact a title of at most %i characters, cut at no word',
    (max) => {
      for (const f of bundledPack.facts) {
        const title = shortStatement(f.statement, max);
        expect(title.length).toBeLessThanOrEqual(max);
        expect(title.length).toBeGreaterThanOrEqual(Math.min(20, f.statement.length));
        // Every word of the title, but a last one marked "…", is a whole word of the statement.
        const words = f.statement.split(/[\s,;:()]+/);
        for (const w of title
          .replace(/…$/, '')
          .split(/[\s,;:]+/)
          .slice(0, -1))
          expect(words.map((x) => x.toLowerCase())).toContain(w.toLowerCase());
        expect(title).not.toMatch(/[\s,;:]$/);
      }
    },
  );
});
