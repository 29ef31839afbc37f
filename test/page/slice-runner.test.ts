import { describe, expect, it } from 'vitest';
import { SliceRunner } from '../../src/page/slice-runner';

/** A window that keeps idle callbacks until the test runs them. */
function idleWindow() {
  const waiting: IdleRequestCallback[] = [];
  const win = {
    requestIdleCallback: (cb: IdleRequestCallback) => waiting.push(cb),
    setTimeout: () => 0,
  } as unknown as Window;
  const runIdle = () => waiting.shift()?.({ didTimeout: true, timeRemaining: () => 0 });
  return { win, waiting, runIdle };
}

describe('SliceRunner', () => {
  it('runs the first slice at once, in the caller’s task, and the rest when the browser lets it', () => {
    const { win, waiting, runIdle } = idleWindow();
    const ran: string[] = [];
    let left = 3;
    const runner = new SliceRunner(
      win,
      () => {
        ran.push(`slice ${3 - left}`);
        return --left === 0;
      },
      new AbortController().signal,
    );
    runner.runNow();
    expect(ran).toEqual(['slice 0']);
    expect(waiting).toHaveLength(1);
    runner.schedule(); // already pending: no second request
    expect(waiting).toHaveLength(1);
    runIdle();
    runIdle();
    expect(ran).toEqual(['slice 0', 'slice 1', 'slice 2']);
    expect(waiting).toHaveLength(0);
    expect(runner.sliceP95Ms).toBeGreaterThanOrEqual(0);
  });

  it('counts the slice run at once among the slices it reports', () => {
    const { win } = idleWindow();
    const runner = new SliceRunner(
      win,
      () => {
        const until = performance.now() + 5;
        while (performance.now() < until);
        return true;
      },
      new AbortController().signal,
    );
    runner.runNow();
    expect(runner.longestSliceMs).toBeGreaterThanOrEqual(5);
    expect(runner.worked.slices).toBe(1);
    expect(runner.worked.ms).toBe(runner.longestSliceMs);
  });

  it('with beforeFrames, runs the next slice in whichever comes first, a task or a frame, and once', async () => {
    const frames: FrameRequestCallback[] = [];
    const win = { requestAnimationFrame: (cb: FrameRequestCallback) => frames.push(cb) } as unknown as Window;
    let runs = 0;
    let left = 2;
    const slice = () => {
      runs++;
      return --left === 0;
    };
    const runner = new SliceRunner(win, slice, new AbortController().signal);
    runner.urgent = true;
    runner.beforeFrames = true;
    runner.runNow(); // the first slice, then the second asked for by task and by frame
    expect(runs).toBe(1);
    expect(frames).toHaveLength(1);
    frames.shift()!(0); // the frame comes first
    expect(runs).toBe(2);
    await new Promise((done) => setTimeout(done, 20)); // the task comes later, and runs nothing
    expect(runs).toBe(2);
    runner.beforeFrames = false;
    left = 1;
    runner.schedule();
    expect(frames).toHaveLength(0);
    await new Promise((done) => setTimeout(done, 20));
    expect(runs).toBe(3);
  });

  it('an error in the slice run at once does not reach the caller', async () => {
    const { win } = idleWindow();
    const runner = new SliceRunner(
      win,
      () => {
        throw new Error('slice failed');
      },
      new AbortController().signal,
    );
    const reported = new Promise<unknown>((done) => process.once('uncaughtException', done));
    expect(() => runner.runNow()).not.toThrow();
    expect(String(await reported)).toMatch(/slice failed/);
  });

  it('a message that comes after its slice ran in a frame does not run a later idle-time request', async () => {
    const frames: FrameRequestCallback[] = [];
    const idle: IdleRequestCallback[] = [];
    const win = {
      requestAnimationFrame: (cb: FrameRequestCallback) => frames.push(cb),
      requestIdleCallback: (cb: IdleRequestCallback) => idle.push(cb),
    } as unknown as Window;
    let runs = 0;
    const runner = new SliceRunner(win, () => ++runs >= 3, new AbortController().signal);
    runner.urgent = true;
    runner.beforeFrames = true;
    runner.schedule(); // a message and a frame
    runner.urgent = false;
    frames.shift()!(0); // the frame runs it; the next request is for idle time
    expect(runs).toBe(1);
    expect(idle).toHaveLength(1);
    await new Promise((done) => setTimeout(done, 20)); // the late message
    expect(runs).toBe(1);
    idle.shift()!({ didTimeout: true, timeRemaining: () => 0 });
    expect(runs).toBe(2);
  });

  it('runs nothing once aborted', () => {
    const { win, waiting } = idleWindow();
    const stop = new AbortController();
    let runs = 0;
    const runner = new SliceRunner(win, () => ++runs > 0 && false, stop.signal);
    stop.abort();
    runner.runNow();
    runner.schedule();
    expect(runs).toBe(0);
    expect(waiting).toHaveLength(0);
  });
});
