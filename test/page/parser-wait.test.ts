import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FIRST_WAIT_MS, LONGEST_WAIT_MS, ParserWait } from '../../src/page/parser-wait';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('ParserWait', () => {
  it('wakes once per ask, however often asked while a wake-up is pending', () => {
    const wake = vi.fn();
    const wait = new ParserWait(globalThis as unknown as Window, wake);
    wait.ask(10);
    wait.ask(10);
    wait.ask(12);
    vi.advanceTimersByTime(FIRST_WAIT_MS - 1);
    expect(wake).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(wake).toHaveBeenCalledTimes(1);
  });

  it('waits twice as long each time nothing new was walked, up to the longest wait, and soon again once something was', () => {
    // A window whose timers note each wait asked for, and run at once.
    const waits: number[] = [];
    const win = {
      setTimeout: (run: () => void, ms: number) => {
        waits.push(ms);
        run();
        return 0;
      },
    } as unknown as Window;
    const wait = new ParserWait(win, () => {});
    for (const walked of [5, 5, 5, 5, 5, 5, 5, 9, 9]) wait.ask(walked);
    expect(waits).toEqual([50, 100, 200, 400, 800, 800, 800, 50, 100]);
    expect(Math.max(...waits)).toBe(LONGEST_WAIT_MS);
  });

  it('does nothing without a window', () => {
    const wake = vi.fn();
    new ParserWait(null, wake).ask(1);
    vi.runAllTimers();
    expect(wake).not.toHaveBeenCalled();
  });
});
