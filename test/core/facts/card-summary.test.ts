import { describe, expect, it } from 'vitest';
import {
  clip,
  contrastSides,
  coverageSpan,
  mainTopic,
  packLabel,
  pickDifferences,
  quoteSide,
  shortDescription,
} from '../../../src/core/facts/card-summary';
import { timeFacts } from '../../../src/core/facts/choose-card-facts';
import { bundledPack } from '../match/bundled-matcher';

const { facts, sources, notes, entities } = bundledPack;
const timedOf = (id: string) =>
  timeFacts(
    facts.filter((f) => f.entities.includes(id)),
    sources,
    notes,
    null,
  );

describe('shortDescription', () => {
  it.each<[string, string]>([
    ['President of Ukraine.', 'President of Ukraine.'],
    ['One. Two sentences here.', 'One. Two sentences here.'],
    [`First sentence. ${'x'.repeat(220)}.`, 'First sentence.'],
    [`${'word '.repeat(60)}end.`, `${'word '.repeat(39).trim()}…`],
  ])('%s', (text, expected) => {
    expect(shortDescription(text)).toBe(expected);
  });

  it('keeps every bundled description to two sentences and about 200 characters', () => {
    for (const e of entities) expect(shortDescription(e.description).length).toBeLessThanOrEqual(200);
  });
});

describe('clip', () => {
  it.each<[string, number, string]>([
    ['short', 10, 'short'],
    ['US will not supply air defences to back the force', 30, 'US will not supply air…'],
    ['Unbreakablewordthatgoesonandon', 10, 'Unbreakab…'],
  ])('%s at %i', (text, max, out) => {
    expect(clip(text, max)).toBe(out);
  });
});

describe('coverageSpan and mainTopic', () => {
  it.each<[string, string]>([
    ['donald-trump', 'January–June 2025'],
    ['keith-kellogg', 'January–February 2025'],
    ['coalition-of-the-willing', 'March–June 2025'],
  ])('%s covers %s', (id, span) => {
    expect(coverageSpan(timedOf(id))).toBe(span);
  });

  it('finds the topic most of an entity’s facts are about', () => {
    const topics = entities.filter((e) => e.kind === 'topic');
    expect(mainTopic('donald-trump', timedOf('donald-trump'), topics)?.id).toBe('reassurance-force');
    expect(mainTopic('keith-kellogg', timedOf('keith-kellogg'), topics)).toBeNull();
  });
});

describe('pickDifferences', () => {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const about = (id: string) =>
    notes.filter(
      (n) =>
        n.entities.includes(id) || n.facts.some((f) => facts.find((x) => x.id === f)?.entities.includes(id)),
    );
  it('counts discrepancies and wordings, and shows a discrepancy about a shown fact first', () => {
    const d = pickDifferences(about('reassurance-force'), ['us-declines-air-defence-for-force'], byId);
    expect(d.count).toBeGreaterThanOrEqual(2);
    expect(d.top?.note.id).toBe('us-refusal-firmness');
    expect(d.top?.sides.map((s) => s.outlet)).toHaveLength(2);
    for (const s of d.top!.sides) expect(s.says.length).toBeLessThanOrEqual(70);
  });

  it('finds nothing for an entity without differences', () => {
    expect(pickDifferences([], [], byId)).toEqual({ count: 0, top: null });
  });
});

describe('packLabel', () => {
  it.each<[{ title: string; version: string; bundled: boolean }, string]>([
    [{ title: 'Anything', version: '1.1.0', bundled: true }, 'Gloss bundled dataset, version 1.1.0'],
    [{ title: 'Newsroom pack', version: '2.0.0', bundled: false }, 'Newsroom pack, version 2.0.0'],
  ])('%o', (pack, label) => {
    expect(packLabel(pack)).toBe(label);
  });
});

