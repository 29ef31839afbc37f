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
