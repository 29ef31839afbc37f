import { describe, expect, it } from 'vitest';
import type { MainTask } from '../e2e/harness/main-thread-trace';
import { windowShares } from './trace-window';

const task = (at: number, ms: number, parts: Record<string, number>): MainTask => ({
  at,
  ms,
  parts: new Map(Object.entries(parts)),
});

describe('windowShares', () => {
  it('splits a window into the parts of the tasks inside it and the idle time between them', () => {
    const tasks = [
      task(0, 10, { parse: 10 }),
      task(100, 20, { 'Gloss script': 8, layout: 10 }),
      task(130, 30, { layout: 25, paint: 5 }),
      task(500, 10, { 'Gloss script': 10 }),
    ];
    const shares = windowShares(tasks, 100, 200);
    expect(shares.ms).toBe(100);
    expect(Object.fromEntries(shares.parts)).toEqual({ 'Gloss script': 8, layout: 35, paint: 5, other: 2 });
    expect(shares.idle).toBe(50);
  });

  it('counts the share of a task that straddles either end, its parts scaled alike', () => {
    const tasks = [task(90, 20, { layout: 20 }), task(190, 40, { 'Gloss script': 20, style: 20 })];
    const shares = windowShares(tasks, 100, 200);
    expect(shares.parts.get('layout')).toBeCloseTo(10);
    expect(shares.parts.get('Gloss script')).toBeCloseTo(5);
    expect(shares.parts.get('style')).toBeCloseTo(5);
    expect(shares.idle).toBeCloseTo(80);
  });

  it('gives nothing but idle time for a window with no task, and nothing for an empty window', () => {
    const tasks = [task(0, 10, { parse: 10 })];
    expect(windowShares(tasks, 20, 50)).toEqual({ ms: 30, parts: new Map(), idle: 30 });
    expect(windowShares(tasks, 50, 20)).toEqual({ ms: 0, parts: new Map(), idle: 0 });
  });

  it('does not count as other the time two overlapping parts already share', () => {
    const shares = windowShares([task(0, 10, { 'Gloss script': 10, gc: 4 })], 0, 10);
    expect(shares.parts.has('other')).toBe(false);
    expect(shares.idle).toBe(0);
  });
});
