import { describe, expect, it } from 'vitest';
import type { PackInput } from '../../../src/core/dataset/pack';
import { parsePack } from '../../../src/core/dataset/parse-pack';
import { parsePackGradually } from '../../../src/core/dataset/parse-pack-gradually';
import { bundledPackInput } from '../../../src/data/bundled-pack';

function changed(change: (p: PackInput) => void): PackInput {
  const copy = structuredClone(bundledPackInput);
  change(copy);
  return copy;
}

describe('parsePackGradually', () => {
  it('accepts the bundled pack, giving the same pack as parsePack, and reports progress to the end', async () => {
    const progress: [number, number][] = [];
    const result = await parsePackGradually(bundledPackInput, {
      chunk: 10,
      onProgress: (a, b) => progress.push([a, b]),
    });
    expect(result).toEqual(parsePack(bundledPackInput));
    const total =
      bundledPackInput.entities.length +
      bundledPackInput.facts.length +
      bundledPackInput.sources.length +
      (bundledPackInput.notes?.length ?? 0);
    expect(progress.at(-1)).toEqual([total, total]);
    expect(progress.length).toBeGreaterThan(5);
  });

  it.each<[string, unknown]>([
    ['a dangling reference', changed((p) => p.facts[0]!.entities.push('nobody'))],
    ['a bad address', changed((p) => (p.sources[2]!.url = 'javascript:alert(1)'))],
    ['a bad header', changed((p) => (p.version = 'one'))],
    ['an unknown header field', { ...bundledPackInput, extra: true }],
    ['a missing list', { ...bundledPackInput, facts: undefined }],
    ['a list that is not a list', { ...bundledPackInput, notes: 'none' }],
    ['not an object', 'pack'],
    ['null', null],
  ])('finds the same problems as parsePack in %s', async (_name, input) => {
    const gradual = await parsePackGradually(input);
    const whole = parsePack(input);
    expect(gradual.ok).toBe(false);
    expect(gradual.ok ? [] : gradual.problems.map((p) => p.path)).toEqual(
      whole.ok ? [] : whole.problems.map((p) => p.path),
    );
  });
});
