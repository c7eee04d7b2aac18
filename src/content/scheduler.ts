/**
 * Chunked work: run steps until a time slice is used up, then yield to the page,
 * so no task of ours comes near the 50 ms long-task line.
 */
export const SLICE_MS = 8;

type SchedulerLike = { yield?: () => Promise<void> };

/** Gives the page a turn: scheduler.yield where it exists, else a macrotask via MessageChannel. */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve();
    ch.port2.postMessage(null);
  });
}

/**
 * Pulls from `steps` until it is done, yielding whenever a slice is spent.
 * `isCancelled` lets a newer scan stop an older one between steps.
 */
export async function runChunked(
  steps: Iterator<unknown>,
  isCancelled: () => boolean = () => false,
): Promise<boolean> {
  let sliceStart = performance.now();
  for (;;) {
    if (isCancelled()) return false;
    if (steps.next().done) return true;
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
}
