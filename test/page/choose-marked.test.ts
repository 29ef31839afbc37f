import { describe, expect, it } from 'vitest';
import { chooseMarked, type Marking } from '../../src/page/choose-marked';

// A page: three sections, with Starmer (s), Trump (t) and the coalition (c) mentioned in them.
const page = [
  { entityId: 's', section: 0 },
  { entityId: 't', section: 0 },
  { entityId: 's', section: 0 },
  { entityId: 's', section: 1 },
  { entityId: 'c', section: 1 },
  { entityId: 's', section: 1 },
  { entityId: 't', section: 2 },
  { entityId: 'c', section: 2 },
];

describe('chooseMarked', () => {
  it.each<[Marking, string[], number[]]>([
    ['every', [], [0, 1, 2, 3, 4, 5, 6, 7]],
    ['section', [], [0, 1, 3, 4, 6, 7]],
    ['page', [], [0, 1, 4]],
    ['every', ['s'], [1, 4, 6, 7]],
    ['section', ['s', 'c'], [1, 6]],
    ['page', ['t'], [0, 4]],
    ['page', ['s', 't', 'c'], []],
  ])('%s, muting %j, keeps %j', (marking, muted, kept) => {
    expect(chooseMarked(page, marking, new Set(muted))).toEqual(kept);
  });

  it('keeps nothing of an empty page', () => {
    expect(chooseMarked([], 'section')).toEqual([]);
  });

  it('treats the same section number of different entities separately', () => {
    expect(
      chooseMarked(
        [
          { entityId: 'a', section: 3 },
          { entityId: 'b', section: 3 },
          { entityId: 'a', section: 3 },
        ],
        'section',
      ),
    ).toEqual([0, 1]);
  });
});
