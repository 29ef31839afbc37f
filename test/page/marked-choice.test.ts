// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { chooseMarked, type Marking } from '../../src/page/choose-marked';
import { MarkedChoice } from '../../src/page/marked-choice';
import type { FoundMention } from '../../src/page/page-mention';
import { sectionsOf } from '../../src/page/page-sections';
import { seededRandom } from '../support/seeded-random';

/** A page of 40 sections of 10 paragraphs; mentions sit in its paragraphs' text nodes, in order. */
function pageNodes(): Text[] {
  document.body.innerHTML = Array.from(
    { length: 40 },
    (_, s) => `<h2>Part ${s}</h2>${'<p>x</p>'.repeat(10)}`,
  ).join('');
  return [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
}

function mention(entityId: string, node: Text, reads: { n: number }): FoundMention {
  return {
    entityId,
    text: entityId,
    buffer: 0,
    node: () => {
      reads.n++;
      return node;
    },
    made: true,
    painted: () => null,
    release: () => {},
  };
}

describe('MarkedChoice', () => {
  it.each<Marking>(['page', 'section', 'every'])(
    'chooses what chooseMarked chooses as a list grows and is cut back (marking %s)',
    (marking) => {
      const nodes = pageNodes();
      const next = seededRandom(marking.length * 7919);
      const muted = new Set(['e3']);
      const choice = new MarkedChoice(document, marking, muted);
      const reads = { n: 0 };
      let list: FoundMention[] = [];
      for (let round = 0; round < 60; round++) {
        // Cut back to a random prefix now and then (a change to the page), then grow.
        if (next() < 0.3) list = list.slice(0, Math.floor(next() * list.length));
        const from = list.length;
        const grow = Math.floor(next() * 40);
        const at = Math.min(nodes.length - 1, from === 0 ? 0 : nodes.indexOf(list[from - 1]!.node() as Text));
        list = [...list];
        for (let k = 0; k < grow; k++) {
          const node =
            nodes[Math.min(nodes.length - 1, at + Math.floor((k * (nodes.length - at)) / (grow + 1)))]!;
          list.push(mention(`e${Math.floor(next() * 6)}`, node, reads));
        }
        const sections =
          marking === 'section'
            ? sectionsOf(
                document,
                list.map((m) => m.node()),
              )
            : [];
        const expected = chooseMarked(
          list.map((m, i) => ({ entityId: m.entityId, section: sections[i] ?? 0 })),
          marking,
          muted,
        ).map((i) => list[i]);
        expect(choice.choose(list)).toEqual(expected);
        expect(choice.choose(list)).toBe(choice.choose(list));
      }
    },
  );
});
