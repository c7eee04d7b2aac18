/** Sharing the main thread: slices yield with background-priority tasks, never scheduler.yield(). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runChunked, SLICE_MS, yieldToPage } from '../../src/content/scheduler';

const g = globalThis as { scheduler?: unknown };
afterEach(() => {
  delete g.scheduler;
  vi.useRealTimers();
});

const busy = (ms: number) => {
  const t = performance.now();
  while (performance.now() - t < ms);
};

/** A scheduler that records how it was asked to yield: postTask's priority, or 'yield'. */
function fakeScheduler(calls: string[]): void {
  g.scheduler = {
    postTask: (cb: () => void, o: { priority: string }) => {
      calls.push(o.priority);
      cb();
      return Promise.resolve();
    },
    yield: () => {
      calls.push('yield');
      return Promise.resolve();
    },
  };
}

describe('yieldToPage', () => {
  it('posts a background-priority task where scheduler.postTask exists, and never calls scheduler.yield', async () => {
    const calls: string[] = [];
    fakeScheduler(calls);
    await yieldToPage();
    expect(calls).toEqual(['background']);
  });

  it('falls back to a timer task', async () => {
    vi.useFakeTimers();
    let done = false;
    void yieldToPage().then(() => {
      done = true;
    });
    await Promise.resolve();
    expect(done).toBe(false); // not a microtask: the page's queued work runs first
    await vi.runAllTimersAsync();
    expect(done).toBe(true);
  });
});

describe('runChunked', () => {
  it('yields once a slice is spent, awaits the promises steps hand back, and stops when cancelled', async () => {
    const yields: string[] = [];
    fakeScheduler(yields);
    const order: string[] = [];
    function* steps(): Generator<Promise<unknown> | undefined> {
      busy(SLICE_MS + 2);
      order.push('a');
      yield;
      order.push('b');
      yield new Promise((r) => setTimeout(r, 5)).then(() => order.push('reply'));
      order.push('c');
      yield;
    }
    expect(await runChunked(steps())).toBe(true);
    expect(order).toEqual(['a', 'b', 'reply', 'c']);
    expect(yields).toEqual(['background', 'background']); // after the long first step, and after the reply

    let cancelled = false;
    function* endless(): Generator<undefined> {
      for (;;) {
        cancelled = true;
        yield;
      }
    }
    expect(await runChunked(endless(), () => cancelled)).toBe(false);
  });
});