describe('contrastSides', () => {
  it('begins both versions just before the first word that differs when the clip would hide it', () => {
    const sides = contrastSides(
      [
        '“Some European officials also hope”; “one of the people said”',
        '“Some European officials also expect”; headline: “European officials expect Trump”',
      ],
      36,
    );
    expect(sides).toEqual(['“…officials also hope”; “one of…', '“…officials also expect”…']);
    for (const s of sides) expect(s.length).toBeLessThanOrEqual(36);
  });

  it('leaves versions alone that differ early, or within the clip', () => {
    expect(contrastSides(['“at least 10,000 troops”', '“up to 30,000 troops”'], 36)).toEqual([
      '“at least 10,000 troops”',
      '“up to 30,000 troops”',
    ]);
    expect(
      contrastSides(['The force would be 25,000 strong', 'The force would be 10,000 strong'], 36),
    ).toEqual(['The force would be 25,000 strong', 'The force would be 10,000 strong']);
  });

  it('leaves versions alone whose clips already differ, whichever comes first', () => {
    const both = ['Some European officials also hope so', 'Some European officials also hope no'];
    expect(contrastSides(both, 36)).toEqual(both);
    const long = 'Troops would deploy soon after a ceasefire holds';
    expect(contrastSides([long, 'Troops would deploy soon'], 36)).toEqual([
      clip(long, 36),
      'Troops would deploy soon',
    ]);
    expect(contrastSides(['Troops would deploy soon', long], 36)).toEqual([
      'Troops would deploy soon',
      clip(long, 36),
    ]);
  });

  it('cuts nothing when the shared opening is only two words', () => {
    const sides = [
      '“Counter-intelligence representatives said the plan would hold',
      '“Counter-intelligence representatives told reporters it would not',
    ];
    expect(contrastSides(sides, 36)).toEqual(sides.map((s) => clip(s, 36)));
    const three = [
      '“Counter-intelligence representatives said the plan would hold',
      '“Counter-intelligence representatives said no plan would hold',
    ];
    expect(contrastSides(three, 36)).toEqual([
      '“…representatives said the plan…',
      '“…representatives said no plan…',
    ]);
  });

  it('works without quote marks and when one version is the start of the other', () => {
    const [a, b] = contrastSides(
      [
        'European officials were told the plan was ready',
        'European officials were told the plan was ready to go',
      ],
      30,
    );
    expect(a).toBe('…was ready');
    expect(b).toBe('…was ready to go');
  });

  it('keeps each version whole, or clipped, when there is only one', () => {
    expect(contrastSides(['one version only'], 36)).toEqual(['one version only']);
  });

  it('makes the bundled chips show what differs', () => {
    const byId = new Map(sources.map((s) => [s.id, s]));
    for (const note of notes.filter((n) => n.kind === 'discrepancy' || n.kind === 'wording')) {
      const d = pickDifferences([note], [], byId, 36);
      if (!d.top) continue;
      const [a, b] = d.top.sides.map((s) => s.says);
      expect(a, note.id).not.toBe(b);
    }
  });
});

describe('quoteSide', () => {
  it('sets a version in quote marks, turning its own inner quotes to single ones', () => {
    expect(quoteSide('more than a "peacekeeping force"')).toBe('“more than a ‘peacekeeping force’”');
    expect(quoteSide('more than a "peacekeeping…')).toBe('“more than a ‘peacekeeping…”');
    expect(quoteSide('a “reassurance” force')).toBe('“a ‘reassurance’ force”');
    expect(quoteSide('plain words')).toBe('“plain words”');
    expect(quoteSide('…"the force deploys soon"')).toBe('“…‘the force deploys soon’”');
    expect(quoteSide('he said:"no"')).toBe('“he said:‘no’”');
  });

  it('leaves a version that brings its own quote marks as it is', () => {
    expect(quoteSide('“Some European officials also…')).toBe('“Some European officials also…');
    expect(quoteSide("'unnamed officials'")).toBe("'unnamed officials'");
  });
});
