import { describe, expect, it } from 'vitest';
import { PaintPacing } from '../../src/page/paint-pacing';

/** A window whose frames come at the given times, one per request, in the document state given. */
function windowAt(state: DocumentReadyState, frames: number[]): Window {
  return {
    document: { readyState: state },
    requestAnimationFrame: (cb: FrameRequestCallback) => cb(frames.shift()!),
  } as unknown as Window;
}

describe('PaintPacing', () => {
  it('paints the opening’s mentions as soon as they are resolved, then keeps to the spacing', () => {
    const pacing = new PaintPacing();
    expect(pacing.due(10, 'loading')).toBe(true); // the first slice paints
    pacing.painted(10, 0, false, false, null);
    expect(pacing.due(20, 'loading')).toBe(false);
    expect(pacing.firstDue(40, 0)).toBe(false); // nothing new resolved
    expect(pacing.firstDue(40, 3)).toBe(true);
    pacing.painted(20, 3, true, true, windowAt('loading', [30, 650]));
    expect(pacing.firstHighlightAt).not.toBeNull();
    // Something is highlighted: the opening is over, and a 620 ms frame spaces repaints while parsing.
    expect(pacing.firstDue(50, 9)).toBe(false);
    expect(pacing.due(1000, 'loading')).toBe(false);
    expect(pacing.due(3200, 'loading')).toBe(true);
    // Once the document is parsed, that frame says nothing: 150 ms again.
    expect(pacing.due(200, 'interactive')).toBe(true);
  });

  it('ends the opening after its buffers even when nothing is ever highlighted (all muted)', () => {
    const pacing = new PaintPacing();
    expect(pacing.opening(0)).toBe(true);
    expect(pacing.opening(99)).toBe(true);
    expect(pacing.opening(100)).toBe(false);
    pacing.painted(0, 5, false, false, null);
    expect(pacing.firstDue(150, 50)).toBe(false);
  });

  it('counts resolved mentions afresh after a restart', () => {
    const pacing = new PaintPacing();
    pacing.painted(0, 40, false, false, null);
    expect(pacing.firstDue(10, 20)).toBe(false);
    pacing.restart();
    expect(pacing.firstDue(10, 20)).toBe(true);
  });
});
