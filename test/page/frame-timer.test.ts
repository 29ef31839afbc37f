import { describe, expect, it } from 'vitest';
import { FrameTimer } from '../../src/page/frame-timer';

/** A window whose animation frames come at the given times, one per request. */
function windowWithFrames(times: number[]): Window {
  return {
    requestAnimationFrame: (callback: FrameRequestCallback) => {
      callback(times.shift()!);
      return 0;
    },
  } as unknown as Window;
}

describe('FrameTimer', () => {
  it.each([
    ['a page that paints in a frame', [100, 116.7], 150],
    ['a huge page whose frame after a repaint takes 280 ms', [100, 380], 1400],
    ['no frame measured yet', [], 150],
  ])('spaces repaints on %s', (_label, frames, gap) => {
    const timer = new FrameTimer();
    if (frames.length) timer.afterPaint(windowWithFrames(frames));
    expect(timer.paintGap(150)).toBeCloseTo(gap, 5);
  });

  /** A window whose document is in `states[k]` at the k-th look (then the last), its frames as given. */
  function windowIn(states: DocumentReadyState[], frames: number[]): Window {
    const doc = {
      get readyState() {
        return states.length > 1 ? states.shift()! : states[0]!;
      },
    };
    return Object.assign(windowWithFrames(frames), { document: doc });
  }

  it('counts a frame measured while parsing only while parsing', () => {
    const timer = new FrameTimer();
    timer.afterPaint(windowIn(['loading'], [100, 700]));
    expect(timer.paintGap(150, 'loading')).toBeCloseTo(3000, 5);
    expect(timer.paintGap(150, 'interactive')).toBe(150);
    expect(timer.paintGap(150, 'complete')).toBe(150);
  });

  it('drops a frame across the end of parsing, and keeps the last one measured before', () => {
    const timer = new FrameTimer();
    timer.afterPaint(windowIn(['interactive'], [0, 300]));
    expect(timer.paintGap(150, 'interactive')).toBe(1500);
    timer.afterPaint(windowIn(['interactive', 'complete'], [400, 1400]));
    expect(timer.paintGap(150, 'interactive')).toBe(1500);
    expect(timer.paintGap(150, 'complete')).toBe(150);
  });

  it('times one frame at a time, and nothing without a window', () => {
    const timer = new FrameTimer();
    let requests = 0;
    const pending: FrameRequestCallback[] = [];
    const win = {
      requestAnimationFrame: (cb: FrameRequestCallback) => {
        requests++;
        pending.push(cb);
        return requests;
      },
    } as unknown as Window;
    timer.afterPaint(win);
    timer.afterPaint(win); // still timing the first: no second request
    expect(requests).toBe(1);
    pending.shift()!(0);
    pending.shift()!(500);
    expect(timer.paintGap(150)).toBe(2500);
    timer.afterPaint(null);
    expect(timer.paintGap(150)).toBe(2500);
  });
});
